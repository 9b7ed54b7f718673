import DataLoader from 'dataloader';
import { groupByKey } from '@gk/shared';
import type { FundingExpenditure } from './expenditure.entity';
import type { ExpenditureRepository } from './expenditure.repository';

export function createExpenditureLoaders(repository: ExpenditureRepository) {
  return {
    byAllocation: new DataLoader<string, FundingExpenditure[]>(async (ids) =>
      groupByKey(ids, await repository.findByAllocations(ids), (e) => e.allocationId),
    ),
  };
}
