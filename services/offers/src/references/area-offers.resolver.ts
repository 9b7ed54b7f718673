import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { OfferStatus } from '../offer/offer-status.enum';
import { Offer } from '../offer/offer.entity';
import { OfferSeatFigures } from '../offer/offer.types';
import type { OffersContext } from '../offers.context';
import { MunicipalityRef } from './municipality.reference';
import { OrganizationRef } from './organization.reference';

const withStatus = (offers: Offer[], status: OfferStatus | undefined) =>
  status ? offers.filter((o) => o.status === status) : offers;

@Resolver(() => MunicipalityRef)
export class MunicipalityOffersResolver {
  @FieldResolver(() => [Offer], {
    description:
      'Offers in the municipality; for a Kreis also those of its member municipalities. Ordered by start date, then ' +
      'title.',
  })
  async offers(
    @Root() municipality: MunicipalityRef,
    @Arg('status', () => OfferStatus, { nullable: true, description: 'Only offers in this status.' }) status:
      | OfferStatus
      | undefined,
    @Ctx() ctx: OffersContext,
  ): Promise<Offer[]> {
    return withStatus(await ctx.scope.loaders.offers.inArea.load(municipality.ags), status);
  }

  @FieldResolver(() => [OfferSeatFigures], {
    description:
      'Seats, taken and free per offer category over planned, open and running offers in the municipality (for a ' +
      'Kreis with its members); categories without offers are left out. Taken and free count persons: null with ' +
      'FORBIDDEN for the core group, which reads them protected in AreaIndicators.offerLandscape.',
  })
  offerSeatFigures(@Root() municipality: MunicipalityRef, @Ctx() ctx: OffersContext): Promise<OfferSeatFigures[]> {
    return ctx.scope.services.offers.seatFigures(municipality.ags);
  }
}

@Resolver(() => OrganizationRef)
export class OrganizationOffersResolver {
  @FieldResolver(() => [Offer], { description: 'Offers the organisation runs, ordered by start date, then title.' })
  async offers(
    @Root() organization: OrganizationRef,
    @Arg('status', () => OfferStatus, { nullable: true, description: 'Only offers in this status.' }) status:
      | OfferStatus
      | undefined,
    @Ctx() ctx: OffersContext,
  ): Promise<Offer[]> {
    return withStatus(await ctx.scope.loaders.offers.byProvider.load(organization.id), status);
  }
}
