import type { DataSource } from 'typeorm';
import type { Identity, SubgraphContext } from '@gk/shared';
import { createEnrollmentLoaders } from './enrollment/enrollment.loader';
import { EnrollmentRepository } from './enrollment/enrollment.repository';
import { createOfferLoaders } from './offer/offer.loader';
import { OfferRepository } from './offer/offer.repository';

/** Everything one request of the offers subgraph may use: loaders and services, made per request. */
export function createOffersScope(dataSource: DataSource, _identity: Identity) {
  return {
    offers: createOfferLoaders(new OfferRepository(dataSource)),
    enrollments: createEnrollmentLoaders(new EnrollmentRepository(dataSource)),
  };
}

export type OffersScope = ReturnType<typeof createOffersScope>;
export type OffersContext = SubgraphContext<OffersScope>;
