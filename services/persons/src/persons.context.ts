import { actorOf } from '@gk/shared';
import type { DataSource } from 'typeorm';
import type { Identity, SubgraphContext } from '@gk/shared';
import { PersonAccess } from './access/person-access.service';
import { createConsentLoaders } from './consent/consent.loader';
import { ConsentService } from './consent/consent.service';
import { PersonsStore } from './database/persons-store';
import { EnrollmentFactsService } from './enrollment-facts/enrollment-facts.service';
import { ErasureService } from './erasure/erasure.service';
import { createFiguresLoaders } from './figures/figures.loader';
import { createIndicatorsLoaders } from './indicators/indicators.loader';
import { createHistoryLoaders } from './history/person-event.loader';
import { createNeedLoaders } from './need/need.loader';
import { NeedService } from './need/need.service';
import { createPersonLoaders } from './person/person.loader';
import { PersonService } from './person/person.service';
import { createReferralLoaders } from './referral/referral.loader';
import { ReferralService } from './referral/referral.service';
import { createSituationLoaders } from './situation/situation.loader';
import { SituationService } from './situation/situation.service';

/** Settings the persons code needs at request time. */
export interface PersonsSettings {
  pseudonymKey: string;
  maxPageSize: number;
  /** Subgraphs besides persons that must confirm an erasure. */
  erasurePeers: readonly string[];
  /** Counts below it are withheld in the core group's indicators. */
  suppressionThreshold: number;
}

/**
 * Everything one request of the persons subgraph may use: loaders and services, made per request
 * so nothing is cached across users. Services get the caller's identity, so every write records it
 * and the identity issue's access rules have it at hand.
 */
export function createPersonsScope(dataSource: DataSource, identity: Identity, settings: PersonsSettings) {
  const store = new PersonsStore(dataSource);
  const actor = actorOf(identity);
  const loaders = {
    persons: createPersonLoaders(store.read),
    situation: createSituationLoaders(store.read),
    needs: createNeedLoaders(store.read),
    consents: createConsentLoaders(store.read),
    referrals: createReferralLoaders(store.read),
    history: createHistoryLoaders(store.read),
    figures: createFiguresLoaders(store.read, identity.organizationId),
    indicators: createIndicatorsLoaders(dataSource, settings.suppressionThreshold, identity.organizationId),
  };
  const access = new PersonAccess(identity, loaders.consents.byPerson);
  return {
    identity,
    pseudonymKey: settings.pseudonymKey,
    loaders,
    access,
    services: {
      persons: new PersonService(store, actor, access, settings.maxPageSize, loaders.persons),
      situation: new SituationService(store, actor, access, settings.maxPageSize),
      needs: new NeedService(store, actor, access),
      consents: new ConsentService(store, actor, access),
      referrals: new ReferralService(store, actor, access, settings.maxPageSize),
      erasure: new ErasureService(store, dataSource, identity, settings.erasurePeers),
      enrollmentFacts: new EnrollmentFactsService(identity, loaders.persons, access),
    },
  };
}

export type PersonsScope = ReturnType<typeof createPersonsScope>;
export type PersonsContext = SubgraphContext<PersonsScope>;
