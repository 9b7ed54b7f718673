import { type EntityManager, In } from 'typeorm';
import { QualityReview } from './quality-review.entity';

/** The only place that reads and writes quality reviews. */
export class QualityReviewRepository {
  constructor(private readonly manager: EntityManager) {}

  findByOffers(offerIds: readonly string[]): Promise<QualityReview[]> {
    return this.manager
      .getRepository(QualityReview)
      .find({ where: { offerId: In([...offerIds]) }, order: { reviewedOn: 'ASC', createdAt: 'ASC', id: 'ASC' } });
  }

  findById(id: string): Promise<QualityReview | null> {
    return this.manager.getRepository(QualityReview).findOneBy({ id });
  }

  async insert(review: Partial<QualityReview>): Promise<void> {
    await this.manager.getRepository(QualityReview).insert(review);
  }
}
