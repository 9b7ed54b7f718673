import type { DataSource, EntityManager } from 'typeorm';
import { EnrollmentRepository } from './enrollment/enrollment.repository';
import { OfferRepository } from './offer/offer.repository';
import { translateConstraintError } from './offers.errors';
import { QualityReviewRepository } from './quality-review/quality-review.repository';

export interface OffersRepositories {
  offers: OfferRepository;
  enrollments: EnrollmentRepository;
  qualityReviews: QualityReviewRepository;
}

export function createRepositories(manager: EntityManager): OffersRepositories {
  return {
    offers: new OfferRepository(manager),
    enrollments: new EnrollmentRepository(manager),
    qualityReviews: new QualityReviewRepository(manager),
  };
}

/** The repositories bound to the transaction, and its manager for the audit entries that must land with the change. */
export type Transaction = <T>(
  work: (repositories: OffersRepositories, manager: EntityManager) => Promise<T>,
) => Promise<T>;

/** Runs work in one transaction: all of it or none. A refused database constraint becomes its domain error. */
export function createTransaction(dataSource: DataSource): Transaction {
  return async (work) => {
    try {
      return await dataSource.transaction((manager) => work(createRepositories(manager), manager));
    } catch (error) {
      throw translateConstraintError(error);
    }
  };
}
