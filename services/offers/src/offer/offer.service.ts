import { randomUUID } from 'node:crypto';
import {
  BadUserInputError,
  createdStamp,
  decodeCursor,
  DomainError,
  encodeCursor,
  NotFoundError,
  type AuditTrail,
  type PageInfo,
  pageSize,
  todayIso,
  updatedStamp,
} from '@gk/shared';
import type { OffersServiceDeps } from '../offers.context';
import { OffersErrorCode } from '../offers.errors';
import type { OffersRepositories } from '../offers.store';
import { OfferTargetOutcome } from './offer-target-outcome.enum';
import { OfferStatus } from './offer-status.enum';
import type { Offer } from './offer.entity';
import type {
  CancelOfferInput,
  CreateOfferInput,
  OfferEligibilityRulesInput,
  OfferFilterInput,
  UpdateOfferInput,
} from './offer.input';
import type { OfferFigures, OfferPage, OfferSeatFigures } from './offer.types';

const CURSOR = /^(\d{4}-\d{2}-\d{2})\|([0-9a-f-]{36})$/;

type Action = 'open' | 'start' | 'finish' | 'cancel';
const TRANSITIONS: Record<Action, { from: OfferStatus[]; to: OfferStatus }> = {
  open: { from: [OfferStatus.PLANNED], to: OfferStatus.OPEN },
  start: { from: [OfferStatus.PLANNED, OfferStatus.OPEN], to: OfferStatus.RUNNING },
  finish: { from: [OfferStatus.RUNNING], to: OfferStatus.FINISHED },
  cancel: { from: [OfferStatus.PLANNED, OfferStatus.OPEN, OfferStatus.RUNNING], to: OfferStatus.CANCELLED },
};

const CLOSED = [OfferStatus.FINISHED, OfferStatus.CANCELLED];

/** Rules an offer must keep whatever changed: checked on the merged result, before anything is written. */
function checkOfferShape(
  offer: Pick<Offer, 'startDate' | 'endDate' | 'minAge' | 'maxAge' | 'targetOutcome' | 'targetGermanLevel'>,
): void {
  if (offer.endDate < offer.startDate) throw new BadUserInputError('input.endDate', 'must not be before startDate');
  if (offer.minAge > offer.maxAge) throw new BadUserInputError('input.eligibility.maxAge', 'must not be below minAge');
  const languageTarget = offer.targetOutcome === OfferTargetOutcome.LANGUAGE_LEVEL;
  if (languageTarget && offer.targetGermanLevel == null)
    throw new BadUserInputError('input.targetGermanLevel', 'is required when targetOutcome is LANGUAGE_LEVEL');
  if (!languageTarget && offer.targetGermanLevel != null)
    throw new BadUserInputError('input.targetGermanLevel', 'is only allowed when targetOutcome is LANGUAGE_LEVEL');
}

function rules(input: OfferEligibilityRulesInput | undefined): Partial<Offer> {
  if (!input) return {};
  const changes: Partial<Offer> = {};
  if (input.minAge != null) changes.minAge = input.minAge;
  if (input.maxAge != null) changes.maxAge = input.maxAge;
  if (input.residenceStatuses != null) changes.residenceStatuses = input.residenceStatuses;
  if (input.benefitRegimes != null) changes.benefitRegimes = input.benefitRegimes;
  if (input.minGermanLevel !== undefined) changes.minGermanLevel = input.minGermanLevel;
  return changes;
}

const rate = (part: number, whole: number, minGroup: number): number | null =>
  whole >= minGroup ? part / whole : null;

/** Offers: the catalogue, its lifecycle and its changes. */
export class OfferService {
  constructor(private readonly deps: OffersServiceDeps) {}

  async page(
    filter: OfferFilterInput | undefined,
    first: number | undefined,
    after: string | undefined,
  ): Promise<OfferPage> {
    const limit = pageSize(first, this.deps.settings.maxPageSize);
    let position: { startDate: string; id: string } | null = null;
    if (after != null) {
      const m = CURSOR.exec(decodeCursor(after));
      if (!m) throw new BadUserInputError('after', 'is not a cursor this service issued');
      position = { startDate: m[1], id: m[2] };
    }
    const rows = await this.deps.store.read.offers.findPage(filter ?? {}, position, limit);
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    const pageInfo: PageInfo = {
      hasNextPage: rows.length > limit,
      endCursor: last ? encodeCursor(`${last.startDate}|${last.id}`) : null,
    };
    return { items, pageInfo };
  }

  /**
   * Seats, demand and rates of an offer. Counts of persons only for those who may read them exactly;
   * rates over fewer ended enrollments than the smallest group are left out.
   */
  async figures(offer: Offer): Promise<OfferFigures> {
    const counts = await this.deps.loaders.enrollments.figuresByOffer.load(offer.id);
    const ended = counts?.ended ?? 0;
    const minGroup = this.deps.settings.minGroupSize;
    return {
      seats: offer.seats,
      counts: this.deps.access.mayReadExactSeatCounts(offer.providerId)
        ? {
            taken: offer.seatsTaken,
            free: offer.seats - offer.seatsTaken,
            applicants: counts?.applicants ?? 0,
            occupancy: offer.seatsTaken / offer.seats,
          }
        : null,
      completionRate: rate(counts?.completed ?? 0, ended, minGroup),
      transitionRate: rate(counts?.progressed ?? 0, ended, minGroup),
    };
  }

