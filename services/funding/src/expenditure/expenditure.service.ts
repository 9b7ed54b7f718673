import { Action } from '../access/funding-access';
import { randomUUID } from 'node:crypto';
import { BadUserInputError, DomainError, formatMoney, NotFoundError } from '@gk/shared';
import { FundingErrorCode } from '../funding.errors';
import type { FundingServiceDeps } from '../funding.context';
import type { FundingExpenditure } from './expenditure.entity';
import type { RecordExpenditureInput } from './record-expenditure.input';

export class ExpenditureService {
  constructor(private readonly deps: FundingServiceDeps) {}

  /**
   * Books spending against an allocation, locked first so parallel expenditures cannot overspend it; the database CHECK
   * is the backstop.
   */
  async record(input: RecordExpenditureInput): Promise<FundingExpenditure> {
    this.deps.access.requireFinance(Action.SPEND);
    if (input.amount <= 0) throw new BadUserInputError('input.amount', 'must be more than zero');
    const id = randomUUID();
    const allocationId = input.allocationId.toLowerCase();
    await this.deps.store.write(async (tx) => {
      const allocation = await tx.allocations.findForUpdate(allocationId);
      if (!allocation) throw new NotFoundError('allocation', 'allocationId');
      this.deps.access.requireFinanceIn(allocation.municipalityAgs, Action.SPEND);
      if (Number(input.spentOn.slice(0, 4)) !== allocation.fiscalYear)
        throw new BadUserInputError('input.spentOn', "must fall in the allocation's fiscal year");
      const available = allocation.amountCents - allocation.spentCents;
      if (input.amount > available) {
        throw new DomainError(
          FundingErrorCode.ALLOCATION_EXHAUSTED,
          'The expenditure exceeds what is left of the allocation.',
          { available: formatMoney(available) },
        );
      }
      await tx.expenditures.insert(
        { id, allocationId, amountCents: input.amount, spentOn: input.spentOn, purpose: input.purpose },
        this.deps.actor,
      );
    });
    return (await this.deps.store.read.expenditures.findByIds([id]))[0];
  }
}
