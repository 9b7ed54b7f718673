import { type Actor, createdStamp } from '@gk/shared';
import { type EntityManager, In } from 'typeorm';
import { FundingExpenditure } from './expenditure.entity';

export interface NewExpenditure {
  id: string;
  allocationId: string;
  amountCents: number;
  spentOn: string;
  purpose: string;
}

/**
 * The only place that reads and writes expenditures. The allocation's running total is kept by the database (trigger
 * expenditure_book).
 */
export class ExpenditureRepository {
  constructor(private readonly manager: EntityManager) {}

  findByIds(ids: readonly string[]): Promise<FundingExpenditure[]> {
    return this.manager.getRepository(FundingExpenditure).findBy({ id: In([...ids]) });
  }

  findByAllocations(allocationIds: readonly string[]): Promise<FundingExpenditure[]> {
    return this.manager
      .getRepository(FundingExpenditure)
      .find({ where: { allocationId: In([...allocationIds]) }, order: { spentOn: 'ASC', id: 'ASC' } });
  }

  async insert(expenditure: NewExpenditure, actor: Actor): Promise<void> {
    await this.manager.getRepository(FundingExpenditure).insert({ ...expenditure, ...createdStamp(actor) });
  }
}
