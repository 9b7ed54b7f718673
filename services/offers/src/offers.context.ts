import { actorOf, type Identity, type RequestScope, type ScopeRequest, type SubgraphContext } from '@gk/shared';
import type { DataSource } from 'typeorm';
import { EnrollmentAccessService } from './access/enrollment-access.service';
import { OffersAccess } from './access/offers-access';
import { loadOffersConfig, offersOptions } from './config/offers.config';
import { DataSubjectService } from './data-subject/data-subject.service';
import { PersonFactsClient } from './eligibility/person-facts.client';
import { EnrollmentService } from './enrollment/enrollment.service';
import { IndicatorsService } from './indicators/indicators.service';
import { OfferService } from './offer/offer.service';
import type { OffersServiceDeps } from './offers.deps';
import { createOffersLoaders } from './offers.loaders';
import type { OffersOptions } from './offers.options';
import { createOffersStore } from './offers.store';
import { PersonOffersService } from './person/person-offers.service';
import { QualityReviewService } from './quality-review/quality-review.service';

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
