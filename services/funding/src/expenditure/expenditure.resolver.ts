import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { FundingAllocation } from '../allocation/allocation.entity';
import type { FundingContext } from '../funding.context';
import { FundingExpenditure } from './expenditure.entity';
import { RecordExpenditureInput } from './record-expenditure.input';

@Resolver(() => FundingExpenditure)
export class ExpenditureResolver {
  @Mutation(() => FundingExpenditure, {
    description:
      'Records money spent against an allocation. Refused when it would exceed what is left of the allocation.',
  })
  recordExpenditure(
    @Arg('input', () => RecordExpenditureInput, { description: 'The expenditure.' }) input: RecordExpenditureInput,
    @Ctx() ctx: FundingContext,
  ): Promise<FundingExpenditure> {
    return ctx.scope.services.expenditures.record(input);
  }

  @FieldResolver(() => FundingAllocation, { description: 'The allocation the money was spent from.' })
  async allocation(@Root() expenditure: FundingExpenditure, @Ctx() ctx: FundingContext): Promise<FundingAllocation> {
    return (await ctx.scope.loaders.allocations.byId.load(expenditure.allocationId)) as FundingAllocation;
  }
}
