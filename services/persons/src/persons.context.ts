import {
  actorOf,
  type Actor,
  type Identity,
  type RequestScope,
  type ScopeRequest,
  type SubgraphContext,
} from '@gk/shared';
import type { DataSource } from 'typeorm';
import { PersonAccess } from './access/person-access.service';
import { ConsentService } from './consent/consent.service';
import { EnrollmentFactsService } from './enrollment-facts/enrollment-facts.service';
import { ErasureService } from './erasure/erasure.service';
import { NeedService } from './need/need.service';
import { PersonService } from './person/person.service';
import { createPersonsLoaders, type PersonsLoaders } from './persons.loaders';
import { createPersonsStore, type PersonsStore } from './persons.store';
import { ReferralService } from './referral/referral.service';
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
