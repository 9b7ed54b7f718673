import { Field, Int, ObjectType } from 'type-graphql';
import { MoneyScalar } from '@gk/shared';
import { FundingProgramShare } from '../common/shares';

@ObjectType({
  description:
    "An area's money in the fiscal year of the reference date, for the core group and finance officers. A Kreis " +
    '(5-digit AGS) includes its member municipalities, as the funding overview does. Planned and allocated are ' +
    "the fiscal year's as booked; spent counts the expenditures dated up to the reference date. Allocated = " +
    'state share + own share + other shares. Money is not personal data and is never suppressed.',
})
export class MoneyIndicators {
  @Field(() => Int, { description: 'The fiscal year (Haushaltsjahr): the year of the reference date.' })
  fiscalYear!: number;

  @Field(() => MoneyScalar, {
    description: "Planned: the sum of the expense lines (Aufwendungen, Auszahlungen) of the fiscal year's budget.",
  })
  planned!: bigint;

  @Field(() => MoneyScalar, {
    description: 'Allocated to offers in the fiscal year, from budget lines and from approved funding applications.',
  })
  allocated!: bigint;

  @Field(() => MoneyScalar, {
    description: "Spent of the fiscal year's allocations: expenditures dated up to the reference date.",
  })
  spent!: bigint;

  @Field(() => MoneyScalar, {
    description:
      'State share: allocated money from Landesförderung (state budget lines and programmes of the Land NRW).',
  })
  stateShare!: bigint;

  @Field(() => MoneyScalar, {
    description: 'Own share: allocated money from the municipality (Integrationspauschale and own funds).',
  })
  ownShare!: bigint;

  @Field(() => MoneyScalar, {
    description: 'Other shares: allocated money from federal, ESF, foundation and other sources.',
  })
  otherShare!: bigint;

  @Field(() => [FundingProgramShare], {
    description:
      'Allocated and spent (up to the reference date) per funding programme, by programme name; money without a ' +
      'programme is left out.',
  })
  byProgramme!: FundingProgramShare[];

  @Field(() => MoneyScalar, {
    nullable: true,
    description:
      "Spent divided by the persons enrolled in the area's offers in the fiscal year up to the reference date " +
      '(participation.enrolledPersons of the offers subgraph), rounded to the cent half up. Null when that count ' +
      'is withheld, unknown or zero, or when the area has no money planned or allocated of its own in the year.',
  })
  costPerEnrolledPerson!: bigint | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description:
      "Spent divided by the qualifications completed in the area's offers in the fiscal year up to the reference " +
      'date (participation.completedQualifications of the offers subgraph), rounded to the cent half up. Null ' +
      'when that count is withheld, unknown or zero, or when the area has no money planned or allocated of its ' +
      'own in the year.',
  })
  costPerCompletedQualification!: bigint | null;
}
