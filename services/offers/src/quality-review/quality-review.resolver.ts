import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Offer } from '../offer/offer.entity';
import type { OffersContext } from '../offers.context';
import { OrganizationRef } from '../references/organization.reference';
import { QualityReview } from './quality-review.entity';
import { RecordQualityReviewInput } from './quality-review.input';

@Resolver(() => QualityReview)
export class QualityReviewResolver {
  @FieldResolver(() => OrganizationRef, { description: 'The organisation that reviewed the offer.' })
  reviewer(@Root() review: QualityReview): OrganizationRef {
    return { id: review.reviewerOrganizationId };
  }

  @FieldResolver(() => Offer, { description: 'The reviewed offer.' })
  async offer(@Root() review: QualityReview, @Ctx() ctx: OffersContext): Promise<Offer> {
    return (await ctx.scope.loaders.offers.byId.load(review.offerId)) as Offer;
  }

  @Mutation(() => QualityReview, {
    description:
      "Records a quality review of an offer, in the name of the user's organisation. Roles CORE_GROUP and " +
      'NETWORK_COORDINATOR only; FORBIDDEN otherwise.',
  })
  recordQualityReview(
    @Arg('input', () => RecordQualityReviewInput, { description: 'The review.' }) input: RecordQualityReviewInput,
    @Ctx() ctx: OffersContext,
  ): Promise<QualityReview> {
    return ctx.scope.services.qualityReviews.record(input);
  }
}
