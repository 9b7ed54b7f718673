import { randomUUID } from 'node:crypto';
import {
  BadUserInputError,
  DomainError,
  NotFoundError,
  decodeCursor,
  encodeCursor,
  limitedTo,
  needs,
  pageSize,
  UUID_PATTERN,
} from '@gk/shared';
import { managesPerson } from '../access/person-access.policy';
import { PersonsErrorCode } from '../persons.errors';
import type { PersonsServiceDeps } from '../persons.context';
import type { PersonsRepositories } from '../persons.store';
import { PersonDataPurpose } from '../consent/consent.enums';
import { PersonHistoryKind } from '../history/person-event.entity';
import type { PersonReferral } from './referral.entity';
import { PersonReferralAnswer, PersonReferralConclusion, PersonReferralStatus } from './referral.enums';
import type {
  AnswerReferralInput,
  ConcludeReferralInput,
  CreateReferralInput,
  ReferralFilterInput,
} from './referral.inputs';
import type { PersonReferralPage } from './referral.types';

/** `field` names the organisation: the input's on a new referral, the stored referral's when it is answered. */
const consentRequired = (field: 'input.toOrganizationId' | 'toOrganizationId') =>
  new DomainError(
    PersonsErrorCode.CONSENT_REQUIRED,
    'A referral to an organisation needs an active consent or legal basis of the person covering ' +
      'that organisation and purpose; record one with grantConsent first.',
    { field },
  );

const transitionNotAllowed = (from: PersonReferralStatus, to: string) =>
  new DomainError(
    PersonsErrorCode.REFERRAL_TRANSITION_NOT_ALLOWED,
    `A referral in status ${from} cannot become ${to}.`,
    { from, to },
  );

/**
 * Referrals with their lifecycle; a referral to an organisation passes the consent gate when created and when accepted.
 */
export class ReferralService {
  constructor(private readonly deps: PersonsServiceDeps) {}

  private get access() {
    return this.deps.access;
  }

  async create(input: CreateReferralInput): Promise<PersonReferral> {
    this.access.requireRole(['CASE_MANAGER'], 'createReferral');
    const ownOrganizationId = this.access.ownOrganization('createReferral');
    const fromOrganizationId = input.fromOrganizationId ?? ownOrganizationId;
    if (fromOrganizationId !== ownOrganizationId)
      throw limitedTo('createReferral', 'referrals from your own organisation');
    const toOrganizationId = input.toOrganizationId ?? null;
    const toOfferId = input.toOfferId ?? null;
    if ((toOrganizationId === null) === (toOfferId === null))
      throw new BadUserInputError('input.toOrganizationId', 'give exactly one of toOrganizationId and toOfferId');
    if (toOrganizationId === fromOrganizationId)
      throw new BadUserInputError('input.toOrganizationId', 'must differ from the referring organisation');
    const id = randomUUID();
    const { actor } = this.deps;
    await this.deps.store.write(async (repos, trail) => {
      const [person] = await repos.persons.findByIds([input.personId]);
      if (!person) throw new NotFoundError('person');
      if (
        !managesPerson(this.access.identity, person.caseManagingOrganizationId) &&
        !(await repos.consents.findActiveCovering(person.id, ownOrganizationId, PersonDataPurpose.REFERRAL))
      ) {
        throw needs(
          'createReferral',
          'the person managed by your organisation, or a REFERRAL consent for your organisation',
        );
      }
      const consentId = toOrganizationId
        ? await this.coveringConsent(repos, input.personId, toOrganizationId, input.purpose, 'input.toOrganizationId')
        : null;
      await repos.referrals.insert(
        id,
        {
          personId: input.personId,
          fromOrganizationId,
          toOrganizationId,
          toOfferId,
          purpose: input.purpose,
          consentId,
          note: input.note?.trim() ?? null,
        },
        actor,
      );
      await repos.events.append(
        input.personId,
        PersonHistoryKind.REFERRAL_REQUESTED,
        actor,
        [toOrganizationId ? 'toOrganizationId' : 'toOfferId', 'purpose'],
        id,
      );
      await trail([
        {
          entity: 'PersonReferral',
          personRef: input.personId,
          fields: [toOrganizationId ? 'toOrganizationId' : 'toOfferId', 'purpose', ...(input.note ? ['note'] : [])],
        },
      ]);
    });
    return this.get(id);
  }

