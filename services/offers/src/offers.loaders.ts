import DataLoader from 'dataloader';
import { auditEntriesForPersons, type DataAccessRecord } from '@gk/shared';
import type { DataSource } from 'typeorm';
import { createEnrollmentLoaders } from './enrollment/enrollment.loader';
import { createIndicatorLoaders } from './indicators/indicators.loader';
import { createOfferLoaders } from './offer/offer.loader';
import type { OffersOptions } from './offers.options';
import type { OffersRepositories } from './offers.store';
import { createPersonEnrollmentLoader } from './person/person-enrollment.loader';
import { createQualityReviewLoaders } from './quality-review/quality-review.loader';

/**
 * The request's DataLoaders over the store's plain reads. The indicator loaders keep their protected
 * families across requests (per data version); the rest live for the request.
 */
export function createOffersLoaders(
  read: OffersRepositories,
  dataSource: DataSource,
  settings: OffersOptions,
  readerOrganizationId: string | null,
) {
  const offers = createOfferLoaders(read.offers);
  const enrollments = createEnrollmentLoaders(read.enrollments);
  const personEnrollments = createPersonEnrollmentLoader(read.personEnrollments);
  const qualityReviews = createQualityReviewLoaders(read.qualityReviews);
  const indicators = createIndicatorLoaders(dataSource, settings, readerOrganizationId);
  const cleared = [
    ...Object.values(offers),
    ...Object.values(enrollments),
    personEnrollments,
    ...Object.values(qualityReviews),
    ...Object.values(indicators),
  ];
  return {
    offers,
    enrollments,
    personEnrollments,
    qualityReviews,
    indicators,
    /** The offers audit trail per person, for the data protection officer: one statement per request. */
    accessLogs: new DataLoader<string, DataAccessRecord[]>((personIds) =>
      auditEntriesForPersons(dataSource, personIds),
    ),
    /** After a write, later fields of the same request must not see cached rows from before it. */
    clearAll(): void {
      for (const loader of cleared) loader.clearAll();
    },
  };
}

export type OffersLoaders = ReturnType<typeof createOffersLoaders>;
