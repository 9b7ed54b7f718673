import { AreaIndicatorsKey, ENTITY_DESCRIPTIONS } from '@gk/shared';
import { Directive, ObjectType } from 'type-graphql';

/** The core group's indicators of one area on one date, owned and listed by network; persons adds the target group. */
@ObjectType('AreaIndicators', { description: ENTITY_DESCRIPTIONS.AreaIndicators })
@Directive('@key(fields: "ags referenceDate")')
export class AreaIndicatorsRef extends AreaIndicatorsKey {}

/** The key is all there is to resolve: the figures are fields, batched over every key of the request. */
export const areaIndicatorsReference = {
  __resolveReference: (reference: { ags: string; referenceDate: string }): AreaIndicatorsRef => ({
    ags: reference.ags,
    referenceDate: reference.referenceDate,
  }),
};