  /** Seats per offer category in an area; the taken seats only for those who may read them exactly. */
  async seatFigures(ags: string): Promise<OfferSeatFigures[]> {
    const rows = await this.deps.loaders.offers.seatFiguresByArea.load(ags);
    const exact = this.deps.access.mayReadExactSeatCounts(null);
    return rows.map((r) => ({
      category: r.category,
      offers: r.offers,
      seats: r.seats,
      takenSeats: exact ? r.taken : null,
    }));
  }

  async create(input: CreateOfferInput): Promise<Offer> {
    this.deps.access.requireRole(['PROVIDER'], 'createOffer');
    this.deps.access.requireOwnOrganization(input.providerId, 'createOffer');
    const id = randomUUID();
    const offer: Partial<Offer> = {
      id,
      title: input.title.trim(),
      description: input.description ?? '',
      category: input.category,
      targetOutcome: input.targetOutcome,
      targetGermanLevel: input.targetGermanLevel ?? null,
      providerId: input.providerId,
      municipalityAgs: input.municipalityAgs,
      startDate: input.startDate,
      endDate: input.endDate,
      hoursPerWeek: input.hoursPerWeek ?? null,
      seats: input.seats,
      status: OfferStatus.PLANNED,
      minAge: 18,
      maxAge: 27,
      residenceStatuses: [],
      benefitRegimes: [],
      minGermanLevel: null,
      ...rules(input.eligibility),
      ...createdStamp(this.deps.actor),
    };
    checkOfferShape(offer as Offer);
    return this.write(async (r) => {
      await r.offers.insert(offer);
      return id;
    });
  }

  async update(input: UpdateOfferInput): Promise<Offer> {
    this.deps.access.requireRole(['PROVIDER'], 'updateOffer');
    return this.write(async (r) => {
      const current = await r.offers.lockById(input.offerId);
      if (!current) throw new NotFoundError('offer', 'offerId');
      this.deps.access.requireProviderOf(current, 'updateOffer');
      if (CLOSED.includes(current.status)) {
        throw new DomainError(OffersErrorCode.OFFER_CLOSED, `An offer in status ${current.status} cannot be changed.`, {
          status: current.status,
        });
      }
      const changes: Partial<Offer> = { ...rules(input.eligibility) };
      if (input.title != null) changes.title = input.title.trim();
      if (input.description != null) changes.description = input.description;
      if (input.category != null) changes.category = input.category;
      if (input.targetOutcome != null) changes.targetOutcome = input.targetOutcome;
      if (input.targetGermanLevel !== undefined) changes.targetGermanLevel = input.targetGermanLevel;
      if (input.startDate != null) changes.startDate = input.startDate;
      if (input.endDate != null) changes.endDate = input.endDate;
      if (input.hoursPerWeek !== undefined) changes.hoursPerWeek = input.hoursPerWeek;
      if (input.seats != null) changes.seats = input.seats;
      checkOfferShape({ ...current, ...changes });
      if (changes.seats != null && changes.seats < current.seatsTaken) {
        throw new DomainError(OffersErrorCode.SEATS_BELOW_TAKEN, 'An offer cannot have fewer seats than are taken.', {
          field: 'input.seats',
        });
      }
      await r.offers.update(current.id, { ...changes, ...updatedStamp(this.deps.actor) });
      return current.id;
    });
  }

  open(offerId: string): Promise<Offer> {
    return this.transition(offerId, 'open');
  }

  start(offerId: string): Promise<Offer> {
    return this.transition(offerId, 'start');
  }

  finish(offerId: string): Promise<Offer> {
    return this.transition(offerId, 'finish');
  }

  /**
   * Cancels the offer and withdraws its open applications and enrollments, freeing their seats; each
   * person's withdrawal goes into the audit trail.
   */
  cancel(input: CancelOfferInput): Promise<Offer> {
    return this.transition(input.offerId, 'cancel', input.reason.trim());
  }

  private transition(offerId: string, action: Action, reason?: string): Promise<Offer> {
    const mutation = `${action}Offer`;
    this.deps.access.requireRole(['PROVIDER'], mutation);
    return this.write(async (r, trail) => {
      const current = await r.offers.lockById(offerId);
      if (!current) throw new NotFoundError('offer', 'offerId');
      this.deps.access.requireProviderOf(current, mutation);
      const { from, to } = TRANSITIONS[action];
      if (!from.includes(current.status)) {
        throw new DomainError(
          OffersErrorCode.INVALID_OFFER_TRANSITION,
          `An offer in status ${current.status} cannot be moved to ${to}.`,
          { status: current.status, action },
        );
      }
      if (action === 'cancel') {
        const persons = await r.enrollments.withdrawAllActive(
          offerId,
          todayIso(),
          reason ?? 'Offer cancelled.',
          this.deps.actor,
        );
        const purpose = this.deps.identity.purpose ?? null;
        const events = persons
          .filter((p): p is string => p != null)
          .map((personRef) => ({ entity: 'Enrollment', personRef, fields: ['status', 'endedOn', 'reason'], purpose }));
        await trail(events);
      }
      await r.offers.update(offerId, { status: to, ...updatedStamp(this.deps.actor) });
      return offerId;
    });
  }

  /** Writes in one transaction and reads the result back in it; later fields of the request see fresh data. */
  private async write(work: (r: OffersRepositories, trail: AuditTrail) => Promise<string>): Promise<Offer> {
    const offer = await this.deps.store.write(async (r, trail) => {
      const id = await work(r, trail);
      return (await r.offers.findByIds([id]))[0];
    });
    this.deps.loaders.clearAll();
    return offer;
  }
}
