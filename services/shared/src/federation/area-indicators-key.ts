import { Field, ID, ObjectType } from 'type-graphql';
import { BadUserInputError } from '../errors/domain-error';
import { AGS_RULE, AGS_PATTERN } from '../ags/ags';
import { isIsoDate, IsoDateScalar, todayIso } from '../scalars/iso-date.scalar';
import { ENTITY_KEY_DESCRIPTIONS } from './entity-descriptions';

/**
 * The key of `AreaIndicators`, the same in every subgraph that owns or extends the entity. Each
 * subgraph's class extends it and keeps its own `@ObjectType('AreaIndicators', ...)`, `@key` and
 * fields. type-graphql 2 inherits fields only from a registered type (it dropped `isAbstract`); no
 * field returns this one, so the schema never emits it.
 */
@ObjectType('AreaIndicatorsKey', {
  description: 'The key of AreaIndicators: an area and a reference date. Never emitted: only extended.',
})
export abstract class AreaIndicatorsKey {
  @Field(() => ID, { description: ENTITY_KEY_DESCRIPTIONS.indicatorsAgs })
  ags!: string;

  @Field(() => IsoDateScalar, { description: ENTITY_KEY_DESCRIPTIONS.indicatorsReferenceDate })
  referenceDate!: string;
}

/**
 * The key's parts as a subgraph receives them in a representation: not through the ID and Date
 * scalars, so every subgraph checks them itself, with the same rules and words.
 */
export function assertIndicatorsAgs(ags: unknown): string {
  if (typeof ags !== 'string' || !AGS_PATTERN.test(ags)) throw new BadUserInputError('ags', AGS_RULE);
  return ags;
}

export function assertReferenceDate(referenceDate: unknown): string {
  if (typeof referenceDate !== 'string' || !isIsoDate(referenceDate))
    throw new BadUserInputError('referenceDate', 'must be a calendar date written YYYY-MM-DD');
  if (referenceDate > todayIso()) throw new BadUserInputError('referenceDate', 'must not be in the future');
  return referenceDate;
}
