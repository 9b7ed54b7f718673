import { randomUUID } from 'node:crypto';
import { BadUserInputError, DomainError, NotFoundError, type Actor } from '@gk/shared';
import { unmetRules } from '../eligibility/eligibility';
import type { EnrollmentPersonFactsInput } from '../eligibility/eligibility.input';
import { laterOf, pastOrToday } from '../dates';
import { OfferStatus, OFFER_STATUSES_TAKING_ENROLLMENTS } from '../offer/offer-status.enum';
import type { Offer } from '../offer/offer.entity';
import { alreadyEnrolled, offerFull, OffersErrorCode } from '../offers.errors';
import type { OffersRepositories, Transaction } from '../offers.transaction';
import { EnrollmentOutcome } from './enrollment-outcome.enum';
import { EnrollmentStatus } from './enrollment-status.enum';
import type { Enrollment } from './enrollment.entity';
import type { ApplyForOfferInput, EnrollInOfferInput, RecordEnrollmentOutcomeInput, RejectApplicationInput, WithdrawEnrollmentInput } from './enrollment.input';

const OFFER_STATUSES_TAKING_APPLICATIONS = [OfferStatus.PLANNED, ...OFFER_STATUSES_TAKING_ENROLLMENTS];

function refuseClosedOffer(offer: Offer, accepted: readonly OfferStatus[]): void {
  if (offer.status === OfferStatus.CANCELLED) throw new DomainError(OffersErrorCode.OFFER_CANCELLED, 'The offer is cancelled and takes no applications or enrollments.');
  if (!accepted.includes(offer.status)) {
    throw new DomainError(OffersErrorCode.OFFER_NOT_OPEN, `An offer in status ${offer.status} takes no ${accepted.includes(OfferStatus.PLANNED) ? 'applications' : 'enrollments'}.`, { status: offer.status });
  }
}

function refuseIneligible(offer: Offer, facts: EnrollmentPersonFactsInput): void {
  const unmet = unmetRules(offer, {
    age: facts.age,
    germanLevel: facts.germanLevel ?? null,
    residenceStatus: facts.residenceStatus ?? null,
    benefitRegime: facts.benefitRegime ?? null,
  });
  if (unmet.length > 0) {
    throw new DomainError(OffersErrorCode.NOT_ELIGIBLE, `The person does not meet the offer's rules: ${unmet.join(', ')}.`, { rules: unmet });
  }
}

function invalidTransition(enrollment: Enrollment, action: string): DomainError {
  return new DomainError(OffersErrorCode.INVALID_ENROLLMENT_TRANSITION, `An enrollment in status ${enrollment.status} cannot be ${action}.`, { status: enrollment.status });
}

/** Applications, enrollments, withdrawals and outcomes. Every write locks the row it decides on, so concurrent requests queue instead of racing. */
export class EnrollmentService {
  constructor(
    private readonly transaction: Transaction,
    private readonly actor: Actor,
    private readonly invalidate: () => void,
  ) {}

  apply(input: ApplyForOfferInput): Promise<Enrollment> {
    const appliedOn = pastOrToday(input.appliedOn, 'input.appliedOn');
    return this.write(async (r) => {
      const offer = await r.offers.lockById(input.offerId);
      if (!offer) throw new NotFoundError('offer', 'offerId');
      refuseClosedOffer(offer, OFFER_STATUSES_TAKING_APPLICATIONS);
      refuseIneligible(offer, input.person);
      if (await r.enrollments.findActive(input.personId, offer.id)) throw alreadyEnrolled();
      const id = randomUUID();
      await r.enrollments.insert({ id, personId: input.personId, offerId: offer.id, status: EnrollmentStatus.APPLIED, appliedOn, ...this.stamp(true) });
      return id;
    });
  }

