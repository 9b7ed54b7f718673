import { ENTITY_DESCRIPTIONS, ENTITY_KEY_DESCRIPTIONS } from '@gk/shared';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** An organisation owned by the network subgraph; this subgraph only points at it by id. */
@ObjectType('Organization', { description: ENTITY_DESCRIPTIONS.Organization })
@Directive('@key(fields: "id", resolvable: false)')
export class OrganizationRef {
  @Field(() => ID, { description: ENTITY_KEY_DESCRIPTIONS.organizationId })
  id!: string;
}
