import type { DataSource } from 'typeorm';
import type { Identity, ScopeRequest, SubgraphContext } from '@gk/shared';
import { EnrollmentAccessService } from './access/enrollment-access.service';
import { DataSubjectService } from './data-subject/data-subject.service';
import { PersonFactsClient } from './eligibility/person-facts.client';
import { createEnrollmentLoaders } from './enrollment/enrollment.loader';
import { EnrollmentRepository } from './enrollment/enrollment.repository';
import { EnrollmentService } from './enrollment/enrollment.service';
import { createIndicatorLoaders } from './indicators/indicators.loader';
import { IndicatorsService } from './indicators/indicators.service';
import { createOfferLoaders } from './offer/offer.loader';
import { OfferRepository } from './offer/offer.repository';
import { OfferService } from './offer/offer.service';
import type { OffersOptions } from './offers.options';
import { createTransaction } from './offers.transaction';
import { createPersonEnrollmentLoader } from './person/person-enrollment.loader';
import { PersonEnrollmentRepository } from './person/person-enrollment.repository';
import { PersonOffersService } from './person/person-offers.service';
import { createQualityReviewLoaders } from './quality-review/quality-review.loader';
import { QualityReviewRepository } from './quality-review/quality-review.repository';
import { QualityReviewService } from './quality-review/quality-review.service';

/**
 * Everything one request of the offers subgraph may use: loaders and services, made per request.
 * The identity travels into the services: they check the access rules and record who wrote.
 */
export function createOffersScope(
  dataSource: DataSource,
  identity: Identity,
  options: OffersOptions,
  request?: ScopeRequest,
) {
  const offerRepository = new OfferRepository(dataSource.manager);
  const offers = createOfferLoaders(offerRepository);
  const enrollments = createEnrollmentLoaders(new EnrollmentRepository(dataSource.manager));
  const personEnrollments = createPersonEnrollmentLoader(new PersonEnrollmentRepository(dataSource.manager));
  const qualityReviews = createQualityReviewLoaders(new QualityReviewRepository(dataSource.manager));
  const indicatorLoaders = createIndicatorLoaders(dataSource, options, identity.organizationId);
  const loaders = [
    ...Object.values(offers),
    ...Object.values(enrollments),
    personEnrollments,
    ...Object.values(qualityReviews),
    ...Object.values(indicatorLoaders),
  ];
  // After a write, later fields of the same request must not see cached rows from before it.
  const invalidate = () => loaders.forEach((l) => l.clearAll());
  const transaction = createTransaction(dataSource);
  const enrollmentAccess = new EnrollmentAccessService(identity, offers, enrollments, personEnrollments);
  return {
    identity,
    options,
    offers,
    enrollments,
    qualityReviews,
    enrollmentAccess,
    dataSubjects: new DataSubjectService(identity, dataSource),
    offerService: new OfferService(
      transaction,
      (filter, after, limit) => offerRepository.findPage(filter, after, limit),
      identity,
      options,
      invalidate,
    ),
    // Applications and enrollments ask persons about the person with the token the gateway signed for persons with this identity.
    enrollmentService: new EnrollmentService(
      transaction,
      identity,
      invalidate,
      (id) => offers.byId.load(id),
      new PersonFactsClient(options.personsUrl, request?.delegatedToken('persons')),
    ),
    qualityReviewService: new QualityReviewService(transaction, identity, invalidate),
    personOffers: new PersonOffersService(enrollmentAccess, offers, options),
    indicators: new IndicatorsService(identity, indicatorLoaders, offers, options.measureCareerThreshold),
  };
}

export type OffersScope = ReturnType<typeof createOffersScope>;
export type OffersContext = SubgraphContext<OffersScope>;