  /** Takes a seat: the offer's row lock serialises enrollments into one offer, and the database's seat CHECK backs the count. */
  enroll(input: EnrollInOfferInput): Promise<Enrollment> {
    const enrolledOn = pastOrToday(input.enrolledOn, 'input.enrolledOn');
    return this.write(async (r) => {
      const offer = await r.offers.lockById(input.offerId);
      if (!offer) throw new NotFoundError('offer', 'offerId');
      refuseClosedOffer(offer, OFFER_STATUSES_TAKING_ENROLLMENTS);
      refuseIneligible(offer, input.person);
      const active = await r.enrollments.findActive(input.personId, offer.id);
      if (active?.status === EnrollmentStatus.ENROLLED) throw alreadyEnrolled();
      if (offer.seatsTaken >= offer.seats) throw offerFull();
      if (active) {
        if (enrolledOn < active.appliedOn) throw new BadUserInputError('input.enrolledOn', 'must not be before the application');
        await r.enrollments.update(active.id, { status: EnrollmentStatus.ENROLLED, enrolledOn, ...this.stamp(false) });
        return active.id;
      }
      const id = randomUUID();
      await r.enrollments.insert({ id, personId: input.personId, offerId: offer.id, status: EnrollmentStatus.ENROLLED, appliedOn: enrolledOn, enrolledOn, ...this.stamp(true) });
      return id;
    });
  }

  withdraw(input: WithdrawEnrollmentInput): Promise<Enrollment> {
    const on = pastOrToday(input.withdrawnOn, 'input.withdrawnOn');
    return this.write(async (r) => {
      const enrollment = await this.lock(r, input.enrollmentId);
      if (enrollment.status !== EnrollmentStatus.APPLIED && enrollment.status !== EnrollmentStatus.ENROLLED) throw invalidTransition(enrollment, 'withdrawn');
      if (on < laterOf(enrollment.appliedOn, enrollment.enrolledOn ?? enrollment.appliedOn)) {
        throw new BadUserInputError('input.withdrawnOn', 'must not be before the application or the start');
      }
      await r.enrollments.update(enrollment.id, { status: EnrollmentStatus.WITHDRAWN, endedOn: on, reason: input.reason?.trim() ?? null, ...this.stamp(false) });
      return enrollment.id;
    });
  }

  reject(input: RejectApplicationInput): Promise<Enrollment> {
    const on = pastOrToday(input.rejectedOn, 'input.rejectedOn');
    return this.write(async (r) => {
      const enrollment = await this.lock(r, input.enrollmentId);
      if (enrollment.status !== EnrollmentStatus.APPLIED) throw invalidTransition(enrollment, 'rejected');
      if (on < enrollment.appliedOn) throw new BadUserInputError('input.rejectedOn', 'must not be before the application');
      await r.enrollments.update(enrollment.id, { status: EnrollmentStatus.REJECTED, endedOn: on, reason: input.reason?.trim() ?? null, ...this.stamp(false) });
      return enrollment.id;
    });
  }

  /** An outcome never precedes the start: neither the person's start nor the offer's first day. */
  recordOutcome(input: RecordEnrollmentOutcomeInput): Promise<Enrollment> {
    const endedOn = pastOrToday(input.endedOn, 'input.endedOn');
    return this.write(async (r) => {
      const enrollment = await this.lock(r, input.enrollmentId);
      if (enrollment.status !== EnrollmentStatus.ENROLLED) throw invalidTransition(enrollment, 'given an outcome');
      const [offer] = await r.offers.findByIds([enrollment.offerId]);
      if (endedOn < laterOf(enrollment.enrolledOn as string, offer.startDate)) {
        throw new DomainError(OffersErrorCode.OUTCOME_BEFORE_START, "An outcome cannot be dated before the start of the enrollment or of the offer.", { field: 'input.endedOn' });
      }
      const status = input.outcome === EnrollmentOutcome.DROPPED_OUT ? EnrollmentStatus.DROPPED_OUT : EnrollmentStatus.COMPLETED;
      await r.enrollments.update(enrollment.id, { status, outcome: input.outcome, endedOn, reason: input.reason?.trim() ?? null, ...this.stamp(false) });
      return enrollment.id;
    });
  }

  private async lock(r: OffersRepositories, id: string): Promise<Enrollment> {
    const enrollment = await r.enrollments.lockById(id);
    if (!enrollment) throw new NotFoundError('enrollment', 'enrollmentId');
    return enrollment;
  }

  private stamp(created: boolean): Partial<Enrollment> {
    const updated = { updatedBy: this.actor.subject, updatedByOrganizationId: this.actor.organizationId };
    return created ? { ...updated, createdBy: this.actor.subject, createdByOrganizationId: this.actor.organizationId } : updated;
  }

  private async write(work: (r: OffersRepositories) => Promise<string>): Promise<Enrollment> {
    const enrollment = await this.transaction(async (r) => r.enrollments.findById(await work(r)));
    this.invalidate();
    return enrollment as Enrollment;
  }
}
