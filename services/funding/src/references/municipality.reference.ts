import { ENTITY_DESCRIPTIONS, ENTITY_KEY_DESCRIPTIONS } from '@gk/shared';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A municipality owned by the network subgraph; this subgraph adds its funding overview. */
@ObjectType('Municipality', { description: ENTITY_DESCRIPTIONS.Municipality })
@Directive('@key(fields: "ags")')
export class MunicipalityRef {
  @Field(() => ID, { description: ENTITY_KEY_DESCRIPTIONS.municipalityAgs })
  ags!: string;
}

/**
 * Any AGS the gateway asks about has a funding overview (zero when nothing is booked), so the reference is just the
 * key.
 */
export const municipalityReference = {
  __resolveReference: (reference: { ags: string }): MunicipalityRef => ({ ags: reference.ags }),
};
