import DataLoader from 'dataloader';
import { byKey, groupByKey } from '@gk/shared';
import type { FundingAllocation } from './allocation.entity';
import type { AllocationRepository } from './allocation.repository';

export function createAllocationLoaders(repository: AllocationRepository) {
  return {
    byId: new DataLoader<string, FundingAllocation | null>(async (ids) =>
      byKey(ids, await repository.findByIds(ids), (a) => a.id),
    ),
    byBudget: new DataLoader<string, FundingAllocation[]>(async (ids) =>
      groupByKey(ids, await repository.findByBudgets(ids), (a) => a.budgetId as string),
    ),
    byApplication: new DataLoader<string, FundingAllocation[]>(async (ids) =>
      groupByKey(ids, await repository.findByApplications(ids), (a) => a.applicationId as string),
    ),
    byOffer: new DataLoader<string, FundingAllocation[]>(async (ids) =>
      groupByKey(ids, await repository.findByOffers(ids), (a) => a.offerId),
    ),
  };
}
