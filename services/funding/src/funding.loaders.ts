import { createAllocationLoaders } from './allocation/allocation.loader';
import { createFundingApplicationLoaders } from './application/funding-application.loader';
import { createBudgetLoaders } from './budget/budget.loader';
import { createExpenditureLoaders } from './expenditure/expenditure.loader';
import type { FundingRepositories } from './funding.store';
import { createFundingOverviewLoaders } from './municipality-funding/funding-overview.loader';
import { createOfferFundingLoaders } from './offer-funding/offer-funding.loader';
import { createFundingProgramLoaders } from './program/funding-program.loader';

/** One DataLoader per relation, entity reference and batch of sums, made anew for every request. */
export function createFundingLoaders(repositories: FundingRepositories) {
  return {
    programs: createFundingProgramLoaders(repositories.programs),
    budgets: createBudgetLoaders(repositories.budgets),
    applications: createFundingApplicationLoaders(repositories.applications),
    allocations: createAllocationLoaders(repositories.allocations),
    expenditures: createExpenditureLoaders(repositories.expenditures),
    offerFunding: createOfferFundingLoaders(repositories.offerFunding),
    overview: createFundingOverviewLoaders(repositories.overview),
  };
}

export type FundingLoaders = ReturnType<typeof createFundingLoaders>;
