import DataLoader from 'dataloader';
import { byKey } from '@gk/shared';
import type { Budget } from './budget.entity';
import type { BudgetRepository } from './budget.repository';

export function createBudgetLoaders(repository: BudgetRepository) {
  return {
    byId: new DataLoader<string, Budget | null>(async (ids) =>
      byKey(ids, await repository.findByIds(ids), (b) => b.id),
    ),
  };
}
