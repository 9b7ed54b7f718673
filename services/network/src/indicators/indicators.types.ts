import { Field, ObjectType } from 'type-graphql';
import { Alliance } from '../alliance/alliance.entity';
import { AllianceCoverage } from '../coverage/coverage.types';

@ObjectType({ description: "An alliance spanning the area, with its core group's coverage on the reference date." })
export class AllianceIndicators {
  @Field(() => Alliance, { description: 'The alliance (its own first, then that of the Kreis).' })
  alliance!: Alliance;

  @Field(() => AllianceCoverage, {
    description: 'Coverage of the four areas and of the expected agencies by the core group on the reference date.',
  })
  coverage!: AllianceCoverage;
}
