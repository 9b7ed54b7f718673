import type { DataSource } from 'typeorm';
import type { Identity, SubgraphContext } from '@gk/shared';
import { createBudgetLoaders } from './budget/budget.loader';
import { BudgetRepository } from './budget/budget.repository';
import { createOfferFundingLoaders } from './offer-funding/offer-funding.loader';
import { OfferFundingRepository } from './offer-funding/offer-funding.repository';
import { createFundingProgramLoaders, FundingProgramRepository } from './program/funding-program.loader';

/** Everything one request of the funding subgraph may use: loaders and services, made per request. */
export function createFundingScope(dataSource: DataSource, _identity: Identity) {
  return {
    programs: createFundingProgramLoaders(new FundingProgramRepository(dataSource)),
    budgets: createBudgetLoaders(new BudgetRepository(dataSource)),
    offerFunding: createOfferFundingLoaders(new OfferFundingRepository(dataSource)),
  };
}

export type FundingScope = ReturnType<typeof createFundingScope>;
export type FundingContext = SubgraphContext<FundingScope>;
