import DataLoader from 'dataloader';
import { byKey } from '@gk/shared';
import type { Person } from './person.entity';
import type { PersonRepository } from './person.repository';

export function createPersonLoaders(repository: PersonRepository) {
  return {
    byId: new DataLoader<string, Person | null>(async (ids) => byKey(ids, await repository.findByIds(ids), (p) => p.id)),
  };
}

export type PersonLoaders = ReturnType<typeof createPersonLoaders>;
