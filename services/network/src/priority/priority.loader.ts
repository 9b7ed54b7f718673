import DataLoader from 'dataloader';
import { groupByKey } from '@gk/shared';
import type { AlliancePriority } from './priority.entity';
import type { PriorityRepository } from './priority.repository';

export function createPriorityLoaders(repository: PriorityRepository) {
  return {
    byAlliance: new DataLoader<string, AlliancePriority[]>(async (ids) =>
      groupByKey(ids, await repository.findByAlliances(ids), (p) => p.allianceId),
    ),
  };
}

export type PriorityLoaders = ReturnType<typeof createPriorityLoaders>;
