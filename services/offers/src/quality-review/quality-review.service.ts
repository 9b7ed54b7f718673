import { randomUUID } from 'node:crypto';
import { createdStamp, NotFoundError } from '@gk/shared';
import { pastOrToday } from '../dates';
import type { OffersServiceDeps } from '../offers.context';
import type { QualityReview } from './quality-review.entity';
import type { RecordQualityReviewInput } from './quality-review.input';

/** Quality reviews of offers. */
export class QualityReviewService {
  constructor(private readonly deps: OffersServiceDeps) {}

  /**
   * Reviews are given by the core group or the network coordination, always in the name of the
   * user's own organisation.
   */
  async record(input: RecordQualityReviewInput): Promise<QualityReview> {
    const { access, actor } = this.deps;
    access.requireRole(['CORE_GROUP', 'NETWORK_COORDINATOR'], 'recordQualityReview');
    const reviewer = input.reviewerOrganizationId ?? actor.organizationId;
    access.requireOwnOrganization(reviewer, 'recordQualityReview');
    const reviewedOn = pastOrToday(input.reviewedOn, 'input.reviewedOn');
    const review = await this.deps.store.write(async (r) => {
      const [offer] = await r.offers.findByIds([input.offerId]);
      if (!offer) throw new NotFoundError('offer', 'offerId');
      const id = randomUUID();
      await r.qualityReviews.insert({
        id,
        offerId: offer.id,
        reviewerOrganizationId: reviewer as string,
        reviewedOn,
        reachScore: input.reachScore,
        completionScore: input.completionScore,
        transitionScore: input.transitionScore,
        feedbackScore: input.feedbackScore,
        summary: input.summary.trim(),
        ...createdStamp(actor),
      });
      return r.qualityReviews.findById(id);
    });
    this.deps.loaders.clearAll();
    return review as QualityReview;
  }
}
