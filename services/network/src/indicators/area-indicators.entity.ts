import { Directive, ObjectType } from 'type-graphql';
import { AreaIndicatorsKey, ENTITY_DESCRIPTIONS } from '@gk/shared';

/** The core group's indicators of one area on one date; network owns the key and lists them, every other subgraph adds its slice. */
@ObjectType('AreaIndicators', { description: ENTITY_DESCRIPTIONS.AreaIndicators })
@Directive('@key(fields: "ags referenceDate")')
export class AreaIndicators extends AreaIndicatorsKey {}
