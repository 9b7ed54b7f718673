import { randomUUID } from 'node:crypto';
import { BadUserInputError, DomainError, NotFoundError, decodeCursor, encodeCursor, pageSize, type Actor } from '@gk/shared';
import { PersonsErrorCode } from '../common/persons.errors';
import { UUID_PATTERN } from '../common/validation';
import type { PersonsRepositories, PersonsStore } from '../database/persons-store';
import type { PersonDataPurpose } from '../consent/consent.enums';
import { PersonHistoryKind } from '../history/person-event.entity';
import type { PersonReferral } from './referral.entity';
import { PersonReferralAnswer, PersonReferralConclusion, PersonReferralStatus } from './referral.enums';
import type { AnswerReferralInput, ConcludeReferralInput, CreateReferralInput, ReferralFilterInput } from './referral.inputs';
import type { PersonReferralPage } from './referral.types';

/** `field` names the organisation: the input's on a new referral, the stored referral's when it is answered. */
const consentRequired = (field: 'input.toOrganizationId' | 'toOrganizationId') =>
  new DomainError(
    PersonsErrorCode.CONSENT_REQUIRED,
    'A referral to an organisation needs an active consent or legal basis of the person covering that organisation and purpose; record one with grantConsent first.',
    { field },
  );

const transitionNotAllowed = (from: PersonReferralStatus, to: string) =>
  new DomainError(PersonsErrorCode.REFERRAL_TRANSITION_NOT_ALLOWED, `A referral in status ${from} cannot become ${to}.`, { from, to });

/** Referrals with their lifecycle; a referral to an organisation passes the consent gate when created and when accepted. */
export class ReferralService {
  constructor(
    private readonly store: PersonsStore,
    private readonly actor: Actor,
    private readonly maxPageSize: number,
  ) {}

  async create(input: CreateReferralInput): Promise<PersonReferral> {
    const fromOrganizationId = input.fromOrganizationId ?? this.actor.organizationId;
    if (!fromOrganizationId || !UUID_PATTERN.test(fromOrganizationId)) throw new BadUserInputError('input.fromOrganizationId', 'is required when the caller belongs to no organisation');
    const toOrganizationId = input.toOrganizationId ?? null;
    const toOfferId = input.toOfferId ?? null;
    if ((toOrganizationId === null) === (toOfferId === null)) throw new BadUserInputError('input.toOrganizationId', 'give exactly one of toOrganizationId and toOfferId');
    if (toOrganizationId === fromOrganizationId) throw new BadUserInputError('input.toOrganizationId', 'must differ from the referring organisation');
    const id = randomUUID();
    await this.store.write(async (repos) => {
      const [person] = await repos.persons.findByIds([input.personId]);
      if (!person) throw new NotFoundError('person');
      const consentId = toOrganizationId ? await this.coveringConsent(repos, input.personId, toOrganizationId, input.purpose, 'input.toOrganizationId') : null;
      await repos.referrals.insert(id, { personId: input.personId, fromOrganizationId, toOrganizationId, toOfferId, purpose: input.purpose, consentId, note: input.note?.trim() ?? null }, this.actor);
      await repos.events.append(input.personId, PersonHistoryKind.REFERRAL_REQUESTED, this.actor, [toOrganizationId ? 'toOrganizationId' : 'toOfferId', 'purpose'], id);
    });
    return this.get(id);
  }

  async answer(input: AnswerReferralInput): Promise<PersonReferral> {
    const reason = input.reason?.trim() || null;
    if (input.answer === PersonReferralAnswer.DECLINED && !reason) throw new BadUserInputError('input.reason', 'is required to decline');
    await this.store.write(async (repos) => {
      const referral = await repos.referrals.findForUpdate(input.referralId);
      if (!referral) throw new NotFoundError('referral');
      if (referral.status !== PersonReferralStatus.REQUESTED) throw transitionNotAllowed(referral.status, input.answer);
      // Consent may have been revoked since the request; accepting would pass the data on without it.
      if (input.answer === PersonReferralAnswer.ACCEPTED && referral.toOrganizationId) {
        await this.coveringConsent(repos, referral.personId, referral.toOrganizationId, referral.purpose, 'toOrganizationId');
      }
      const status = input.answer === PersonReferralAnswer.ACCEPTED ? PersonReferralStatus.ACCEPTED : PersonReferralStatus.DECLINED;
      await repos.referrals.answer(referral.id, status, status === PersonReferralStatus.DECLINED ? reason : null, this.actor);
      await repos.events.append(referral.personId, PersonHistoryKind.REFERRAL_ANSWERED, this.actor, ['status', ...(status === PersonReferralStatus.DECLINED ? ['reason'] : [])], referral.id);
    });
    return this.get(input.referralId);
  }

  async conclude(input: ConcludeReferralInput): Promise<PersonReferral> {
    const reason = input.reason?.trim() || null;
    if (input.conclusion === PersonReferralConclusion.CANCELLED && !reason) throw new BadUserInputError('input.reason', 'is required to cancel');
    await this.store.write(async (repos) => {
      const referral = await repos.referrals.findForUpdate(input.referralId);
      if (!referral) throw new NotFoundError('referral');
      const allowed =
        input.conclusion === PersonReferralConclusion.COMPLETED
          ? referral.status === PersonReferralStatus.ACCEPTED
          : referral.status === PersonReferralStatus.REQUESTED || referral.status === PersonReferralStatus.ACCEPTED;
      if (!allowed) throw transitionNotAllowed(referral.status, input.conclusion);
      const status = input.conclusion === PersonReferralConclusion.COMPLETED ? PersonReferralStatus.COMPLETED : PersonReferralStatus.CANCELLED;
      await repos.referrals.close(referral.id, status, status === PersonReferralStatus.CANCELLED ? reason : null, this.actor);
      await repos.events.append(referral.personId, PersonHistoryKind.REFERRAL_CLOSED, this.actor, ['status', ...(status === PersonReferralStatus.CANCELLED ? ['reason'] : [])], referral.id);
    });
    return this.get(input.referralId);
  }

  async list(filter: ReferralFilterInput | null | undefined, first: number | null | undefined, after: string | null | undefined): Promise<PersonReferralPage> {
    const limit = pageSize(first, this.maxPageSize);
    const afterId = after ? decodeCursor(after) : null;
    if (afterId !== null && !UUID_PATTERN.test(afterId)) throw new BadUserInputError('after', 'is not a cursor this service issued');
    const rows = await this.store.read.referrals.list({ ...(filter ?? {}), afterId, limit: limit + 1 });
    const items = rows.slice(0, limit);
    return { items, pageInfo: { hasNextPage: rows.length > limit, endCursor: items.length > 0 ? encodeCursor(items[items.length - 1].id) : null } };
  }

  private async coveringConsent(repos: PersonsRepositories, personId: string, organizationId: string, purpose: PersonDataPurpose, field: Parameters<typeof consentRequired>[0]): Promise<string> {
    const consent = await repos.consents.findActiveCovering(personId, organizationId, purpose);
    if (!consent) throw consentRequired(field);
    return consent.id;
  }

  private async get(id: string): Promise<PersonReferral> {
    const [referral] = await this.store.read.referrals.findByIds([id]);
    if (!referral) throw new NotFoundError('referral');
    return referral;
  }
}
