import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { ENTITY_DESCRIPTIONS, ENTITY_KEY_DESCRIPTIONS, IsoDateScalar } from '@gk/shared';

/** The core group's indicators of one area on one date; network owns the key and lists them, every other subgraph adds its slice. */
@ObjectType('AreaIndicators', { description: ENTITY_DESCRIPTIONS.AreaIndicators })
@Directive('@key(fields: "ags referenceDate")')
export class AreaIndicators {
  @Field(() => ID, { description: ENTITY_KEY_DESCRIPTIONS.indicatorsAgs })
  ags!: string;

  @Field(() => IsoDateScalar, { description: ENTITY_KEY_DESCRIPTIONS.indicatorsReferenceDate })
  referenceDate!: string;
}
