import { Field, ID, ObjectType } from 'type-graphql';
import { IsoDateScalar } from '../scalars/iso-date.scalar';
import { ENTITY_KEY_DESCRIPTIONS } from './entity-descriptions';

/**
 * The key of `AreaIndicators`, the same in every subgraph that owns or extends the entity. Each
 * subgraph's class extends it and keeps its own `@ObjectType('AreaIndicators', ...)`, `@key` and
 * fields. type-graphql 2 inherits fields only from a registered type (it dropped `isAbstract`); no
 * field returns this one, so the schema never emits it.
 */
@ObjectType('AreaIndicatorsKey', { description: 'The key of AreaIndicators: an area and a reference date. Never emitted: only extended.' })
export abstract class AreaIndicatorsKey {
  @Field(() => ID, { description: ENTITY_KEY_DESCRIPTIONS.indicatorsAgs })
  ags!: string;

  @Field(() => IsoDateScalar, { description: ENTITY_KEY_DESCRIPTIONS.indicatorsReferenceDate })
  referenceDate!: string;
}
