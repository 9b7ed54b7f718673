import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { FundingContext } from '../funding.context';
import { Offer, OfferFunding } from './offer-funding.types';

@Resolver(() => Offer)
export class OfferFundingResolver {
  @FieldResolver(() => OfferFunding, {
    nullable: true,
    description:
      'Funding of the offer: allocated, spent and remaining, by source and by programme. Providers, finance ' +
      'officers and core-group analysts only; for others null with a FORBIDDEN error.',
  })
  funding(
    @Root() offer: Offer,
    @Arg('fiscalYear', () => Int, { nullable: true, description: 'Only this fiscal year; all years when left out.' })
    fiscalYear: number | null,
    @Ctx() ctx: FundingContext,
  ): Promise<OfferFunding> {
    return ctx.scope.services.offerFunding.fundingOf(offer.id, fiscalYear);
  }
}

/** Any offer id has funding (none when nothing is booked), so the reference is just the key. */
export const offerReference = {
  __resolveReference: (reference: { id: string }): Offer => ({ id: reference.id }),
};
