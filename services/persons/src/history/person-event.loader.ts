import DataLoader from 'dataloader';
import { groupByKey } from '@gk/shared';
import type { PersonsRepositories } from '../persons.store';
import type { PersonHistoryEntry } from './person-event.entity';

export function createHistoryLoaders(repositories: PersonsRepositories) {
  return {
    byPerson: new DataLoader<string, PersonHistoryEntry[]>(async (ids) =>
      groupByKey(ids, await repositories.events.ofPersons(ids), (e) => e.personId),
    ),
  };
}
