import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { BadUserInputError } from '@gk/shared';
import type { OffersContext } from '../offers.context';
import { MunicipalityRef } from '../references/municipality.reference';
import { OrganizationRef } from '../references/organization.reference';
import { Offer } from './offer.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Resolver(() => Offer)
export class OfferResolver {
  @Query(() => Offer, { nullable: true, description: 'One offer by id; null when unknown.' })
  offer(@Arg('id', () => ID, { description: 'Id of the offer.' }) id: string, @Ctx() ctx: OffersContext): Promise<Offer | null> {
    if (!UUID.test(id)) throw new BadUserInputError('id', 'must be a UUID');
    return ctx.scope.offers.byId.load(id);
  }

  @FieldResolver(() => OrganizationRef, { description: 'The organisation that runs the offer.' })
  provider(@Root() offer: Offer): OrganizationRef {
    return { id: offer.providerId };
  }

  @FieldResolver(() => MunicipalityRef, { description: 'The municipality where the offer takes place.' })
  municipality(@Root() offer: Offer): MunicipalityRef {
    return { ags: offer.municipalityAgs };
  }
}

export const offerReference = {
  __resolveReference: (reference: { id: string }, ctx: OffersContext) => ctx.scope.offers.byId.load(reference.id),
};
