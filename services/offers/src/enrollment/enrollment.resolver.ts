import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { OffersContext } from '../offers.context';
import { Offer } from '../offer/offer.entity';
import { requireUuid } from '../offer/offer.service';
import { Person } from '../person/person.reference';
import { Enrollment } from './enrollment.entity';
import { ApplyForOfferInput, EnrollInOfferInput, RecordEnrollmentOutcomeInput, RejectApplicationInput, WithdrawEnrollmentInput } from './enrollment.input';

@Resolver(() => Enrollment)
export class EnrollmentResolver {
  @Query(() => Enrollment, { nullable: true, description: 'One enrollment by id; null when unknown.' })
  enrollment(@Arg('id', () => ID, { description: 'Id of the enrollment.' }) id: string, @Ctx() ctx: OffersContext): Promise<Enrollment | null> {
    return ctx.scope.enrollments.byId.load(requireUuid(id, 'id'));
  }

  @FieldResolver(() => Offer, { description: 'The offer the person takes part in.' })
  async offer(@Root() enrollment: Enrollment, @Ctx() ctx: OffersContext): Promise<Offer> {
    return (await ctx.scope.offers.byId.load(enrollment.offerId)) as Offer;
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The person taking part; null once the person was erased.' })
  person(@Root() enrollment: Enrollment): Person | null {
    return enrollment.personId ? { id: enrollment.personId } : null;
  }

  @Mutation(() => Enrollment, { description: 'Records an application (status APPLIED). Refused with OFFER_CANCELLED, OFFER_NOT_OPEN (finished offer), NOT_ELIGIBLE (extensions.rules names the unmet rules) or ALREADY_ENROLLED.' })
  applyForOffer(@Arg('input', () => ApplyForOfferInput, { description: 'The application.' }) input: ApplyForOfferInput, @Ctx() ctx: OffersContext): Promise<Enrollment> {
    return ctx.scope.enrollmentService.apply(input);
  }

  @Mutation(() => Enrollment, { description: 'Gives the person a seat (status ENROLLED). Refused with OFFER_CANCELLED, OFFER_NOT_OPEN (not open or running), NOT_ELIGIBLE, ALREADY_ENROLLED or OFFER_FULL; never overbooks, however many requests arrive at once.' })
  enrollInOffer(@Arg('input', () => EnrollInOfferInput, { description: 'The enrollment.' }) input: EnrollInOfferInput, @Ctx() ctx: OffersContext): Promise<Enrollment> {
    return ctx.scope.enrollmentService.enroll(input);
  }

  @Mutation(() => Enrollment, { description: 'Withdraws an open application or enrollment (status WITHDRAWN), freeing its seat; INVALID_ENROLLMENT_TRANSITION once it ended.' })
  withdrawEnrollment(@Arg('input', () => WithdrawEnrollmentInput, { description: 'The withdrawal.' }) input: WithdrawEnrollmentInput, @Ctx() ctx: OffersContext): Promise<Enrollment> {
    return ctx.scope.enrollmentService.withdraw(input);
  }

  @Mutation(() => Enrollment, { description: 'Turns an open application down (status REJECTED); INVALID_ENROLLMENT_TRANSITION for anything but an application.' })
  rejectApplication(@Arg('input', () => RejectApplicationInput, { description: 'The rejection.' }) input: RejectApplicationInput, @Ctx() ctx: OffersContext): Promise<Enrollment> {
    return ctx.scope.enrollmentService.reject(input);
  }

  @Mutation(() => Enrollment, { description: 'Records the outcome of a running enrollment (status COMPLETED, or DROPPED_OUT). Refused with OUTCOME_BEFORE_START or INVALID_ENROLLMENT_TRANSITION.' })
  recordEnrollmentOutcome(@Arg('input', () => RecordEnrollmentOutcomeInput, { description: 'The outcome.' }) input: RecordEnrollmentOutcomeInput, @Ctx() ctx: OffersContext): Promise<Enrollment> {
    return ctx.scope.enrollmentService.recordOutcome(input);
  }
}

export const enrollmentReference = {
  __resolveReference: (reference: { id: string }, ctx: OffersContext) => ctx.scope.enrollments.byId.load(reference.id),
};
