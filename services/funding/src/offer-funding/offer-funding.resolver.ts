import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { FundingContext } from '../funding.context';
import { Offer, OfferFunding } from './offer-funding.types';

@Resolver(() => Offer)
export class OfferFundingResolver {
  @FieldResolver(() => OfferFunding, { description: 'Funding of the offer: what was allocated to it.' })
  async funding(@Root() offer: Offer, @Ctx() ctx: FundingContext): Promise<OfferFunding> {
    return { allocated: await ctx.scope.offerFunding.allocatedByOffer.load(offer.id) };
  }
}

export const offerReference = {
  __resolveReference: (reference: { id: string }) => ({ id: reference.id }),
};
