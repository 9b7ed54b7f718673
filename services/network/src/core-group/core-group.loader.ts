import DataLoader from 'dataloader';
import { groupByKey } from '@gk/shared';
import type { CoreGroupMembership } from './core-group-membership.entity';
import type { CoreGroupRepository } from './core-group.repository';

export function createCoreGroupLoaders(repository: CoreGroupRepository) {
  return {
    byAlliance: new DataLoader<string, CoreGroupMembership[]>(async (ids) =>
      groupByKey(ids, await repository.findByAlliances(ids), (m) => m.allianceId),
    ),
  };
}

export type CoreGroupLoaders = ReturnType<typeof createCoreGroupLoaders>;
