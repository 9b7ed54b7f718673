import { IsIn, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { PageInfo, AGS_PATTERN, AGS_RULE } from '@gk/shared';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Budget } from './budget.entity';
import { BUDGET_PRODUCTS, FundingSource } from './budget.enums';

@InputType({ description: 'Narrows the list of budget lines; every given condition must hold.' })
export class BudgetFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Only lines of this municipality. A Kreis (5 digits) includes the lines of its member municipalities.',
  })
  @IsOptional()
  @Matches(AGS_PATTERN, { message: AGS_RULE })
  municipalityAgs?: string | null;

  @Field(() => Int, { nullable: true, description: 'Only lines of this fiscal year.' })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  fiscalYear?: number | null;

  @Field(() => ID, { nullable: true, description: 'Only lines of this funding programme.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  programId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only lines of this budget product ("8101", "8102" or "8103").' })
  @IsOptional()
  @IsIn([...BUDGET_PRODUCTS], { message: `must be one of the budget products ${BUDGET_PRODUCTS.join(', ')}` })
  budgetProduct?: string | null;

  @Field(() => FundingSource, { nullable: true, description: 'Only lines with this source.' })
  @IsOptional()
  source?: FundingSource | null;
}

@ObjectType({ description: 'One page of budget lines, by fiscal year, municipality and product.' })
export class BudgetPage {
  @Field(() => [Budget], { description: 'The budget lines of this page.' })
  items!: Budget[];

  @Field(() => PageInfo, { description: 'Where this page stands in the list.' })
  pageInfo!: PageInfo;
}
