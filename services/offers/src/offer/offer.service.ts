import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  actorOf,
  BadUserInputError,
  decodeCursor,
  DomainError,
  encodeCursor,
  NotFoundError,
  pageSize,
  requireOwnOrganization,
  requireRole,
  type Identity,
  type PageInfo,
  type RequestAudit,
  todayIso,
} from '@gk/shared';
import { requireProviderOf } from '../access/offers-access';
import type { OffersOptions } from '../offers.options';
import { OffersErrorCode } from '../offers.errors';
import type { OffersRepositories, Transaction } from '../offers.transaction';
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
import type { OfferPage } from './offer.types';

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

/** Offers: the catalogue, its lifecycle and its changes. */
export class OfferService {
  constructor(
    private readonly transaction: Transaction,
    private readonly findPage: (
      filter: OfferFilterInput,
      after: { startDate: string; id: string } | null,
      limit: number,
    ) => Promise<Offer[]>,
    private readonly identity: Identity,
    private readonly options: OffersOptions,
    private readonly invalidate: () => void,
  ) {}

  private get actor() {
    return actorOf(this.identity);
  }

  async page(
    filter: OfferFilterInput | undefined,
    first: number | undefined,
    after: string | undefined,
  ): Promise<OfferPage> {
    const limit = pageSize(first, this.options.maxPageSize);
    let position: { startDate: string; id: string } | null = null;
    if (after != null) {
      const m = CURSOR.exec(decodeCursor(after));
      if (!m) throw new BadUserInputError('after', 'is not a cursor this service issued');
      position = { startDate: m[1], id: m[2] };
    }
    const rows = await this.findPage(filter ?? {}, position, limit);
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    const pageInfo: PageInfo = {
      hasNextPage: rows.length > limit,
      endCursor: last ? encodeCursor(`${last.startDate}|${last.id}`) : null,
    };
    return { items, pageInfo };
  }

  async create(input: CreateOfferInput): Promise<Offer> {
    requireRole(this.identity, ['PROVIDER'], 'createOffer');
    requireOwnOrganization(this.identity, input.providerId, 'createOffer');
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
      createdBy: this.actor.subject,
      createdByOrganizationId: this.actor.organizationId,
      updatedBy: this.actor.subject,
      updatedByOrganizationId: this.actor.organizationId,
    };
    checkOfferShape(offer as Offer);
    return this.write(async (r) => {
      await r.offers.insert(offer);
      return id;
    });
  }

  async update(input: UpdateOfferInput): Promise<Offer> {
    requireRole(this.identity, ['PROVIDER'], 'updateOffer');
    return this.write(async (r) => {
      const current = await r.offers.lockById(input.offerId);
      if (!current) throw new NotFoundError('offer', 'offerId');
      requireProviderOf(this.identity, current, 'updateOffer');
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
      await r.offers.update(current.id, {
        ...changes,
        updatedBy: this.actor.subject,
        updatedByOrganizationId: this.actor.organizationId,
      });
      return current.id;
    });
  }

  open(offerId: string, audit: RequestAudit): Promise<Offer> {
    return this.transition(offerId, 'open', audit);
  }

  start(offerId: string, audit: RequestAudit): Promise<Offer> {
    return this.transition(offerId, 'start', audit);
  }

  finish(offerId: string, audit: RequestAudit): Promise<Offer> {
    return this.transition(offerId, 'finish', audit);
  }

  /** Cancels the offer and withdraws its open applications and enrollments, freeing their seats; each person's withdrawal goes into the audit trail. */
  cancel(input: CancelOfferInput, audit: RequestAudit): Promise<Offer> {
    return this.transition(input.offerId, 'cancel', audit, input.reason.trim());
  }

  private transition(offerId: string, action: Action, audit: RequestAudit, reason?: string): Promise<Offer> {
    const mutation = `${action}Offer`;
    requireRole(this.identity, ['PROVIDER'], mutation);
    return this.write(async (r, manager) => {
      const current = await r.offers.lockById(offerId);
      if (!current) throw new NotFoundError('offer', 'offerId');
      requireProviderOf(this.identity, current, mutation);
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
          this.actor,
        );
        const purpose = this.identity.purpose ?? null;
        const events = persons
          .filter((p): p is string => p != null)
          .map((personRef) => ({ entity: 'Enrollment', personRef, fields: ['status', 'endedOn', 'reason'], purpose }));
        await audit.recordWrite(manager, events);
      }
      await r.offers.update(offerId, {
        status: to,
        updatedBy: this.actor.subject,
        updatedByOrganizationId: this.actor.organizationId,
      });
      return offerId;
    });
  }

  /** Writes in one transaction and reads the result back in it; later fields of the request see fresh data. */
  private async write(work: (r: OffersRepositories, manager: EntityManager) => Promise<string>): Promise<Offer> {
    const offer = await this.transaction(async (r, manager) => {
      const id = await work(r, manager);
      return (await r.offers.findByIds([id]))[0];
    });
    this.invalidate();
    return offer;
  }
}
