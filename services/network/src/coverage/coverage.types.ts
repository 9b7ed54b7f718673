import { IsoDateScalar } from '@gk/shared';
import { Field, ObjectType } from 'type-graphql';
import { Area } from '../organization/area.enum';
import { OrganizationKind } from '../organization/organization-kind.enum';

@ObjectType({
  description:
    'Which areas and which expected agencies the core group covers on a day, counting memberships in force that day.',
})
export class AllianceCoverage {
  @Field(() => IsoDateScalar, { description: 'The day the coverage describes.' })
  asOf!: string;

  @Field(() => [Area], { description: 'Areas represented by at least one member.' })
  representedAreas!: Area[];

  @Field(() => [Area], { description: 'Areas no member represents.' })
  missingAreas!: Area[];

  @Field(() => [OrganizationKind], {
    description:
      'Agencies the programme expects in a core group (Jobcenter, Agentur für Arbeit, Ausländerbehörde, refugee ' +
      'counselling, school supervision, Sozialamt, Jugendamt) that hold a seat.',
  })
  presentExpectedAgencies!: OrganizationKind[];

  @Field(() => [OrganizationKind], { description: 'Expected agencies without a seat.' })
  missingExpectedAgencies!: OrganizationKind[];

  @Field({ description: 'True when all four areas are represented and no expected agency is missing.' })
  complete!: boolean;
}
