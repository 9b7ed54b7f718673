import { randomUUID } from 'node:crypto';
import { BadUserInputError, NotFoundError, type Actor } from '@gk/shared';
import { pastOrToday } from '../dates';
import type { Transaction } from '../offers.transaction';
import type { QualityReview } from './quality-review.entity';
import type { RecordQualityReviewInput } from './quality-review.input';

/** Quality reviews of offers. */
export class QualityReviewService {
  constructor(
    private readonly transaction: Transaction,
    private readonly actor: Actor,
    private readonly invalidate: () => void,
  ) {}

  async record(input: RecordQualityReviewInput): Promise<QualityReview> {
    const reviewedOn = pastOrToday(input.reviewedOn, 'input.reviewedOn');
    const reviewer = input.reviewerOrganizationId ?? this.actor.organizationId;
    if (!reviewer) throw new BadUserInputError('input.reviewerOrganizationId', 'is required when the caller belongs to no organisation');
    const review = await this.transaction(async (r) => {
      const [offer] = await r.offers.findByIds([input.offerId]);
      if (!offer) throw new NotFoundError('offer', 'offerId');
      const id = randomUUID();
      await r.qualityReviews.insert({
        id,
        offerId: offer.id,
        reviewerOrganizationId: reviewer,
        reviewedOn,
        reachScore: input.reachScore,
        completionScore: input.completionScore,
        transitionScore: input.transitionScore,
        feedbackScore: input.feedbackScore,
        summary: input.summary.trim(),
        createdBy: this.actor.subject,
        createdByOrganizationId: this.actor.organizationId,
      });
      return r.qualityReviews.findById(id);
    });
    this.invalidate();
    return review as QualityReview;
  }
}
