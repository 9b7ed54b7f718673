import DataLoader from 'dataloader';
import {
  actorOf,
  auditEntriesForPersons,
  type Actor,
  type DataAccessRecord,
  type Identity,
  type RequestScope,
  type ScopeRequest,
  type SubgraphContext,
} from '@gk/shared';
import type { DataSource } from 'typeorm';
import { PersonAccess } from './access/person-access.service';
import { createConsentLoaders } from './consent/consent.loader';
import { ConsentService } from './consent/consent.service';
import { EnrollmentFactsService } from './enrollment-facts/enrollment-facts.service';
import { ErasureService } from './erasure/erasure.service';
import { createFiguresLoaders } from './figures/figures.loader';
import { createHistoryLoaders } from './history/person-event.loader';
import { createIndicatorsLoaders } from './indicators/indicators.loader';
import { createNeedLoaders } from './need/need.loader';
import { NeedService } from './need/need.service';
import { createPersonLoaders } from './person/person.loader';
import { PersonService } from './person/person.service';
import { createPersonsStore, type PersonsStore } from './persons.store';
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

/** The DataLoaders of one request: one statement per kind of read for everything a response asks. */
function createPersonsLoaders(
  dataSource: DataSource,
  store: PersonsStore,
  identity: Identity,
  settings: PersonsSettings,
) {
  return {
    persons: createPersonLoaders(store.read),
    situation: createSituationLoaders(store.read),
    needs: createNeedLoaders(store.read),
    consents: createConsentLoaders(store.read),
    referrals: createReferralLoaders(store.read),
    history: createHistoryLoaders(store.read),
    figures: createFiguresLoaders(store.read, identity.organizationId),
    indicators: createIndicatorsLoaders(dataSource, settings.suppressionThreshold, identity.organizationId),
    /** Who read or changed a person's data (GDPR Art. 15): one statement for all persons a request asks about. */
    accessLog: new DataLoader<string, DataAccessRecord[]>((personIds) => auditEntriesForPersons(dataSource, personIds)),
  };
}

export type PersonsLoaders = ReturnType<typeof createPersonsLoaders>;

/** What every service of the persons subgraph is built from: one object, the same for all of them. */
export interface PersonsServiceDeps {
  store: PersonsStore;
  loaders: PersonsLoaders;
  access: PersonAccess;
  actor: Actor;
  pseudonymKey: string;
  maxPageSize: number;
  erasurePeers: readonly string[];
}

/**
 * Everything one request of the persons subgraph may use: loaders, services and the caller's access
 * rules, made per request so nothing is cached across users. The store records writes in the
 * request's audit, and every write stamps the caller as its actor.
 */
export function createPersonsScope(
  dataSource: DataSource,
  identity: Identity,
  request: Pick<ScopeRequest, 'audit'>,
  settings: PersonsSettings,
) {
  const store = createPersonsStore(dataSource, request.audit);
  const loaders = createPersonsLoaders(dataSource, store, identity, settings);
  const access = new PersonAccess(identity, loaders.consents.byPerson);
  const deps: PersonsServiceDeps = {
    store,
    loaders,
    access,
    actor: actorOf(identity),
    pseudonymKey: settings.pseudonymKey,
    maxPageSize: settings.maxPageSize,
    erasurePeers: settings.erasurePeers,
  };
  const services = {
    persons: new PersonService(deps),
    situation: new SituationService(deps),
    needs: new NeedService(deps),
    consents: new ConsentService(deps),
    referrals: new ReferralService(deps),
    erasure: new ErasureService(deps),
    enrollmentFacts: new EnrollmentFactsService(deps),
  };
  const scope: RequestScope<PersonsLoaders, typeof services, PersonAccess> = { loaders, services, access };
  return scope;
}

export type PersonsScope = ReturnType<typeof createPersonsScope>;
export type PersonsContext = SubgraphContext<PersonsScope>;
