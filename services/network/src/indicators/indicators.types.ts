import { AreaIndicatorsKey, ENTITY_DESCRIPTIONS } from '@gk/shared';
import { Directive, Field, ObjectType } from 'type-graphql';
import { Alliance } from '../alliance/alliance.entity';
import { AllianceCoverage } from '../coverage/coverage.types';

/**
 * The core group's indicators of one area on one date: network owns the key and lists them, every other
 * subgraph adds its slice. A GraphQL type only; nothing of it is stored here.
 */
@ObjectType('AreaIndicators', { description: ENTITY_DESCRIPTIONS.AreaIndicators })
@Directive('@key(fields: "ags referenceDate")')
export class AreaIndicators extends AreaIndicatorsKey {}

@ObjectType({ description: "An alliance spanning the area, with its core group's coverage on the reference date." })
export class AllianceIndicators {
  @Field(() => Alliance, { description: 'The alliance (its own first, then that of the Kreis).' })
  alliance!: Alliance;

  @Field(() => AllianceCoverage, {
    description: 'Coverage of the four areas and of the expected agencies by the core group on the reference date.',
  })
  coverage!: AllianceCoverage;
}
