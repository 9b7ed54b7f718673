import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import { DomainError, ErrorCode } from '@gk/shared';
import { AllocationRepository } from './allocation/allocation.repository';
import { FundingApplicationRepository } from './application/funding-application.repository';
import { BudgetRepository } from './budget/budget.repository';
import { FundingErrorCode } from './funding.errors';
import { ExpenditureRepository } from './expenditure/expenditure.repository';
import { FundingOverviewRepository } from './municipality-funding/funding-overview.repository';
import { OfferFundingRepository } from './offer-funding/offer-funding.repository';
import { FundingProgramRepository } from './program/funding-program.repository';

/** Every repository of the subgraph, bound to one connection or transaction. */
export function repositoriesFor(manager: EntityManager) {
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

export type FundingRepositories = ReturnType<typeof repositoriesFor>;

/**
 * Constraints that a racing writer can still hit after the service checked: they become the same
 * domain error the service gives, never an internal error.
 */
const CONSTRAINT_ERRORS: Record<string, () => DomainError> = {
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

function translate(error: unknown): unknown {
  if (error instanceof QueryFailedError) {
    const constraint = (error.driverError as { constraint?: string }).constraint;
    const make = constraint ? CONSTRAINT_ERRORS[constraint] : undefined;
    if (make) return make();
  }
  return error;
}

/** The subgraph's access to its database: plain reads, and writes in one transaction each. */
export class FundingStore {
  readonly read: FundingRepositories;

  constructor(private readonly dataSource: DataSource) {
    this.read = repositoriesFor(dataSource.manager);
  }

  async transaction<T>(work: (tx: FundingRepositories) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction((manager) => work(repositoriesFor(manager)));
    } catch (error) {
      throw translate(error);
    }
  }
}
