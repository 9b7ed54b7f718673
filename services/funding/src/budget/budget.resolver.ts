import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { BadUserInputError } from '@gk/shared';
import type { FundingContext } from '../funding.context';
import { MunicipalityRef } from '../references/municipality.reference';
import { Budget } from './budget.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Resolver(() => Budget)
export class BudgetResolver {
  @Query(() => Budget, { nullable: true, description: 'One budget line by id; null when unknown.' })
  budget(@Arg('id', () => ID, { description: 'Id of the budget line.' }) id: string, @Ctx() ctx: FundingContext): Promise<Budget | null> {
    if (!UUID.test(id)) throw new BadUserInputError('id', 'must be a UUID');
    return ctx.scope.budgets.byId.load(id);
  }

  @FieldResolver(() => MunicipalityRef, { description: 'The municipality whose budget the line belongs to.' })
  municipality(@Root() budget: Budget): MunicipalityRef {
    return { ags: budget.municipalityAgs };
  }
}

export const budgetReference = {
  __resolveReference: (reference: { id: string }, ctx: FundingContext) => ctx.scope.budgets.byId.load(reference.id),
};
