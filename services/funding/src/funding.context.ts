import type { DataSource } from 'typeorm';
import type { Identity, ScopeRequest, SubgraphContext } from '@gk/shared';
import { FundingAccess } from './access/funding-access';
import { createAllocationLoaders } from './allocation/allocation.loader';
import { AllocationService } from './allocation/allocation.service';
import { createFundingApplicationLoaders } from './application/funding-application.loader';
import { FundingApplicationService } from './application/funding-application.service';
import { createBudgetLoaders } from './budget/budget.loader';
import { BudgetService } from './budget/budget.service';
import { createExpenditureLoaders } from './expenditure/expenditure.loader';
import { ExpenditureService } from './expenditure/expenditure.service';
import { createFundingStore } from './funding.store';
import { IndicatorsService } from './indicators/indicators.service';
import { createFundingOverviewLoaders } from './municipality-funding/funding-overview.loader';
import { FundingOverviewService } from './municipality-funding/funding-overview.service';
import { createOfferFundingLoaders } from './offer-funding/offer-funding.loader';
import { OfferFundingService } from './offer-funding/offer-funding.service';
import { createFundingProgramLoaders } from './program/funding-program.loader';
import { FundingProgramService } from './program/funding-program.service';

/**
 * Everything one request of the funding subgraph may use: loaders and services, made per request.
 * Services get the identity so that every write records who did it, and the access rules they check.
 */
export function createFundingScope(dataSource: DataSource, identity: Identity, request: ScopeRequest) {
  const store = createFundingStore(dataSource, request.audit);
  const repos = store.read;
  const offerFunding = createOfferFundingLoaders(repos.offerFunding);
  const overview = createFundingOverviewLoaders(repos.overview);
  const access = new FundingAccess(identity);
  return {
    access,
    programs: createFundingProgramLoaders(repos.programs),
    budgets: createBudgetLoaders(repos.budgets),
    applications: createFundingApplicationLoaders(repos.applications),
    allocations: createAllocationLoaders(repos.allocations),
    expenditures: createExpenditureLoaders(repos.expenditures),
    programService: new FundingProgramService(store, identity, access),
    budgetService: new BudgetService(store, identity, access),
    applicationService: new FundingApplicationService(store, identity, access),
    allocationService: new AllocationService(store, identity, access),
    expenditureService: new ExpenditureService(store, identity, access),
    offerFundingService: new OfferFundingService(offerFunding, access),
    overviewService: new FundingOverviewService(overview, access),
    indicatorsService: new IndicatorsService(overview, access),
  };
}

export type FundingScope = ReturnType<typeof createFundingScope>;
export type FundingContext = SubgraphContext<FundingScope>;
