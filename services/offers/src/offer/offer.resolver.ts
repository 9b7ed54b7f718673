import { assertUuid } from '@gk/shared';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Enrollment, type EnrollmentView } from '../enrollment/enrollment.entity';
import { EnrollmentStatus } from '../enrollment/enrollment-status.enum';
import type { OffersContext } from '../offers.context';
import { QualityReview } from '../quality-review/quality-review.entity';
import { MunicipalityRef } from '../references/municipality.reference';
import { OrganizationRef } from '../references/organization.reference';
import { Offer } from './offer.entity';
import {
  CancelOfferInput,
  CreateOfferInput,
  OfferFilterInput,
  OfferStatusChangeInput,
  UpdateOfferInput,
} from './offer.input';
import { OfferEligibilityRules, OfferFigures, OfferPage } from './offer.types';

@Resolver(() => Offer)
export class OfferResolver {
  @Query(() => Offer, { nullable: true, description: 'One offer by id; null when unknown.' })
  offer(
    @Arg('id', () => ID, { description: 'Id of the offer.' }) id: string,
    @Ctx() ctx: OffersContext,
  ): Promise<Offer | null> {
    return ctx.scope.loaders.offers.byId.load(assertUuid(id, 'id'));
  }

  @Query(() => OfferPage, { description: 'Offers ordered by start date, a page at a time.' })
  offers(
    @Arg('filter', () => OfferFilterInput, { nullable: true, description: 'Criteria the offers must meet.' }) filter:
      | OfferFilterInput
      | undefined,
    @Arg('first', () => Int, {
      nullable: true,
      description: 'Page size; default 20, capped at the largest page size (setting MAX_PAGE_SIZE).',
    })
    first: number | undefined,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page.' }) after:
      | string
      | undefined,
    @Ctx() ctx: OffersContext,
  ): Promise<OfferPage> {
    return ctx.scope.services.offers.page(filter, first, after);
  }

  @FieldResolver(() => OrganizationRef, { description: 'The organisation that runs the offer.' })
  provider(@Root() offer: Offer): OrganizationRef {
    return { id: offer.providerId };
  }

  @FieldResolver(() => MunicipalityRef, {
    description: 'The municipality where the offer takes place (a Kreis for an offer of the whole Kreis).',
  })
  municipality(@Root() offer: Offer): MunicipalityRef {
    return { ags: offer.municipalityAgs };
  }

  @FieldResolver(() => OfferEligibilityRules, { description: 'Who the offer admits.' })
  eligibility(@Root() offer: Offer): OfferEligibilityRules {
    return {
      minAge: offer.minAge,
      maxAge: offer.maxAge,
      residenceStatuses: offer.residenceStatuses,
      benefitRegimes: offer.benefitRegimes,
      minGermanLevel: offer.minGermanLevel,
    };
  }

  @FieldResolver(() => OfferFigures, {
    description: 'Seats, demand, occupancy, completion and transition rate of the offer.',
  })
  figures(@Root() offer: Offer, @Ctx() ctx: OffersContext): Promise<OfferFigures> {
    return ctx.scope.services.offers.figures(offer);
  }

  @FieldResolver(() => [Enrollment], {
    nullable: true,
    description:
      "Enrollments in the offer, oldest application first. Personal data: staff (role PROVIDER) of the offer's " +
      'provider organisation only; null with FORBIDDEN for everyone else. The persons behind them are resolved by ' +
      'the persons subgraph under its rules.',
  })
  enrollments(
    @Root() offer: Offer,
    @Arg('status', () => EnrollmentStatus, { nullable: true, description: 'Only enrollments in this status.' }) status:
      | EnrollmentStatus
      | undefined,
    @Ctx() ctx: OffersContext,
  ): Promise<EnrollmentView[]> {
    return ctx.scope.services.enrollmentAccess.ofOffer(offer, status);
  }

  @FieldResolver(() => [QualityReview], { description: 'Quality reviews of the offer, oldest first.' })
  qualityReviews(@Root() offer: Offer, @Ctx() ctx: OffersContext): Promise<QualityReview[]> {
    return ctx.scope.loaders.qualityReviews.byOffer.load(offer.id);
  }

  @Mutation(() => Offer, {
    description:
      'Creates an offer in status PLANNED. Staff (role PROVIDER) of the provider organisation only: providerId must ' +
      "be the user's organisation; FORBIDDEN otherwise.",
  })
  createOffer(
    @Arg('input', () => CreateOfferInput, { description: 'The offer.' }) input: CreateOfferInput,
    @Ctx() ctx: OffersContext,
  ): Promise<Offer> {
    return ctx.scope.services.offers.create(input);
  }

  @Mutation(() => Offer, {
    description:
      'Changes an offer that is not finished or cancelled. Refused with SEATS_BELOW_TAKEN when fewer seats than ' +
      "taken are asked for, OFFER_CLOSED for a finished or cancelled offer. Staff (role PROVIDER) of the offer's " +
      'provider organisation only; FORBIDDEN otherwise.',
  })
  updateOffer(
    @Arg('input', () => UpdateOfferInput, { description: 'The changes.' }) input: UpdateOfferInput,
    @Ctx() ctx: OffersContext,
  ): Promise<Offer> {
    return ctx.scope.services.offers.update(input);
  }

  @Mutation(() => Offer, {
    description:
      'Opens a planned offer for enrollment (PLANNED to OPEN); INVALID_OFFER_TRANSITION otherwise. Staff (role ' +
      "PROVIDER) of the offer's provider organisation only; FORBIDDEN otherwise.",
  })
  openOffer(
    @Arg('input', () => OfferStatusChangeInput, { description: 'The offer.' }) input: OfferStatusChangeInput,
    @Ctx() ctx: OffersContext,
  ): Promise<Offer> {
    return ctx.scope.services.offers.open(input.offerId);
  }

  @Mutation(() => Offer, {
    description:
      'Marks a planned or open offer as running; INVALID_OFFER_TRANSITION otherwise. Staff (role PROVIDER) of the ' +
      "offer's provider organisation only; FORBIDDEN otherwise.",
  })
  startOffer(
    @Arg('input', () => OfferStatusChangeInput, { description: 'The offer.' }) input: OfferStatusChangeInput,
    @Ctx() ctx: OffersContext,
  ): Promise<Offer> {
    return ctx.scope.services.offers.start(input.offerId);
  }

  @Mutation(() => Offer, {
    description:
      "Marks a running offer as finished; INVALID_OFFER_TRANSITION otherwise. Staff (role PROVIDER) of the offer's " +
      'provider organisation only; FORBIDDEN otherwise.',
  })
  finishOffer(
    @Arg('input', () => OfferStatusChangeInput, { description: 'The offer.' }) input: OfferStatusChangeInput,
    @Ctx() ctx: OffersContext,
  ): Promise<Offer> {
    return ctx.scope.services.offers.finish(input.offerId);
  }

  @Mutation(() => Offer, {
    description:
      'Cancels an offer that is not finished; its open applications and enrollments are withdrawn and their seats ' +
      "freed. A cancelled offer takes no enrollments. Staff (role PROVIDER) of the offer's provider organisation " +
      'only; FORBIDDEN otherwise.',
  })
  cancelOffer(
    @Arg('input', () => CancelOfferInput, { description: 'The offer and the reason.' }) input: CancelOfferInput,
    @Ctx() ctx: OffersContext,
  ): Promise<Offer> {
    return ctx.scope.services.offers.cancel(input);
  }
}

export const offerReference = {
  __resolveReference: (reference: { id: string }, ctx: OffersContext) =>
    ctx.scope.loaders.offers.byId.load(reference.id),
};
