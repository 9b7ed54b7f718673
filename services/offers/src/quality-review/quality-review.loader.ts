import DataLoader from 'dataloader';
import { groupByKey } from '@gk/shared';
import type { QualityReview } from './quality-review.entity';
import type { QualityReviewRepository } from './quality-review.repository';

export function createQualityReviewLoaders(repository: QualityReviewRepository) {
  return {
    byOffer: new DataLoader<string, QualityReview[]>(async (ids) =>
      groupByKey(ids, await repository.findByOffers(ids), (r) => r.offerId),
    ),
  };
}
