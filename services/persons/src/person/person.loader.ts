import DataLoader from 'dataloader';
import { byKey } from '@gk/shared';
import type { PersonsRepositories } from '../persons.store';
import type { Person } from './person.entity';

export function createPersonLoaders(repositories: PersonsRepositories) {
  return {
    byId: new DataLoader<string, Person | null>(async (ids) =>
      byKey(ids, await repositories.persons.findByIds(ids), (p) => p.id),
    ),
    /**
     * Same for every viewer who may read it at all (the managing organisation's case managers), so keyed by the person
     * alone.
     */
    laterRegistrationsElsewhere: new DataLoader<string, number>(async (ids) =>
      byKey(ids, await repositories.persons.countLaterRegistrationsElsewhere(ids), (r) => r.personId).map(
        (r) => r?.count ?? 0,
      ),
    ),
  };
}

export type PersonLoaders = ReturnType<typeof createPersonLoaders>;
