import { randomUUID } from 'node:crypto';
import { actorOf, NotFoundError, requireOwnOrganization, requireRole, type Identity } from '@gk/shared';
import { pastOrToday } from '../dates';
import type { Transaction } from '../offers.transaction';
import type { QualityReview } from './quality-review.entity';
import type { RecordQualityReviewInput } from './quality-review.input';

/** Quality reviews of offers. */
export class QualityReviewService {
  constructor(
    private readonly transaction: Transaction,
    private readonly identity: Identity,
    private readonly invalidate: () => void,
  ) {}

  /** Reviews are given by the core group or the network coordination, always in the name of the user's own organisation. */
  async record(input: RecordQualityReviewInput): Promise<QualityReview> {
    requireRole(this.identity, ['CORE_GROUP', 'NETWORK_COORDINATOR'], 'recordQualityReview');
    const reviewer = input.reviewerOrganizationId ?? this.identity.organizationId;
    requireOwnOrganization(this.identity, reviewer, 'recordQualityReview');
    const reviewedOn = pastOrToday(input.reviewedOn, 'input.reviewedOn');
    const actor = actorOf(this.identity);
    const review = await this.transaction(async (r) => {
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
        createdBy: actor.subject,
        createdByOrganizationId: actor.organizationId,
      });
      return r.qualityReviews.findById(id);
    });
    this.invalidate();
    return review as QualityReview;
  }
}
