import { randomUUID } from 'node:crypto';
import { BadUserInputError, createdStamp, DomainError, NotFoundError, updatedStamp } from '@gk/shared';
import { grant, type GrantedEnrollment } from '../access/offers-access';
import { laterOf, pastOrToday } from '../dates';
import { unmetRules, type EligibilityFacts } from '../eligibility/eligibility';
import { factsNeeded } from '../eligibility/person-facts.client';
import { OfferStatus, OFFER_STATUSES_TAKING_ENROLLMENTS } from '../offer/offer-status.enum';
import type { Offer } from '../offer/offer.entity';
import type { OffersServiceDeps } from '../offers.context';
import { alreadyEnrolled, offerFull, OffersErrorCode } from '../offers.errors';
import type { OffersRepositories } from '../offers.store';
import { EnrollmentOutcome } from './enrollment-outcome.enum';
import { EnrollmentStatus } from './enrollment-status.enum';
import type { Enrollment } from './enrollment.entity';
import type {
  ApplyForOfferInput,
  EnrollInOfferInput,
  RecordEnrollmentOutcomeInput,
  RejectApplicationInput,
  WithdrawEnrollmentInput,
} from './enrollment.input';

const OFFER_STATUSES_TAKING_APPLICATIONS = [OfferStatus.PLANNED, ...OFFER_STATUSES_TAKING_ENROLLMENTS];

function refuseClosedOffer(offer: Offer, accepted: readonly OfferStatus[]): void {
  if (offer.status === OfferStatus.CANCELLED)
    throw new DomainError(
      OffersErrorCode.OFFER_CANCELLED,
      'The offer is cancelled and takes no applications or enrollments.',
    );
  if (!accepted.includes(offer.status)) {
    throw new DomainError(
      OffersErrorCode.OFFER_NOT_OPEN,
      `An offer in status ${offer.status} takes no ` +
        `${accepted.includes(OfferStatus.PLANNED) ? 'applications' : 'enrollments'}.`,
      { status: offer.status },
    );
  }
}

/**
 * Decided on the facts persons gave. Should the offer's rules have changed since they were asked
 * for, a rule whose fact was not asked for sees it as not recorded and refuses: fail closed.
 */
function refuseIneligible(offer: Offer, facts: EligibilityFacts): void {
  const unmet = unmetRules(offer, facts);
  if (unmet.length > 0) {
    throw new DomainError(
      OffersErrorCode.NOT_ELIGIBLE,
      `The person does not meet the offer's rules: ${unmet.join(', ')}.`,
      { rules: unmet },
    );
  }
}

function invalidTransition(enrollment: Enrollment, action: string): DomainError {
  return new DomainError(
    OffersErrorCode.INVALID_ENROLLMENT_TRANSITION,
    `An enrollment in status ${enrollment.status} cannot be ${action}.`,
    { status: enrollment.status },
  );
}

/**
 * Applications, enrollments, withdrawals and outcomes. Every write locks the row it decides on, so
 * concurrent requests queue instead of racing.
 */
export class EnrollmentService {
  constructor(private readonly deps: OffersServiceDeps) {}

  private get access() {
    return this.deps.access;
  }

  private get purpose(): string | null {
    return this.deps.identity.purpose ?? null;
  }

  async apply(input: ApplyForOfferInput): Promise<GrantedEnrollment> {
    this.access.requireRole(['CASE_MANAGER', 'PROVIDER'], 'applyForOffer');
    const appliedOn = pastOrToday(input.appliedOn, 'input.appliedOn');
    const facts = await this.personFacts(input, OFFER_STATUSES_TAKING_APPLICATIONS, 'applyForOffer');
    return this.write(['status', 'appliedOn', 'offer'], async (r) => {
      const offer = await r.offers.lockById(input.offerId);
      if (!offer) throw new NotFoundError('offer', 'offerId');
      this.access.requireCaseManagerOrProviderOf(offer, 'applyForOffer');
      refuseClosedOffer(offer, OFFER_STATUSES_TAKING_APPLICATIONS);
      refuseIneligible(offer, facts);
      if (await r.enrollments.findActive(input.personId, offer.id)) throw alreadyEnrolled();
      const id = randomUUID();
      await r.enrollments.insert({
        id,
        personId: input.personId,
        offerId: offer.id,
        status: EnrollmentStatus.APPLIED,
        appliedOn,
        ...createdStamp(this.deps.actor),
      });
      return id;
    });
  }

