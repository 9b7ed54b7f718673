import DataLoader from 'dataloader';
import { byKey } from '@gk/shared';
import type { PersonsRepositories } from '../database/persons-store';
import type { Person } from './person.entity';

export function createPersonLoaders(repositories: PersonsRepositories) {
  return {
    byId: new DataLoader<string, Person | null>(async (ids) => byKey(ids, await repositories.persons.findByIds(ids), (p) => p.id)),
  };
}

export type PersonLoaders = ReturnType<typeof createPersonLoaders>;
