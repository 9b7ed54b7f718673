import DataLoader from 'dataloader';
import { groupByKey } from '@gk/shared';
import type { PersonsRepositories } from '../persons.store';
import type { PersonConsent } from './consent.entity';

export function createConsentLoaders(repositories: PersonsRepositories) {
  return {
    byPerson: new DataLoader<string, PersonConsent[]>(async (ids) =>
      groupByKey(ids, await repositories.consents.ofPersons(ids), (c) => c.personId),
    ),
  };
}
