import { type ConstraintErrors, type RequestAudit, Store } from '@gk/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { EnrollmentRepository } from './enrollment/enrollment.repository';
import { IndicatorsRepository } from './indicators/indicators.repository';
import { OfferRepository } from './offer/offer.repository';
import { alreadyEnrolled, offerFull } from './offers.errors';
import { PersonEnrollmentRepository } from './person/person-enrollment.repository';
import { QualityReviewRepository } from './quality-review/quality-review.repository';

/** Every repository of the offers subgraph, bound to one connection or transaction. */
export function repositoriesOf(manager: EntityManager) {
  return {
    offers: new OfferRepository(manager),
    enrollments: new EnrollmentRepository(manager),
    personEnrollments: new PersonEnrollmentRepository(manager),
    qualityReviews: new QualityReviewRepository(manager),
    indicators: new IndicatorsRepository(manager),
  };
}

export type OffersRepositories = ReturnType<typeof repositoriesOf>;

/**
 * The database constraints back the rules the services check first. When a concurrent request slips
 * past a check, the constraint's refusal becomes the same domain error, never an internal error.
 */
export const OFFERS_CONSTRAINTS: ConstraintErrors = {
  offer_no_overbooking: offerFull,
  enrollment_one_active_idx: alreadyEnrolled,
};

export type OffersStore = Store<OffersRepositories>;

/** The offers subgraph's store: plain reads, and writes that land whole with their audit entries. */
export function createOffersStore(dataSource: DataSource, audit: RequestAudit): OffersStore {
  return new Store(dataSource, { repositories: repositoriesOf, audit, constraints: OFFERS_CONSTRAINTS });
}
