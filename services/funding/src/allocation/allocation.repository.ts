import { type Actor, createdStamp } from '@gk/shared';
import { type EntityManager, In } from 'typeorm';
import { FundingAllocation } from './allocation.entity';

export interface NewAllocation {
  id: string;
  budgetId: string | null;
  applicationId: string | null;
  offerId: string;
  fiscalYear: number;
  amountCents: number;
  purpose: string | null;
}

/**
 * The only place that reads and writes allocations. The running totals of lines and grants are kept by the database
 * (trigger allocation_book).
 */
export class AllocationRepository {
  constructor(private readonly manager: EntityManager) {}

  private get repo() {
    return this.manager.getRepository(FundingAllocation);
  }

  findByIds(ids: readonly string[]): Promise<FundingAllocation[]> {
    return this.repo.findBy({ id: In([...ids]) });
  }

  /** Locks the allocation until the transaction ends: expenditures against it queue up. */
  findForUpdate(id: string): Promise<FundingAllocation | null> {
    return this.repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  findByBudgets(budgetIds: readonly string[]): Promise<FundingAllocation[]> {
    return this.repo.find({ where: { budgetId: In([...budgetIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  findByApplications(applicationIds: readonly string[]): Promise<FundingAllocation[]> {
    return this.repo.find({
      where: { applicationId: In([...applicationIds]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  findByOffers(offerIds: readonly string[]): Promise<FundingAllocation[]> {
    return this.repo.find({
      where: { offerId: In([...offerIds]) },
      order: { fiscalYear: 'ASC', createdAt: 'ASC', id: 'ASC' },
    });
  }

  async insert(allocation: NewAllocation, actor: Actor): Promise<void> {
    await this.repo.insert({ ...allocation, ...createdStamp(actor) });
  }
}
