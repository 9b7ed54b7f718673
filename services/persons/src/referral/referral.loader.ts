import DataLoader from 'dataloader';
import { byKey, groupByKey } from '@gk/shared';
import type { PersonsRepositories } from '../persons.store';
import type { PersonReferral } from './referral.entity';

export function createReferralLoaders(repositories: PersonsRepositories) {
  return {
    byId: new DataLoader<string, PersonReferral | null>(async (ids) =>
      byKey(ids, await repositories.referrals.findByIds(ids), (r) => r.id),
    ),
    byPerson: new DataLoader<string, PersonReferral[]>(async (ids) =>
      groupByKey(ids, await repositories.referrals.ofPersons(ids), (r) => r.personId),
    ),
  };
}

export type PersonReferralLoaders = ReturnType<typeof createReferralLoaders>;
