import { ENTITY_DESCRIPTIONS, ENTITY_KEY_DESCRIPTIONS } from '@gk/shared';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** An organisation owned by the network subgraph; this subgraph adds the offers it runs. */
@ObjectType('Organization', { description: ENTITY_DESCRIPTIONS.Organization })
@Directive('@key(fields: "id")')
export class OrganizationRef {
  @Field(() => ID, { description: ENTITY_KEY_DESCRIPTIONS.organizationId })
  id!: string;
}

export const organizationReference = {
  __resolveReference: (reference: { id: string }): OrganizationRef => ({ id: reference.id }),
};
