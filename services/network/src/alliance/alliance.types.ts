import { PageInfo } from '@gk/shared';
import { Field, ObjectType } from 'type-graphql';
import { Alliance } from './alliance.entity';

@ObjectType({ description: 'One page of alliances, ordered by name.' })
export class AlliancePage {
  @Field(() => [Alliance], { description: 'The alliances of this page.' })
  nodes!: Alliance[];

  @Field(() => PageInfo, { description: 'Whether more follow, and the cursor to continue after this page.' })
  pageInfo!: PageInfo;
}
