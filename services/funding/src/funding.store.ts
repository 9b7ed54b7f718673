import type { DataSource, EntityManager } from 'typeorm';
import { type ConstraintErrors, DomainError, ErrorCode, type RequestAudit, Store } from '@gk/shared';
import { AllocationRepository } from './allocation/allocation.repository';
import { FundingApplicationRepository } from './application/funding-application.repository';
import { BudgetRepository } from './budget/budget.repository';
import { ExpenditureRepository } from './expenditure/expenditure.repository';
import { FundingErrorCode } from './funding.errors';
import { FundingOverviewRepository } from './municipality-funding/funding-overview.repository';
import { OfferFundingRepository } from './offer-funding/offer-funding.repository';
import { FundingProgramRepository } from './program/funding-program.repository';

/** Every repository of the subgraph, bound to one connection or transaction. */
export function repositoriesOf(manager: EntityManager) {
  return {
    programs: new FundingProgramRepository(manager),
    budgets: new BudgetRepository(manager),
    applications: new FundingApplicationRepository(manager),
    allocations: new AllocationRepository(manager),
    expenditures: new ExpenditureRepository(manager),
    offerFunding: new OfferFundingRepository(manager),
    overview: new FundingOverviewRepository(manager),
  };
}

export type FundingRepositories = ReturnType<typeof repositoriesOf>;

export type FundingStore = Store<FundingRepositories>;

/**
 * Constraints that a racing writer can still hit after the service checked: they become the same
 * domain error the service gives, never an internal error. The one place the subgraph translates them.
 */
export const FUNDING_CONSTRAINTS: ConstraintErrors = {
  budget_not_overdrawn: () =>
    new DomainError(FundingErrorCode.BUDGET_EXHAUSTED, 'The allocation exceeds what is left on the budget line.'),
  funding_application_not_overdrawn: () =>
    new DomainError(
      FundingErrorCode.APPLICATION_EXHAUSTED,
      'The allocation exceeds what is left of the approved amount.',
    ),
  allocation_not_overspent: () =>
    new DomainError(FundingErrorCode.ALLOCATION_EXHAUSTED, 'The expenditure exceeds what is left of the allocation.'),
  funding_application_lifecycle: () =>
    new DomainError(
      FundingErrorCode.INVALID_STATUS_TRANSITION,
      'The application cannot change to this status from its current status.',
    ),
  funding_program_name_unique: () =>
    new DomainError(ErrorCode.CONFLICT, 'A funding programme with this name exists already.', { field: 'input.name' }),
};

/** The subgraph's access to its database: plain reads, and writes in one transaction each. */
export function createFundingStore(dataSource: DataSource, audit: RequestAudit): FundingStore {
  return new Store(dataSource, { repositories: repositoriesOf, audit, constraints: FUNDING_CONSTRAINTS });
}
