import { ENTITY_DESCRIPTIONS, ENTITY_KEY_DESCRIPTIONS, IsoDateScalar } from '@gk/shared';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The core group's indicators of one area on one date, owned and listed by network; persons adds the target group. */
@ObjectType('AreaIndicators', { description: ENTITY_DESCRIPTIONS.AreaIndicators })
@Directive('@key(fields: "ags referenceDate")')
export class AreaIndicatorsRef {
  @Field(() => ID, { description: ENTITY_KEY_DESCRIPTIONS.indicatorsAgs })
  ags!: string;

  @Field(() => IsoDateScalar, { description: ENTITY_KEY_DESCRIPTIONS.indicatorsReferenceDate })
  referenceDate!: string;
}

/** The key is all there is to resolve: the figures are fields, batched over every key of the request. */
export const areaIndicatorsReference = {
  __resolveReference: (reference: { ags: string; referenceDate: string }): AreaIndicatorsRef => ({ ags: reference.ags, referenceDate: reference.referenceDate }),
};
