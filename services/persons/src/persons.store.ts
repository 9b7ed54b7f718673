import { Store, type RequestAudit } from '@gk/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { ConsentRepository } from './consent/consent.repository';
import { ErasureRepository } from './erasure/erasure.repository';
import { FiguresRepository } from './figures/figures.repository';
import { PersonEventRepository } from './history/person-event.repository';
import { NeedRepository } from './need/need.repository';
import { PersonRepository } from './person/person.repository';
import { ReferralRepository } from './referral/referral.repository';
import { SituationRepository } from './situation/situation.repository';

/** Every repository of the persons database, bound to one connection or to one write's transaction. */
export function repositoriesOf(manager: EntityManager) {
  return {
    persons: new PersonRepository(manager),
    situation: new SituationRepository(manager),
    needs: new NeedRepository(manager),
    consents: new ConsentRepository(manager),
    referrals: new ReferralRepository(manager),
    events: new PersonEventRepository(manager),
    figures: new FiguresRepository(manager),
    erasures: new ErasureRepository(manager),
  };
}

export type PersonsRepositories = ReturnType<typeof repositoriesOf>;

export type PersonsStore = Store<PersonsRepositories>;

/**
 * Constraints a racing writer can still hit after a service checked, each as the error the service
 * gives for it. Empty today: every constraint of the persons database guards a rule the services
 * check under a row or advisory lock first, so a violation is a bug, not a race to translate.
 */
export const PERSONS_CONSTRAINT_ERRORS: Readonly<Record<string, () => Error>> = {};

/** The persons database for one request: plain reads, and writes that land whole with their audit entries. */
export function createPersonsStore(dataSource: DataSource, audit: RequestAudit): PersonsStore {
  return new Store(dataSource, { repositories: repositoriesOf, audit, constraints: PERSONS_CONSTRAINT_ERRORS });
}