  /**
   * Takes a seat: the offer's row lock serialises enrollments into one offer, and the database's seat
   * CHECK backs the count.
   */
  async enroll(input: EnrollInOfferInput): Promise<GrantedEnrollment> {
    this.access.requireRole(['CASE_MANAGER', 'PROVIDER'], 'enrollInOffer');
    const enrolledOn = pastOrToday(input.enrolledOn, 'input.enrolledOn');
    const facts = await this.personFacts(input, OFFER_STATUSES_TAKING_ENROLLMENTS, 'enrollInOffer');
    return this.write(['status', 'appliedOn', 'enrolledOn', 'offer'], async (r) => {
      const offer = await r.offers.lockById(input.offerId);
      if (!offer) throw new NotFoundError('offer', 'offerId');
      this.access.requireCaseManagerOrProviderOf(offer, 'enrollInOffer');
      refuseClosedOffer(offer, OFFER_STATUSES_TAKING_ENROLLMENTS);
      refuseIneligible(offer, facts);
      const active = await r.enrollments.findActive(input.personId, offer.id);
      if (active?.status === EnrollmentStatus.ENROLLED) throw alreadyEnrolled();
      if (offer.seatsTaken >= offer.seats) throw offerFull();
      if (active) {
        if (enrolledOn < active.appliedOn)
          throw new BadUserInputError('input.enrolledOn', 'must not be before the application');
        await r.enrollments.update(active.id, {
          status: EnrollmentStatus.ENROLLED,
          enrolledOn,
          ...updatedStamp(this.deps.actor),
        });
        return active.id;
      }
      const id = randomUUID();
      await r.enrollments.insert({
        id,
        personId: input.personId,
        offerId: offer.id,
        status: EnrollmentStatus.ENROLLED,
        appliedOn: enrolledOn,
        enrolledOn,
        ...createdStamp(this.deps.actor),
      });
      return id;
    });
  }

  withdraw(input: WithdrawEnrollmentInput): Promise<GrantedEnrollment> {
    this.access.requireRole(['CASE_MANAGER', 'PROVIDER'], 'withdrawEnrollment');
    const on = pastOrToday(input.withdrawnOn, 'input.withdrawnOn');
    return this.write(['status', 'endedOn', 'reason'], async (r) => {
      const enrollment = await this.lock(r, input.enrollmentId);
      const [offer] = await r.offers.findByIds([enrollment.offerId]);
      this.access.requireCaseManagerOrProviderOf(offer, 'withdrawEnrollment');
      if (enrollment.status !== EnrollmentStatus.APPLIED && enrollment.status !== EnrollmentStatus.ENROLLED)
        throw invalidTransition(enrollment, 'withdrawn');
      if (on < laterOf(enrollment.appliedOn, enrollment.enrolledOn ?? enrollment.appliedOn)) {
        throw new BadUserInputError('input.withdrawnOn', 'must not be before the application or the start');
      }
      await r.enrollments.update(enrollment.id, {
        status: EnrollmentStatus.WITHDRAWN,
        endedOn: on,
        reason: input.reason?.trim() ?? null,
        ...updatedStamp(this.deps.actor),
      });
      return enrollment.id;
    });
  }

  reject(input: RejectApplicationInput): Promise<GrantedEnrollment> {
    this.access.requireRole(['PROVIDER'], 'rejectApplication');
    const on = pastOrToday(input.rejectedOn, 'input.rejectedOn');
    return this.write(['status', 'endedOn', 'reason'], async (r) => {
      const enrollment = await this.lock(r, input.enrollmentId);
      const [offer] = await r.offers.findByIds([enrollment.offerId]);
      this.access.requireProviderOf(offer, 'rejectApplication');
      if (enrollment.status !== EnrollmentStatus.APPLIED) throw invalidTransition(enrollment, 'rejected');
      if (on < enrollment.appliedOn)
        throw new BadUserInputError('input.rejectedOn', 'must not be before the application');
      await r.enrollments.update(enrollment.id, {
        status: EnrollmentStatus.REJECTED,
        endedOn: on,
        reason: input.reason?.trim() ?? null,
        ...updatedStamp(this.deps.actor),
      });
      return enrollment.id;
    });
  }

