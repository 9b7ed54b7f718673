import {
  type Actor,
  actorOf,
  type Identity,
  type RequestScope,
  type ScopeRequest,
  type SubgraphContext,
} from '@gk/shared';
import type { DataSource } from 'typeorm';
import { EnrollmentAccessService } from './access/enrollment-access.service';
import { OffersAccess } from './access/offers-access';
import { loadOffersConfig, offersOptions } from './config/offers.config';
import { DataSubjectService } from './data-subject/data-subject.service';
import { PersonFactsClient, type PersonFactsSource } from './eligibility/person-facts.client';
import { EnrollmentService } from './enrollment/enrollment.service';
import { IndicatorsService } from './indicators/indicators.service';
import { OfferService } from './offer/offer.service';
import { createOffersLoaders, type OffersLoaders } from './offers.loaders';
import type { OffersOptions } from './offers.options';
import { createOffersStore, type OffersStore } from './offers.store';
import { PersonOffersService } from './person/person-offers.service';
import { QualityReviewService } from './quality-review/quality-review.service';

/** What every service of the offers subgraph works with in one request; one object, the same for all. */
export interface OffersServiceDeps {
  /** The only way to the database: plain reads, and writes with their audit entries. */
  store: OffersStore;
  /** The request's loaders; a write clears them, so later fields of the request see fresh rows. */
  loaders: OffersLoaders;
  /** The caller's access rules, checked by every read path and write. */
  access: OffersAccess;
  /** Who a write is recorded against. */
  actor: Actor;
  /** The verified caller (its purpose goes with every audit entry). */
  identity: Identity;
  /** The subgraph's settings: page size, thresholds. */
  settings: OffersOptions;
  /** Where applications and enrollments get the person's facts: persons, asked under the caller's identity. */
  persons: PersonFactsSource;
}

/**
 * Everything one request of the offers subgraph may use: its loaders, its services (the only callers
 * of the store) and the caller's access rules, made anew for every request.
 */
export function createOffersScope(
  dataSource: DataSource,
  identity: Identity,
  request: ScopeRequest,
  settings: OffersOptions = offersOptions(loadOffersConfig({})),
) {
  const store = createOffersStore(dataSource, request.audit);
  const deps: OffersServiceDeps = {
    store,
    loaders: createOffersLoaders(store.read, dataSource, settings, identity.organizationId),
    access: new OffersAccess(identity),
    actor: actorOf(identity),
    identity,
    settings,
    // Applications and enrollments ask persons about the person with the token the gateway signed
    // for persons with this identity.
    persons: new PersonFactsClient(settings.personsUrl, request.delegatedToken('persons')),
  };
  const enrollmentAccess = new EnrollmentAccessService(deps);
  const services = {
    offers: new OfferService(deps),
    enrollments: new EnrollmentService(deps),
    enrollmentAccess,
    qualityReviews: new QualityReviewService(deps),
    personOffers: new PersonOffersService(deps, enrollmentAccess),
    indicators: new IndicatorsService(deps),
    dataSubjects: new DataSubjectService(deps),
  };
  const scope: RequestScope<typeof deps.loaders, typeof services, OffersAccess> = {
    loaders: deps.loaders,
    services,
    access: deps.access,
  };
  return scope;
}

export type OffersScope = ReturnType<typeof createOffersScope>;
export type OffersContext = SubgraphContext<OffersScope>;
