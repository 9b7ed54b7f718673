import { ENTITY_DESCRIPTIONS, ENTITY_KEY_DESCRIPTIONS } from '@gk/shared';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A person owned by the persons subgraph; this subgraph adds their enrollments. */
@ObjectType({ description: ENTITY_DESCRIPTIONS.Person })
@Directive('@key(fields: "id")')
export class Person {
  @Field(() => ID, { description: ENTITY_KEY_DESCRIPTIONS.personId })
  id!: string;
}
