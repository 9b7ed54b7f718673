import { assertUuid } from '@gk/shared';
import { Arg, Ctx, Directive, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { OffersContext } from '../offers.context';
import { Offer } from '../offer/offer.entity';
import { Person } from '../person/person.type';
import { Enrollment, type EnrollmentView } from './enrollment.entity';
import {
  ApplyForOfferInput,
  EnrollInOfferInput,
  RecordEnrollmentOutcomeInput,
  RejectApplicationInput,
  WithdrawEnrollmentInput,
} from './enrollment.input';

@Resolver(() => Enrollment)
export class EnrollmentResolver {
  @Query(() => Enrollment, {
    nullable: true,
    description:
      "One enrollment by id; null when unknown. Personal data: staff (role PROVIDER) of the offer's provider " +
      'organisation only, FORBIDDEN for everyone else; case managers see enrollments through the person.',
  })
  enrollment(
    @Arg('id', () => ID, { description: 'Id of the enrollment.' }) id: string,
    @Ctx() ctx: OffersContext,
  ): Promise<EnrollmentView | null> {
    return ctx.scope.services.enrollmentAccess.byId(assertUuid(id, 'id'), 'enrollment');
  }

  @FieldResolver(() => Offer, { description: 'The offer the person takes part in.' })
  async offer(@Root() enrollment: EnrollmentView, @Ctx() ctx: OffersContext): Promise<Offer> {
    return (await ctx.scope.loaders.offers.byId.load(enrollment.offerId)) as Offer;
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description:
      "The person taking part; null once the person was erased. The person's own fields are resolved by the persons " +
      'subgraph under its rules.',
  })
  person(@Root() enrollment: EnrollmentView): Person | null {
    return enrollment.personId ? { id: enrollment.personId } : null;
  }

  @Mutation(() => Enrollment, {
    description:
      "Records an application (status APPLIED). Case managers, or staff (PROVIDER) of the offer's provider " +
      'organisation; FORBIDDEN for others. The persons subgraph is asked, under your identity, about the person: ' +
      'BAD_USER_INPUT on input.personId when no person has the id, CONSENT_REQUIRED unless your organisation manages ' +
      'the person or holds an active consent for ENROLLMENT, SUBGRAPH_UNAVAILABLE (nothing changed) when it cannot ' +
      "be asked; the offer's rules are checked against the facts it holds. Refused with OFFER_CANCELLED, " +
      'OFFER_NOT_OPEN (finished offer), NOT_ELIGIBLE (extensions.rules names the unmet rules) or ALREADY_ENROLLED.',
  })
  applyForOffer(
    @Arg('input', () => ApplyForOfferInput, { description: 'The application.' }) input: ApplyForOfferInput,
    @Ctx() ctx: OffersContext,
  ): Promise<EnrollmentView> {
    return ctx.scope.services.enrollments.apply(input);
  }

  @Mutation(() => Enrollment, {
    description:
      "Gives the person a seat (status ENROLLED). Case managers, or staff (PROVIDER) of the offer's provider " +
      'organisation; FORBIDDEN for others. The persons subgraph is asked, under your identity, about the person: ' +
      'BAD_USER_INPUT on input.personId when no person has the id, CONSENT_REQUIRED unless your organisation manages ' +
      'the person or holds an active consent for ENROLLMENT, SUBGRAPH_UNAVAILABLE (nothing changed) when it cannot ' +
      "be asked; the offer's rules are checked against the facts it holds. Refused with OFFER_CANCELLED, " +
      'OFFER_NOT_OPEN (not open or running), NOT_ELIGIBLE, ALREADY_ENROLLED or OFFER_FULL; never overbooks, however ' +
      'many requests arrive at once.',
  })
  enrollInOffer(
    @Arg('input', () => EnrollInOfferInput, { description: 'The enrollment.' }) input: EnrollInOfferInput,
    @Ctx() ctx: OffersContext,
  ): Promise<EnrollmentView> {
    return ctx.scope.services.enrollments.enroll(input);
  }

  @Mutation(() => Enrollment, {
    description:
      'Withdraws an open application or enrollment (status WITHDRAWN), freeing its seat. Case managers, or staff ' +
      "(PROVIDER) of the offer's provider organisation; FORBIDDEN for others; INVALID_ENROLLMENT_TRANSITION once it " +
      'ended.',
  })
  withdrawEnrollment(
    @Arg('input', () => WithdrawEnrollmentInput, { description: 'The withdrawal.' }) input: WithdrawEnrollmentInput,
    @Ctx() ctx: OffersContext,
  ): Promise<EnrollmentView> {
    return ctx.scope.services.enrollments.withdraw(input);
  }

  @Mutation(() => Enrollment, {
    description:
      "Turns an open application down (status REJECTED). Staff (PROVIDER) of the offer's provider organisation only, " +
      'FORBIDDEN for others; INVALID_ENROLLMENT_TRANSITION for anything but an application.',
  })
  rejectApplication(
    @Arg('input', () => RejectApplicationInput, { description: 'The rejection.' }) input: RejectApplicationInput,
    @Ctx() ctx: OffersContext,
  ): Promise<EnrollmentView> {
    return ctx.scope.services.enrollments.reject(input);
  }

  @Mutation(() => Enrollment, {
    description:
      'Records the outcome of a running enrollment (status COMPLETED, or DROPPED_OUT). Staff (PROVIDER) of the ' +
      "offer's provider organisation only, FORBIDDEN for others. Refused with OUTCOME_BEFORE_START or " +
      'INVALID_ENROLLMENT_TRANSITION.',
  })
  recordEnrollmentOutcome(
    @Arg('input', () => RecordEnrollmentOutcomeInput, { description: 'The outcome.' })
    input: RecordEnrollmentOutcomeInput,
    @Ctx() ctx: OffersContext,
  ): Promise<EnrollmentView> {
    return ctx.scope.services.enrollments.recordOutcome(input);
  }

  @Mutation(() => Int, {
    description:
      "Internal, for the gateway's erasure sweep only (GDPR Art. 17): unlinks the person from all their enrollments, " +
      "which stay for the offers' figures. Returns how many were unlinked; 0 when nothing is linked any more.",
  })
  @Directive('@inaccessible')
  _erasePersonData(
    @Arg('personId', () => ID, { description: 'Id of the person to erase.' }) personId: string,
    @Ctx() ctx: OffersContext,
  ): Promise<number> {
    return ctx.scope.services.enrollments.erasePerson(assertUuid(personId, 'personId'));
  }
}

/** Other subgraphs get an enrollment under the same rule as `enrollment(id)`. */
export const enrollmentReference = {
  __resolveReference: (reference: { id: string }, ctx: OffersContext) =>
    ctx.scope.services.enrollmentAccess.byId(reference.id, 'Enrollment'),
};
