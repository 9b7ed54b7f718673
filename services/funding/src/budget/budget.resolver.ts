import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { MoneyScalar, assertUuid, isUuid } from '@gk/shared';
import { FundingAllocation } from '../allocation/allocation.entity';
import type { FundingContext } from '../funding.context';
import { FundingProgram } from '../program/funding-program.entity';
import { MunicipalityRef } from '../references/municipality.reference';
import { Budget, BudgetCouncilDecision } from './budget.entity';
import { BudgetFilter, BudgetPage } from './budget.types';
import { CreateBudgetInput } from './create-budget.input';

@Resolver(() => Budget)
export class BudgetResolver {
  @Query(() => Budget, { nullable: true, description: 'One budget line by id; null when unknown.' })
  budget(
    @Arg('id', () => ID, { description: 'Id of the budget line.' }) id: string,
    @Ctx() ctx: FundingContext,
  ): Promise<Budget | null> {
    return ctx.scope.services.budgets.get(() => ctx.scope.loaders.budgets.byId.load(assertUuid(id, 'id')));
  }

  @Query(() => BudgetPage, { description: 'Budget lines by fiscal year, municipality and product, a page at a time.' })
  budgets(
    @Arg('filter', () => BudgetFilter, { nullable: true, description: 'Conditions the lines must meet.' })
    filter: BudgetFilter | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size: 20 when left out, at most 100.' }) first:
      | number
      | null,
    @Arg('after', () => String, {
      nullable: true,
      description: "Cursor of the previous page's last line (`pageInfo.endCursor`).",
    })
    after: string | null,
    @Ctx() ctx: FundingContext,
  ): Promise<BudgetPage> {
    return ctx.scope.services.budgets.list(filter ?? {}, first, after);
  }

  @Mutation(() => Budget, { description: 'Records a new line of a municipal budget.' })
  createBudget(
    @Arg('input', () => CreateBudgetInput, { description: 'The budget line.' }) input: CreateBudgetInput,
    @Ctx() ctx: FundingContext,
  ): Promise<Budget> {
    return ctx.scope.services.budgets.create(input);
  }

  @FieldResolver(() => MunicipalityRef, { description: 'The municipality whose budget the line belongs to.' })
  municipality(@Root() budget: Budget): MunicipalityRef {
    return { ags: budget.municipalityAgs };
  }

  @FieldResolver(() => FundingProgram, {
    nullable: true,
    description: 'The funding programme the line belongs to; null when none.',
  })
  program(@Root() budget: Budget, @Ctx() ctx: FundingContext): Promise<FundingProgram | null> | null {
    return budget.programId ? ctx.scope.loaders.programs.byId.load(budget.programId) : null;
  }

  @FieldResolver(() => MoneyScalar, { description: 'Amount not yet allocated.' })
  remaining(@Root() budget: Budget): number {
    return budget.amountCents - budget.allocatedCents;
  }

  @FieldResolver(() => BudgetCouncilDecision, {
    nullable: true,
    description: 'The council decision behind the line; null when none is recorded.',
  })
  councilDecision(@Root() budget: Budget): BudgetCouncilDecision | null {
    if (!budget.councilPaperNumber || !budget.councilCommittee || !budget.councilDecisionDate) return null;
    return {
      paperNumber: budget.councilPaperNumber,
      committee: budget.councilCommittee,
      date: budget.councilDecisionDate,
    };
  }

  @FieldResolver(() => [FundingAllocation], { description: 'Allocations to offers from this line, oldest first.' })
  allocations(@Root() budget: Budget, @Ctx() ctx: FundingContext): Promise<FundingAllocation[]> {
    return ctx.scope.loaders.allocations.byBudget.load(budget.id);
  }
}

export const budgetReference = {
  __resolveReference: (reference: { id: string }, ctx: FundingContext) =>
    ctx.scope.services.budgets.get(async () =>
      isUuid(reference.id) ? ctx.scope.loaders.budgets.byId.load(reference.id.toLowerCase()) : null,
    ),
};
