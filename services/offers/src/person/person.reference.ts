import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A person owned by the persons subgraph; this subgraph adds their enrollments. */
@ObjectType({ description: 'A person of the target group, owned by the persons subgraph; the offers subgraph adds their enrollments.' })
@Directive('@key(fields: "id")')
export class Person {
  @Field(() => ID, { description: 'Id of the person.' })
  id!: string;
}
