import { Field, Int, ObjectType } from 'type-graphql';
import { MoneyScalar } from '@gk/shared';
import { FundingProgramShare, FundingSourceShare } from '../common/shares';

@ObjectType({ description: 'Planned, allocated and spent money of one budget product.' })
export class FundingBudgetProductFigures {
  @Field({ description: 'Budget product ("8101", "8102" or "8103").' })
  budgetProduct!: string;

  @Field(() => MoneyScalar, { description: 'Sum of the expense lines (Aufwendungen, Auszahlungen) of the product.' })
  planned!: number;

  @Field(() => MoneyScalar, { description: "Allocated to offers from the product's lines." })
  allocated!: number;

  @Field(() => MoneyScalar, { description: 'Spent of it.' })
  spent!: number;
}

@ObjectType({
  description:
    "A municipality's funding in one fiscal year. For a Kreis (5-digit AGS) the figures include its member " +
    'municipalities. Allocated = state share + own share + other shares.',
})
export class MunicipalityFundingOverview {
  @Field(() => Int, { description: 'The fiscal year.' })
  fiscalYear!: number;

  @Field(() => MoneyScalar, {
    description: 'Planned: the sum of the expense lines (Aufwendungen, Auszahlungen) of the budget.',
  })
  planned!: number;

  @Field(() => MoneyScalar, {
    description: 'Allocated to offers, from budget lines and from approved funding applications.',
  })
  allocated!: number;

  @Field(() => MoneyScalar, { description: 'Spent of the allocated money.' })
  spent!: number;

  @Field(() => MoneyScalar, {
    description:
      'State share: allocated money from Landesförderung (state budget lines and programmes of the Land NRW).',
  })
  stateShare!: number;

  @Field(() => MoneyScalar, {
    description: 'Own share: allocated money from the municipality (Integrationspauschale and own funds).',
  })
  ownShare!: number;

  @Field(() => MoneyScalar, {
    description: 'Other shares: allocated money from federal, ESF, foundation and other sources.',
  })
  otherShare!: number;

  @Field(() => [FundingSourceShare], { description: 'Allocated and spent per source; only sources with money.' })
  bySource!: FundingSourceShare[];

  @Field(() => [FundingProgramShare], { description: 'Allocated and spent per funding programme, by programme name.' })
  byProgramme!: FundingProgramShare[];

  @Field(() => [FundingBudgetProductFigures], {
    description:
      'Planned, allocated and spent per budget product, by product; money from applications has no product and is ' +
      'left out here.',
  })
  byBudgetProduct!: FundingBudgetProductFigures[];
}