  /** An outcome never precedes the start: neither the person's start nor the offer's first day. */
  recordOutcome(input: RecordEnrollmentOutcomeInput): Promise<GrantedEnrollment> {
    this.access.requireRole(['PROVIDER'], 'recordEnrollmentOutcome');
    const endedOn = pastOrToday(input.endedOn, 'input.endedOn');
    return this.write(['status', 'outcome', 'endedOn', 'reason'], async (r) => {
      const enrollment = await this.lock(r, input.enrollmentId);
      const [offer] = await r.offers.findByIds([enrollment.offerId]);
      this.access.requireProviderOf(offer, 'recordEnrollmentOutcome');
      if (enrollment.status !== EnrollmentStatus.ENROLLED) throw invalidTransition(enrollment, 'given an outcome');
      if (endedOn < laterOf(enrollment.enrolledOn as string, offer.startDate)) {
        throw new DomainError(
          OffersErrorCode.OUTCOME_BEFORE_START,
          'An outcome cannot be dated before the start of the enrollment or of the offer.',
          { field: 'input.endedOn' },
        );
      }
      const status =
        input.outcome === EnrollmentOutcome.DROPPED_OUT ? EnrollmentStatus.DROPPED_OUT : EnrollmentStatus.COMPLETED;
      await r.enrollments.update(enrollment.id, {
        status,
        outcome: input.outcome,
        endedOn,
        reason: input.reason?.trim() ?? null,
        ...updatedStamp(this.deps.actor),
      });
      return enrollment.id;
    });
  }

  /**
   * Asks persons, before the transaction, whether the person exists, whether the user may act for
   * them, and for the facts the offer's rules need. Asked outside the transaction so no row lock
   * waits on another service; the checks that need no person (the offer exists, the user's role,
   * the offer takes them) come first, so a refused write never reads a person's data. The locked
   * row is checked again inside the transaction.
   */
  private async personFacts(
    input: { offerId: string; personId: string },
    accepted: readonly OfferStatus[],
    action: string,
  ): Promise<EligibilityFacts> {
    const offer = await this.deps.loaders.offers.byId.load(input.offerId);
    if (!offer) throw new NotFoundError('offer', 'offerId');
    this.access.requireCaseManagerOrProviderOf(offer, action);
    refuseClosedOffer(offer, accepted);
    return this.deps.persons.factsFor(input.personId, factsNeeded(offer), action);
  }

  private async lock(r: OffersRepositories, id: string): Promise<Enrollment> {
    const enrollment = await r.enrollments.lockById(id);
    if (!enrollment) throw new NotFoundError('enrollment', 'enrollmentId');
    return enrollment;
  }

  /**
   * Erasure (GDPR Art. 17), for the gateway's sweep only: unlinks the person from every enrollment,
   * with its ERASE entry in the same transaction. Idempotent: 0 once nothing is linked any more.
   */
  async erasePerson(personId: string): Promise<number> {
    this.access.requireSystem('_erasePersonData');
    const unlinked = await this.deps.store.write(async (r, trail) => {
      const count = await r.enrollments.unlinkPerson(personId, this.deps.actor);
      await trail([{ entity: 'Enrollment', personRef: personId, fields: ['person'], purpose: this.purpose }], 'ERASE');
      return count;
    });
    this.deps.loaders.clearAll();
    return unlinked;
  }

  /**
   * Runs the change, records it in the audit trail in the same transaction, and returns the
   * enrollment for the user who made it.
   */
  private async write(
    fields: readonly string[],
    work: (r: OffersRepositories) => Promise<string>,
  ): Promise<GrantedEnrollment> {
    const enrollment = await this.deps.store.write(async (r, trail) => {
      const changed = (await r.enrollments.findById(await work(r))) as Enrollment;
      if (changed.personId)
        await trail([{ entity: 'Enrollment', personRef: changed.personId, fields, purpose: this.purpose }]);
      return changed;
    });
    this.deps.loaders.clearAll();
    return grant(enrollment);
  }
}
