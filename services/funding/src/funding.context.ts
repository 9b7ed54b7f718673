import type { DataSource } from 'typeorm';
import {
  type Actor,
  actorOf,
  type Identity,
  type RequestScope,
  type ScopeRequest,
  type SubgraphContext,
} from '@gk/shared';
import { FundingAccess } from './access/funding-access';
import { AllocationService } from './allocation/allocation.service';
import { FundingApplicationService } from './application/funding-application.service';
import { BudgetService } from './budget/budget.service';
import { ExpenditureService } from './expenditure/expenditure.service';
import { createFundingLoaders, type FundingLoaders } from './funding.loaders';
import { createFundingStore, type FundingStore } from './funding.store';
import { IndicatorsService } from './indicators/indicators.service';
import { FundingOverviewService } from './municipality-funding/funding-overview.service';
import { OfferFundingService } from './offer-funding/offer-funding.service';
import { FundingProgramService } from './program/funding-program.service';

/** What every service of a request works with: the store, the request's loaders, the caller's rules and stamp. */
export interface FundingServiceDeps {
  store: FundingStore;
  loaders: FundingLoaders;
  /** The caller's access rules, checked by every write and every restricted read. */
  access: FundingAccess;
  /** Who a write is stamped with. */
  actor: Actor;
}

function createFundingServices(deps: FundingServiceDeps) {
  return {
    programs: new FundingProgramService(deps),
    budgets: new BudgetService(deps),
    applications: new FundingApplicationService(deps),
    allocations: new AllocationService(deps),
    expenditures: new ExpenditureService(deps),
    offerFunding: new OfferFundingService(deps),
    overview: new FundingOverviewService(deps),
    indicators: new IndicatorsService(deps),
  };
}

export type FundingServices = ReturnType<typeof createFundingServices>;
export type FundingScope = RequestScope<FundingLoaders, FundingServices, FundingAccess>;
export type FundingContext = SubgraphContext<FundingScope>;

/** Everything one request of the funding subgraph may use, made anew for every request. */
export function createFundingScope(dataSource: DataSource, identity: Identity, request: ScopeRequest): FundingScope {
  const store = createFundingStore(dataSource, request.audit);
  const loaders = createFundingLoaders(store.read);
  const access = new FundingAccess(identity);
  const services = createFundingServices({ store, loaders, access, actor: actorOf(identity) });
  return { loaders, services, access };
}
