import DataLoader from 'dataloader';
import { byKey, groupByKey } from '@gk/shared';
import type { Municipality } from './municipality.entity';
import type { MunicipalityRepository } from './municipality.repository';

export function createMunicipalityLoaders(repository: MunicipalityRepository) {
  return {
    byAgs: new DataLoader<string, Municipality | null>(async (keys) =>
      byKey(keys, await repository.findByAgs(keys), (m) => m.ags),
    ),
    membersOf: new DataLoader<string, Municipality[]>(async (keys) =>
      groupByKey(keys, await repository.findByParents(keys), (m) => m.parentAgs as string),
    ),
  };
}

export type MunicipalityLoaders = ReturnType<typeof createMunicipalityLoaders>;
