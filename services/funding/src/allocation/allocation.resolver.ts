import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { MoneyScalar, assertUuid } from '@gk/shared';
import { FundingApplication } from '../application/funding-application.entity';
import { Budget } from '../budget/budget.entity';
import { Action } from '../access/funding-access';
import { FundingExpenditure } from '../expenditure/expenditure.entity';
import type { FundingContext } from '../funding.context';
import { Offer } from '../offer-funding/offer-funding.types';
import { AllocateFundingInput } from './allocate-funding.input';
import { FundingAllocation } from './allocation.entity';

@Resolver(() => FundingAllocation)
export class AllocationResolver {
  @Query(() => FundingAllocation, { nullable: true, description: 'One allocation by id; null when unknown.' })
  fundingAllocation(
    @Arg('id', () => ID, { description: 'Id of the allocation.' }) id: string,
    @Ctx() ctx: FundingContext,
  ): Promise<FundingAllocation | null> {
    return ctx.scope.services.allocations.get(() => ctx.scope.loaders.allocations.byId.load(assertUuid(id, 'id')));
  }

  @Mutation(() => FundingAllocation, {
    description:
      'Allocates money to an offer for one fiscal year, from a budget line or an approved application. Refused ' +
      'when it would exceed what is left.',
  })
  allocateFunding(
    @Arg('input', () => AllocateFundingInput, { description: 'The allocation.' }) input: AllocateFundingInput,
    @Ctx() ctx: FundingContext,
  ): Promise<FundingAllocation> {
    return ctx.scope.services.allocations.allocate(input);
  }

  @FieldResolver(() => Offer, { description: 'The offer the money is for.' })
  offer(@Root() allocation: FundingAllocation): Offer {
    return { id: allocation.offerId };
  }

  @FieldResolver(() => MoneyScalar, { description: 'Amount not yet spent.' })
  remaining(@Root() allocation: FundingAllocation): number {
    return allocation.amountCents - allocation.spentCents;
  }

  @FieldResolver(() => Budget, {
    nullable: true,
    description: 'The budget line the money comes from; null when it comes from an application.',
  })
  budget(@Root() allocation: FundingAllocation, @Ctx() ctx: FundingContext): Promise<Budget | null> | null {
    return allocation.budgetId ? ctx.scope.loaders.budgets.byId.load(allocation.budgetId) : null;
  }

  @FieldResolver(() => FundingApplication, {
    nullable: true,
    description: 'The approved application the money comes from; null when it comes from a budget line.',
  })
  application(
    @Root() allocation: FundingAllocation,
    @Ctx() ctx: FundingContext,
  ): Promise<FundingApplication | null> | null {
    return allocation.applicationId ? ctx.scope.loaders.applications.byId.load(allocation.applicationId) : null;
  }

  @FieldResolver(() => [FundingExpenditure], {
    nullable: true,
    description:
      'Expenditures against the allocation, by date. Finance officers of the municipality only; for others null ' +
      'with a FORBIDDEN error.',
  })
  expenditures(@Root() allocation: FundingAllocation, @Ctx() ctx: FundingContext): Promise<FundingExpenditure[]> {
    ctx.scope.access.requireFinanceIn(allocation.municipalityAgs, Action.READ_EXPENDITURES);
    return ctx.scope.loaders.expenditures.byAllocation.load(allocation.id);
  }
}
