import type { DataSource } from 'typeorm';
import { actorOf, type Identity, type SubgraphContext } from '@gk/shared';
import { createEnrollmentLoaders } from './enrollment/enrollment.loader';
import { EnrollmentRepository } from './enrollment/enrollment.repository';
import { EnrollmentService } from './enrollment/enrollment.service';
import { createOfferLoaders } from './offer/offer.loader';
import { OfferRepository } from './offer/offer.repository';
import { OfferService } from './offer/offer.service';
import type { OffersOptions } from './offers.options';
import { createTransaction } from './offers.transaction';
import { PersonOffersService } from './person/person-offers.service';
import { createQualityReviewLoaders } from './quality-review/quality-review.loader';
import { QualityReviewRepository } from './quality-review/quality-review.repository';
import { QualityReviewService } from './quality-review/quality-review.service';

/**
 * Everything one request of the offers subgraph may use: loaders and services, made per request.
 * The identity travels into the services, so writes record it and access rules can be added there.
 */
export function createOffersScope(dataSource: DataSource, identity: Identity, options: OffersOptions) {
  const offerRepository = new OfferRepository(dataSource.manager);
  const offers = createOfferLoaders(offerRepository);
  const enrollments = createEnrollmentLoaders(new EnrollmentRepository(dataSource.manager));
  const qualityReviews = createQualityReviewLoaders(new QualityReviewRepository(dataSource.manager));
  const loaders = [...Object.values(offers), ...Object.values(enrollments), ...Object.values(qualityReviews)];
  // After a write, later fields of the same request must not see cached rows from before it.
  const invalidate = () => loaders.forEach((l) => l.clearAll());
  const actor = actorOf(identity);
  const transaction = createTransaction(dataSource);
  return {
    identity,
    options,
    offers,
    enrollments,
    qualityReviews,
    offerService: new OfferService(transaction, (filter, after, limit) => offerRepository.findPage(filter, after, limit), actor, options, invalidate),
    enrollmentService: new EnrollmentService(transaction, actor, invalidate),
    qualityReviewService: new QualityReviewService(transaction, actor, invalidate),
    personOffers: new PersonOffersService(offers, enrollments, options),
  };
}

export type OffersScope = ReturnType<typeof createOffersScope>;
export type OffersContext = SubgraphContext<OffersScope>;
