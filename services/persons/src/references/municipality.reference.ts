import { ENTITY_DESCRIPTIONS, ENTITY_KEY_DESCRIPTIONS } from '@gk/shared';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * A municipality owned by the network subgraph; this subgraph points at it by AGS and adds its target-group figures.
 */
@ObjectType('Municipality', { description: ENTITY_DESCRIPTIONS.Municipality })
@Directive('@key(fields: "ags")')
export class MunicipalityRef {
  @Field(() => ID, { description: ENTITY_KEY_DESCRIPTIONS.municipalityAgs })
  ags!: string;
}

export const municipalityReference = {
  __resolveReference: (reference: { ags: string }): MunicipalityRef => ({ ags: reference.ags }),
};
