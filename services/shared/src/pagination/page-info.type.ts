import { Directive, Field, ObjectType } from 'type-graphql';

/** Cursor pagination state, identical in every subgraph (hence shareable). */
@ObjectType({ description: 'Where a page stands in a cursor-paginated list.' })
@Directive('@shareable')
export class PageInfo {
  @Field({ description: 'Whether more items follow this page.' })
  hasNextPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last item of this page; pass it as `after` to get the next page.',
  })
  endCursor!: string | null;
}
