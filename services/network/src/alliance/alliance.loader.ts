import DataLoader from 'dataloader';
import { byKey, groupByKey } from '@gk/shared';
import type { Alliance } from './alliance.entity';
import type { AllianceRepository } from './alliance.repository';

export function createAllianceLoaders(repository: AllianceRepository) {
  return {
    byId: new DataLoader<string, Alliance | null>(async (ids) =>
      byKey(ids, await repository.findByIds(ids), (a) => a.id),
    ),
    byLeadAgs: new DataLoader<string, Alliance[]>(async (ags) =>
      groupByKey(ags, await repository.findByLeadAgs(ags), (a) => a.leadAgs),
    ),
  };
}

export type AllianceLoaders = ReturnType<typeof createAllianceLoaders>;
