import { IsIn, IsInt, IsOptional, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { IsoDateScalar, MoneyScalar, AGS_PATTERN, AGS_RULE } from '@gk/shared';
import { Field, ID, InputType, Int } from 'type-graphql';
import { BUDGET_PRODUCTS, BudgetLineKind, BudgetPlan, FundingSource } from './budget.enums';

@InputType({ description: 'The council decision behind a budget line.' })
export class CouncilDecisionInput {
  @Field({ description: 'Number of the committee or council paper, for example "072/19".' })
  @Length(1, 50)
  paperNumber!: string;

  @Field({ description: 'Committee or council that decided, for example "Sozialausschuss".' })
  @Length(1, 200)
  committee!: string;

  @Field(() => IsoDateScalar, { description: 'Date of the decision.' })
  date!: string;
}

@InputType({ description: 'A new line of a municipal budget.' })
export class CreateBudgetInput {
  @Field({ description: 'AGS of the municipality whose budget it is: 5 digits for a Kreis, 8 for a Gemeinde.' })
  @Matches(AGS_PATTERN, { message: AGS_RULE })
  municipalityAgs!: string;

  @Field(() => Int, { description: 'Fiscal year (Haushaltsjahr), 2000 to 2100.' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  fiscalYear!: number;

  @Field({ description: 'Budget product: "8101", "8102" or "8103".' })
  @IsIn([...BUDGET_PRODUCTS], { message: `must be one of the budget products ${BUDGET_PRODUCTS.join(', ')}` })
  budgetProduct!: string;

  @Field(() => BudgetPlan, { description: 'Result plan or investment plan.' })
  plan!: BudgetPlan;

  @Field(() => BudgetLineKind, { description: 'Aufwendungen, Erträge, Auszahlungen or Einzahlungen.' })
  lineKind!: BudgetLineKind;

  @Field(() => FundingSource, { description: 'Where the money comes from.' })
  source!: FundingSource;

  @Field(() => ID, {
    nullable: true,
    description:
      'The funding programme the line belongs to, if any (for example the state share of "Gemeinsam klappt\'s").',
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  programId?: string | null;

  @Field({ description: 'Title of the line.' })
  @Length(1, 300)
  title!: string;

  @Field(() => MoneyScalar, { description: 'Planned amount in euros, for example "20000.00".' })
  amount!: number;

  @Field({ description: 'Whether the financing is secured.' })
  financingSecured!: boolean;

  @Field(() => CouncilDecisionInput, { nullable: true, description: 'The council decision the line rests on, if any.' })
  @IsOptional()
  @ValidateNested()
  councilDecision?: CouncilDecisionInput | null;
}