  async answer(input: AnswerReferralInput): Promise<PersonReferral> {
    this.access.requireRole(['CASE_MANAGER', 'PROVIDER'], 'answerReferral');
    const reason = input.reason?.trim() || null;
    if (input.answer === PersonReferralAnswer.DECLINED && !reason)
      throw new BadUserInputError('input.reason', 'is required to decline');
    const { actor } = this.deps;
    await this.deps.store.write(async (repos, trail) => {
      const referral = await repos.referrals.findForUpdate(input.referralId);
      if (!referral) throw new NotFoundError('referral');
      // A referral to an offer is answered by the referring organisation on the provider's behalf: persons does not
      // know the offer's provider.
      const answeringOrganizationId = referral.toOrganizationId ?? referral.fromOrganizationId;
      if (this.access.identity.organizationId !== answeringOrganizationId)
        throw limitedTo('answerReferral', 'the receiving organisation');
      if (referral.toOrganizationId === null)
        this.access.requireRole(['CASE_MANAGER'], 'Answering a referral to an offer');
      if (referral.status !== PersonReferralStatus.REQUESTED) throw transitionNotAllowed(referral.status, input.answer);
      // Consent may have been revoked since the request; accepting would pass the data on without it.
      if (input.answer === PersonReferralAnswer.ACCEPTED && referral.toOrganizationId) {
        await this.coveringConsent(
          repos,
          referral.personId,
          referral.toOrganizationId,
          referral.purpose,
          'toOrganizationId',
        );
      }
      const status =
        input.answer === PersonReferralAnswer.ACCEPTED ? PersonReferralStatus.ACCEPTED : PersonReferralStatus.DECLINED;
      await repos.referrals.answer(
        referral.id,
        status,
        status === PersonReferralStatus.DECLINED ? reason : null,
        actor,
      );
      await repos.events.append(
        referral.personId,
        PersonHistoryKind.REFERRAL_ANSWERED,
        actor,
        ['status', ...(status === PersonReferralStatus.DECLINED ? ['reason'] : [])],
        referral.id,
      );
      await trail([
        {
          entity: 'PersonReferral',
          personRef: referral.personId,
          fields: ['status', ...(status === PersonReferralStatus.DECLINED ? ['reason'] : [])],
        },
      ]);
    });
    return this.get(input.referralId);
  }

  async conclude(input: ConcludeReferralInput): Promise<PersonReferral> {
    this.access.requireRole(['CASE_MANAGER'], 'concludeReferral');
    const reason = input.reason?.trim() || null;
    if (input.conclusion === PersonReferralConclusion.CANCELLED && !reason)
      throw new BadUserInputError('input.reason', 'is required to cancel');
    const { actor } = this.deps;
    await this.deps.store.write(async (repos, trail) => {
      const referral = await repos.referrals.findForUpdate(input.referralId);
      if (!referral) throw new NotFoundError('referral');
      if (this.access.identity.organizationId !== referral.fromOrganizationId)
        throw limitedTo('concludeReferral', 'the referring organisation');
      const allowed =
        input.conclusion === PersonReferralConclusion.COMPLETED
          ? referral.status === PersonReferralStatus.ACCEPTED
          : referral.status === PersonReferralStatus.REQUESTED || referral.status === PersonReferralStatus.ACCEPTED;
      if (!allowed) throw transitionNotAllowed(referral.status, input.conclusion);
      const status =
        input.conclusion === PersonReferralConclusion.COMPLETED
          ? PersonReferralStatus.COMPLETED
          : PersonReferralStatus.CANCELLED;
      await repos.referrals.close(
        referral.id,
        status,
        status === PersonReferralStatus.CANCELLED ? reason : null,
        actor,
      );
      await repos.events.append(
        referral.personId,
        PersonHistoryKind.REFERRAL_CLOSED,
        actor,
        ['status', ...(status === PersonReferralStatus.CANCELLED ? ['reason'] : [])],
        referral.id,
      );
      await trail([
        {
          entity: 'PersonReferral',
          personRef: referral.personId,
          fields: ['status', ...(status === PersonReferralStatus.CANCELLED ? ['reason'] : [])],
        },
      ]);
    });
    return this.get(input.referralId);
  }

  async list(
    filter: ReferralFilterInput | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<PersonReferralPage> {
    this.access.requireRole(['CASE_MANAGER', 'PROVIDER'], 'personReferrals');
    const ownOrganizationId = this.access.ownOrganization('personReferrals');
    const named = [filter?.fromOrganizationId, filter?.toOrganizationId].filter((o): o is string => !!o);
    if (named.length > 0 && !named.includes(ownOrganizationId))
      throw limitedTo('personReferrals', 'referrals from or to your own organisation');
    const limit = pageSize(first, this.deps.maxPageSize);
    const afterId = after ? decodeCursor(after) : null;
    if (afterId !== null && !UUID_PATTERN.test(afterId))
      throw new BadUserInputError('after', 'is not a cursor this service issued');
    const rows = await this.deps.store.read.referrals.list({
      ...(filter ?? {}),
      involvingOrganizationId: ownOrganizationId,
      afterId,
      limit: limit + 1,
    });
    const items = rows.slice(0, limit);
    return {
      items,
      pageInfo: {
        hasNextPage: rows.length > limit,
        endCursor: items.length > 0 ? encodeCursor(items[items.length - 1].id) : null,
      },
    };
  }

  /**
   * One referral for `personReferral(id)`: null when unknown, refused unless it is from or to the viewer's
   * organisation.
   */
  async visible(id: string): Promise<PersonReferral | null> {
    this.access.requireRole(['CASE_MANAGER', 'PROVIDER'], 'personReferral');
    const referral = await this.deps.loaders.referrals.byId.load(id);
    if (!referral) return null;
    const org = this.access.identity.organizationId;
    if (!org || (referral.fromOrganizationId !== org && referral.toOrganizationId !== org)) {
      throw limitedTo('personReferral', 'referrals from or to your own organisation');
    }
    return referral;
  }

  private async coveringConsent(
    repos: PersonsRepositories,
    personId: string,
    organizationId: string,
    purpose: PersonDataPurpose,
    field: Parameters<typeof consentRequired>[0],
  ): Promise<string> {
    const consent = await repos.consents.findActiveCovering(personId, organizationId, purpose);
    if (!consent) throw consentRequired(field);
    return consent.id;
  }

  private async get(id: string): Promise<PersonReferral> {
    const [referral] = await this.deps.store.read.referrals.findByIds([id]);
    if (!referral) throw new NotFoundError('referral');
    return referral;
  }
}
