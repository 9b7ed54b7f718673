import { Action } from '../access/funding-access';
import { randomUUID } from 'node:crypto';
import { BadUserInputError, DomainError, formatMoney, NotFoundError } from '@gk/shared';
import { FundingApplicationStatus } from '../application/funding-application-status.enum';
import { SPENDABLE_LINE_KINDS } from '../budget/budget.enums';
import { FundingErrorCode } from '../funding.errors';
import type { FundingRepositories } from '../funding.store';
import type { FundingServiceDeps } from '../funding.context';
import type { AllocateFundingInput } from './allocate-funding.input';
import type { FundingAllocation } from './allocation.entity';

export class AllocationService {
  constructor(private readonly deps: FundingServiceDeps) {}

  /**
   * Books money for an offer. The line or grant row is locked first, so parallel allocations from
   * one line are checked one after another; the database CHECK on the running total is the backstop.
   */
  /** One allocation, refused outside the caller's municipalities; null when unknown. */
  async get(load: () => Promise<FundingAllocation | null>): Promise<FundingAllocation | null> {
    this.deps.access.requireMunicipalReader(Action.READ_ALLOCATIONS);
    const allocation = await load();
    if (allocation) this.deps.access.requireReadableIn(allocation.municipalityAgs, Action.READ_ALLOCATIONS);
    return allocation;
  }

  async allocate(input: AllocateFundingInput): Promise<FundingAllocation> {
    this.deps.access.requireFinance(Action.ALLOCATE);
    const budgetId = input.budgetId?.toLowerCase() ?? null;
    const applicationId = input.applicationId?.toLowerCase() ?? null;
    if (budgetId && applicationId)
      throw new BadUserInputError('input.budgetId', 'give either budgetId or applicationId, not both');
    if (!budgetId && !applicationId) throw new BadUserInputError('input.budgetId', 'give budgetId or applicationId');
    if (input.amount <= 0) throw new BadUserInputError('input.amount', 'must be more than zero');
    const id = randomUUID();
    await this.deps.store.write(async (tx) => {
      if (budgetId) await this.checkBudget(tx, budgetId, input);
      else await this.checkApplication(tx, applicationId as string, input);
      await tx.allocations.insert(
        {
          id,
          budgetId,
          applicationId,
          offerId: input.offerId.toLowerCase(),
          fiscalYear: input.fiscalYear,
          amountCents: input.amount,
          purpose: input.purpose ?? null,
        },
        this.deps.actor,
      );
    });
    return (await this.deps.store.read.allocations.findByIds([id]))[0];
  }

  private async checkBudget(tx: FundingRepositories, budgetId: string, input: AllocateFundingInput): Promise<void> {
    const line = await tx.budgets.findForUpdate(budgetId);
    if (!line) throw new NotFoundError('budget line', 'budgetId');
    this.deps.access.requireFinanceIn(line.municipalityAgs, Action.ALLOCATE);
    if (!SPENDABLE_LINE_KINDS.includes(line.lineKind))
      throw new BadUserInputError('input.budgetId', 'must be an expense line (Aufwendungen or Auszahlungen)');
    if (line.fiscalYear !== input.fiscalYear)
      throw new BadUserInputError('input.fiscalYear', "must be the budget line's fiscal year");
    const available = line.amountCents - line.allocatedCents;
    if (input.amount > available) {
      throw new DomainError(
        FundingErrorCode.BUDGET_EXHAUSTED,
        'The allocation exceeds what is left on the budget line.',
        { available: formatMoney(available) },
      );
    }
  }

  private async checkApplication(
    tx: FundingRepositories,
    applicationId: string,
    input: AllocateFundingInput,
  ): Promise<void> {
    const application = await tx.applications.findForUpdate(applicationId);
    if (!application) throw new NotFoundError('funding application', 'applicationId');
    this.deps.access.requireFinanceIn(application.municipalityAgs, Action.ALLOCATE);
    if (application.status !== FundingApplicationStatus.APPROVED) {
      throw new DomainError(
        FundingErrorCode.APPLICATION_NOT_APPROVED,
        'Money can be allocated only from an approved funding application.',
        { status: application.status },
      );
    }
    const yearStart = `${input.fiscalYear}-01-01`;
    const yearEnd = `${input.fiscalYear}-12-31`;
    if (application.periodStart > yearEnd || application.periodEnd < yearStart) {
      throw new BadUserInputError('input.fiscalYear', "must fall within the application's period");
    }
    const available = (application.approvedCents ?? 0) - application.allocatedCents;
    if (input.amount > available) {
      throw new DomainError(
        FundingErrorCode.APPLICATION_EXHAUSTED,
        'The allocation exceeds what is left of the approved amount.',
        { available: formatMoney(available) },
      );
    }
  }
}
