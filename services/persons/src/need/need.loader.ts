import DataLoader from 'dataloader';
import { groupByKey } from '@gk/shared';
import type { PersonsRepositories } from '../persons.store';
import type { PersonNeed } from './need.entity';

export function createNeedLoaders(repositories: PersonsRepositories) {
  return {
    byPerson: new DataLoader<string, PersonNeed[]>(async (ids) =>
      groupByKey(ids, await repositories.needs.ofPersons(ids), (n) => n.personId),
    ),
  };
}
