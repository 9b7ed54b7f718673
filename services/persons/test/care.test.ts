import { demoOfferId } from '@gk/fixtures';
import { startTestSubgraph, type TestSubgraph } from '@gk/shared/testing';
import { personsSubgraph } from '../src/persons.subgraph';
import {
  CASE_MANAGER,
  JMD_RHEINE,
  JMD_WORKER,
  JOBCENTER_STEINFURT,
  KIM_RHEINE,
  allRowCounts,
  registerPerson,
  actingAs,
  ADMIN,
  CASE_MANAGER_2,
} from './support';

const RECORD_NEED = `mutation($input: RecordNeedInput!) { recordNeed(input: $input) { id category status note
  recordedBySubject recordedByOrganization { id } version } }`;
const UPDATE_NEED = `mutation($input: UpdateNeedInput!) { updateNeed(input: $input) { id category status note
  updatedBySubject version } }`;
const GRANT = `mutation($input: GrantConsentInput!) { grantConsent(input: $input) { id organization { id } purposes
  legalBasis evidenceReference noticeVersion active revokedAt grantedBySubject } }`;
const REVOKE = `mutation($id: ID!) { revokeConsent(id: $id) { id active revokedBySubject } }`;
const REFER = `mutation($input: CreateReferralInput!) { createReferral(input: $input) {
  id status purpose fromOrganization { id } toOrganization { id } toOffer { id } coveredByConsentId reason person { id
  } } }`;
const ANSWER = `mutation($input: AnswerReferralInput!) { answerReferral(input: $input) { id status reason
  answeredBySubject } }`;
const CONCLUDE = `mutation($input: ConcludeReferralInput!) { concludeReferral(input: $input) { id status reason
  closedBySubject } }`;

type Data = Record<string, Record<string, unknown>>;

describe('persons: needs, consents and referrals', () => {
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    subgraph = actingAs(await startTestSubgraph(personsSubgraph), CASE_MANAGER);
  });

  afterAll(async () => {
    await subgraph?.close();
  });

  async function consentTo(personId: string, organizationId: string, purposes: string[]): Promise<string> {
    const res = await subgraph.query<Data>(
      GRANT,
      { input: { personId, organizationId, purposes, evidenceReference: 'Akte 4711', noticeVersion: 'DS-2024-01' } },
      CASE_MANAGER,
    );
    return res.data!.grantConsent.id as string;
  }

  it('records a need and follows it up until it is met; a met need stays met', async () => {
    const personId = await registerPerson(subgraph, { familyName: 'Bedarf' });
    const recorded = await subgraph.query<Data>(
      RECORD_NEED,
      { input: { personId, category: 'LANGUAGE', note: 'Sprachkurs B1 gesucht' } },
      CASE_MANAGER,
    );
    const id = recorded.data!.recordNeed.id;
    expect(recorded).toEqual({
      data: {
        recordNeed: {
          id,
          category: 'LANGUAGE',
          status: 'OPEN',
          note: 'Sprachkurs B1 gesucht',
          recordedBySubject: 'cm-rheine-1',
          recordedByOrganization: { id: KIM_RHEINE },
          version: 1,
        },
      },
    });
    expect(await subgraph.query(UPDATE_NEED, { input: { id, status: 'IN_PROGRESS' } }, CASE_MANAGER_2)).toEqual({
      data: {
        updateNeed: {
          id,
          category: 'LANGUAGE',
          status: 'IN_PROGRESS',
          note: 'Sprachkurs B1 gesucht',
          updatedBySubject: 'cm-rheine-2',
          version: 2,
        },
      },
    });
    expect(await subgraph.query(UPDATE_NEED, { input: { id, status: 'MET', note: '' } }, CASE_MANAGER_2)).toEqual({
      data: {
        updateNeed: {
          id,
          category: 'LANGUAGE',
          status: 'MET',
          note: null,
          updatedBySubject: 'cm-rheine-2',
          version: 3,
        },
      },
    });
    const before = await allRowCounts(subgraph);
    const reopen = await subgraph.query(UPDATE_NEED, { input: { id, status: 'OPEN' } }, CASE_MANAGER);
    expect(reopen).toEqual({
      data: null,
      errors: [
        expect.objectContaining({
          message: 'This need is already met or closed; record a new need instead.',
          extensions: { code: 'NEED_TRANSITION_NOT_ALLOWED', field: 'status' },
        }),
      ],
    });
    expect(await allRowCounts(subgraph)).toEqual(before);

    const listed = await subgraph.query(
      `query($id: ID!) { person(id: $id) { all: needs { status } met: needs(statuses: [MET]) { category } ` +
        `open:
        needs(statuses: [OPEN]) { category } history { kind fields } } }`,
      { id: personId },
    );
    expect(listed).toEqual({
      data: {
        person: {
          all: [{ status: 'MET' }],
          met: [{ category: 'LANGUAGE' }],
          open: [],
          history: [
            { kind: 'REGISTERED', fields: expect.any(Array) },
            { kind: 'NEED_RECORDED', fields: ['category', 'status', 'note'] },
            { kind: 'NEED_UPDATED', fields: ['status'] },
            { kind: 'NEED_UPDATED', fields: ['status', 'note'] },
          ],
        },
      },
    });
  });

  it('refuses bad needs and need changes, writing nothing', async () => {
    const personId = await registerPerson(subgraph, { familyName: 'Bedarfsfehler' });
    const before = await allRowCounts(subgraph);
    const cases: [string, Record<string, unknown>, string, string][] = [
      [RECORD_NEED, { personId, category: 'LANGUAGE', status: 'MET' }, 'BAD_USER_INPUT', 'input.status'],
      [RECORD_NEED, { personId, category: 'LANGUAGE', note: 'x'.repeat(501) }, 'BAD_USER_INPUT', 'input.note'],
      [RECORD_NEED, { personId: '00000000-0000-4000-8000-000000000000', category: 'HOUSING' }, 'NOT_FOUND', 'id'],
      [UPDATE_NEED, { id: '00000000-0000-4000-8000-000000000000', status: 'MET' }, 'NOT_FOUND', 'id'],
      [UPDATE_NEED, { id: '00000000-0000-4000-8000-000000000000' }, 'BAD_USER_INPUT', 'input'],
    ];
    for (const [mutation, input, code, field] of cases) {
      const res = await subgraph.query(mutation, { input }, CASE_MANAGER);
      const extensions = res.errors?.[0].extensions ?? {};
      expect(extensions.code).toBe(code);
      expect([extensions.field, ...((extensions.fields as string[]) ?? [])]).toContain(field);
    }
    const unknownCategory = await subgraph.query(RECORD_NEED, { input: { personId, category: 'PONY' } }, CASE_MANAGER);
    expect(unknownCategory.errors?.[0].message).toContain('"input.category"');
    expect(await allRowCounts(subgraph)).toEqual(before);
  });

  it('grants and revokes consent; a consent needs evidence, a statutory basis does not', async () => {
    const personId = await registerPerson(subgraph, { familyName: 'Einwilligung' });
    const granted = await subgraph.query<Data>(
      GRANT,
      {
        input: {
          personId,
          organizationId: JMD_RHEINE,
          purposes: ['COUNSELLING', 'REFERRAL'],
          evidenceReference: 'Akte 4711',
          noticeVersion: 'DS-2024-01',
        },
      },
      CASE_MANAGER,
    );
    const id = granted.data!.grantConsent.id;
    expect(granted).toEqual({
      data: {
        grantConsent: {
          id,
          organization: { id: JMD_RHEINE },
          purposes: ['COUNSELLING', 'REFERRAL'],
          legalBasis: 'CONSENT',
          evidenceReference: 'Akte 4711',
          noticeVersion: 'DS-2024-01',
          active: true,
          revokedAt: null,
          grantedBySubject: 'cm-rheine-1',
        },
      },
    });
    const statutory = await subgraph.query<Data>(
      GRANT,
      { input: { personId, organizationId: JOBCENTER_STEINFURT, purposes: ['ENROLLMENT'], legalBasis: 'SGB_X_69' } },
      CASE_MANAGER,
    );
    expect(statutory.data?.grantConsent).toMatchObject({
      legalBasis: 'SGB_X_69',
      evidenceReference: null,
      noticeVersion: null,
      active: true,
    });

    expect(await subgraph.query(REVOKE, { id }, CASE_MANAGER)).toEqual({
      data: { revokeConsent: { id, active: false, revokedBySubject: 'cm-rheine-1' } },
    });
    const before = await allRowCounts(subgraph);
    const twice = await subgraph.query(REVOKE, { id }, CASE_MANAGER);
    expect(twice.errors?.[0]).toMatchObject({
      message: 'This consent is already revoked.',
      extensions: { code: 'CONSENT_ALREADY_REVOKED' },
    });
    expect(await allRowCounts(subgraph)).toEqual(before);

    const listed = await subgraph.query(
      `query($id: ID!) { person(id: $id) { consents { organization { id } active } active: ` +
        `consents(activeOnly:
        true) { organization { id } } } }`,
      { id: personId },
    );
    expect(listed).toEqual({
      data: {
        person: {
          consents: [
            { organization: { id: JMD_RHEINE }, active: false },
            { organization: { id: JOBCENTER_STEINFURT }, active: true },
          ],
          active: [{ organization: { id: JOBCENTER_STEINFURT } }],
        },
      },
    });
  });

  it(
    'refuses consents without evidence, without purposes, with unknown purposes or oversized ' +
      'texts, writing nothing',
    async () => {
      const personId = await registerPerson(subgraph, { familyName: 'Einwilligungsfehler' });
      const before = await allRowCounts(subgraph);
      const base = {
        personId,
        organizationId: JMD_RHEINE,
        purposes: ['COUNSELLING'],
        evidenceReference: 'Akte 1',
        noticeVersion: 'DS-1',
      };
      const cases: [Record<string, unknown>, string][] = [
        [{ ...base, evidenceReference: null }, 'input.evidenceReference'],
        [{ ...base, noticeVersion: null }, 'input.noticeVersion'],
        [{ ...base, purposes: [] }, 'input.purposes'],
        [{ ...base, evidenceReference: 'x'.repeat(201) }, 'input.evidenceReference'],
        [{ ...base, organizationId: 'jmd' }, 'input.organizationId'],
      ];
      for (const [input, field] of cases) {
        const res = await subgraph.query(GRANT, { input }, CASE_MANAGER);
        const extensions = res.errors?.[0].extensions ?? {};
        expect(extensions.code).toBe('BAD_USER_INPUT');
        expect([extensions.field, ...((extensions.fields as string[]) ?? [])]).toContain(field);
      }
      const unknownPurpose = await subgraph.query(GRANT, { input: { ...base, purposes: ['MARKETING'] } }, CASE_MANAGER);
      expect(unknownPurpose.errors?.[0].message).toContain('"input.purposes[0]"');
      expect(await allRowCounts(subgraph)).toEqual(before);
    },
  );

  it(
    'refuses a referral to an organisation without a consent covering it and the purpose, with a ' + 'clear error',
    async () => {
      const personId = await registerPerson(subgraph, { familyName: 'Ohneeinwilligung' });
      await consentTo(personId, JMD_RHEINE, ['COUNSELLING']);
      await consentTo(personId, JOBCENTER_STEINFURT, ['REFERRAL']);
      const before = await allRowCounts(subgraph);
      const wrongPurpose = await subgraph.query(
        REFER,
        { input: { personId, toOrganizationId: JMD_RHEINE, purpose: 'REFERRAL' } },
        CASE_MANAGER,
      );
      expect(wrongPurpose).toEqual({
        data: null,
        errors: [
          expect.objectContaining({
            message:
              'A referral to an organisation needs an active consent or legal basis of the person ' +
              'covering that organisation and purpose; record one with grantConsent first.',
            extensions: { code: 'CONSENT_REQUIRED', field: 'input.toOrganizationId' },
          }),
        ],
      });
      const revokedId = await consentTo(personId, JMD_RHEINE, ['REFERRAL']);
      await subgraph.query(REVOKE, { id: revokedId }, CASE_MANAGER);
      const afterRevoke = await subgraph.query(
        REFER,
        { input: { personId, toOrganizationId: JMD_RHEINE, purpose: 'REFERRAL' } },
        CASE_MANAGER,
      );
      expect(afterRevoke.errors?.[0].extensions?.code).toBe('CONSENT_REQUIRED');
      const counts = await allRowCounts(subgraph);
      expect(counts.referral).toBe(before.referral);
    },
  );

  it('creates a consent-covered referral and takes it through its lifecycle', async () => {
    const personId = await registerPerson(subgraph, { familyName: 'Ueberweisung' });
    const consentId = await consentTo(personId, JMD_RHEINE, ['COUNSELLING', 'REFERRAL']);
    const created = await subgraph.query<Data>(
      REFER,
      { input: { personId, toOrganizationId: JMD_RHEINE, purpose: 'COUNSELLING', note: 'Bitte Erstgespräch' } },
      CASE_MANAGER,
    );
    const id = created.data!.createReferral.id;
    expect(created).toEqual({
      data: {
        createReferral: {
          id,
          status: 'REQUESTED',
          purpose: 'COUNSELLING',
          fromOrganization: { id: KIM_RHEINE },
          toOrganization: { id: JMD_RHEINE },
          toOffer: null,
          coveredByConsentId: consentId,
          reason: null,
          person: { id: personId },
        },
      },
    });
    expect(await subgraph.query(ANSWER, { input: { referralId: id, answer: 'ACCEPTED' } }, JMD_WORKER)).toEqual({
      data: { answerReferral: { id, status: 'ACCEPTED', reason: null, answeredBySubject: 'jmd-rheine-1' } },
    });
    const before = await allRowCounts(subgraph);
    const answerAgain = await subgraph.query(
      ANSWER,
      { input: { referralId: id, answer: 'DECLINED', reason: 'voll' } },
      JMD_WORKER,
    );
    expect(answerAgain.errors?.[0]).toMatchObject({
      message: 'A referral in status ACCEPTED cannot become DECLINED.',
      extensions: { code: 'REFERRAL_TRANSITION_NOT_ALLOWED', from: 'ACCEPTED', to: 'DECLINED' },
    });
    expect(await allRowCounts(subgraph)).toEqual(before);
    // The referring organisation concludes it.
    expect(
      await subgraph.query(CONCLUDE, { input: { referralId: id, conclusion: 'COMPLETED' } }, CASE_MANAGER_2),
    ).toEqual({
      data: { concludeReferral: { id, status: 'COMPLETED', reason: null, closedBySubject: 'cm-rheine-2' } },
    });
    const cancelDone = await subgraph.query(
      CONCLUDE,
      { input: { referralId: id, conclusion: 'CANCELLED', reason: 'zu spät' } },
      CASE_MANAGER,
    );
    expect(cancelDone.errors?.[0].extensions?.code).toBe('REFERRAL_TRANSITION_NOT_ALLOWED');

    const history = await subgraph.query(
      `query($id: ID!) { person(id: $id) { referrals { status } history { kind subjectId } } }`,
      { id: personId },
    );
    expect(history).toEqual({
      data: {
        person: {
          referrals: [{ status: 'COMPLETED' }],
          history: [
            { kind: 'REGISTERED', subjectId: null },
            { kind: 'CONSENT_GRANTED', subjectId: consentId },
            { kind: 'REFERRAL_REQUESTED', subjectId: id },
            { kind: 'REFERRAL_ANSWERED', subjectId: id },
            { kind: 'REFERRAL_CLOSED', subjectId: id },
          ],
        },
      },
    });
  });

  it(
    'declines and cancels referrals only with a reason, and refuses to accept once the consent was ' + 'revoked',
    async () => {
      const personId = await registerPerson(subgraph, { familyName: 'Ablehnung' });
      const consentId = await consentTo(personId, JMD_RHEINE, ['COUNSELLING']);
      const refer = async () =>
        (
          await subgraph.query<Data>(
            REFER,
            { input: { personId, toOrganizationId: JMD_RHEINE, purpose: 'COUNSELLING' } },
            CASE_MANAGER,
          )
        ).data!.createReferral.id as string;

      const declined = await refer();
      const noReason = await subgraph.query(
        ANSWER,
        { input: { referralId: declined, answer: 'DECLINED' } },
        JMD_WORKER,
      );
      expect(noReason.errors?.[0]).toMatchObject({
        message: 'Invalid value for "input.reason": is required to decline.',
        extensions: { code: 'BAD_USER_INPUT', field: 'input.reason' },
      });
      expect(
        await subgraph.query(
          ANSWER,
          { input: { referralId: declined, answer: 'DECLINED', reason: 'Keine Kapazität bis März' } },
          JMD_WORKER,
        ),
      ).toEqual({
        data: {
          answerReferral: {
            id: declined,
            status: 'DECLINED',
            reason: 'Keine Kapazität bis März',
            answeredBySubject: 'jmd-rheine-1',
          },
        },
      });

      const cancelled = await refer();
      const cancelNoReason = await subgraph.query(
        CONCLUDE,
        { input: { referralId: cancelled, conclusion: 'CANCELLED' } },
        CASE_MANAGER,
      );
      expect(cancelNoReason.errors?.[0]).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', field: 'input.reason' },
      });
      const completeRequested = await subgraph.query(
        CONCLUDE,
        { input: { referralId: cancelled, conclusion: 'COMPLETED' } },
        CASE_MANAGER,
      );
      expect(completeRequested.errors?.[0]).toMatchObject({
        message: 'A referral in status REQUESTED cannot become COMPLETED.',
        extensions: { code: 'REFERRAL_TRANSITION_NOT_ALLOWED' },
      });
      expect(
        await subgraph.query(
          CONCLUDE,
          { input: { referralId: cancelled, conclusion: 'CANCELLED', reason: 'Person verzogen' } },
          CASE_MANAGER,
        ),
      ).toEqual({
        data: {
          concludeReferral: {
            id: cancelled,
            status: 'CANCELLED',
            reason: 'Person verzogen',
            closedBySubject: 'cm-rheine-1',
          },
        },
      });

      const pending = await refer();
      await subgraph.query(REVOKE, { id: consentId }, CASE_MANAGER);
      const before = await allRowCounts(subgraph);
      const accept = await subgraph.query(ANSWER, { input: { referralId: pending, answer: 'ACCEPTED' } }, JMD_WORKER);
      expect(accept.errors?.[0].extensions?.code).toBe('CONSENT_REQUIRED');
      expect(await allRowCounts(subgraph)).toEqual(before);
      const unchanged = await subgraph.query(`query($id: ID!) { personReferral(id: $id) { status } }`, { id: pending });
      expect(unchanged).toEqual({ data: { personReferral: { status: 'REQUESTED' } } });
    },
  );

  it('refers to an offer without a consent gate and lists referrals for the receiving side', async () => {
    const personId = await registerPerson(subgraph, { familyName: 'Angebot' });
    const offerId = demoOfferId('rheine-fachoberschulreife-abend');
    const created = await subgraph.query<Data>(
      REFER,
      { input: { personId, toOfferId: offerId, purpose: 'ENROLLMENT' } },
      CASE_MANAGER,
    );
    expect(created.data?.createReferral).toMatchObject({
      status: 'REQUESTED',
      toOrganization: null,
      toOffer: { id: offerId },
      coveredByConsentId: null,
    });

    const before = await allRowCounts(subgraph);
    const both = await subgraph.query(
      REFER,
      { input: { personId, toOfferId: offerId, toOrganizationId: JMD_RHEINE, purpose: 'ENROLLMENT' } },
      CASE_MANAGER,
    );
    expect(both.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.toOrganizationId' } });
    const neither = await subgraph.query(REFER, { input: { personId, purpose: 'ENROLLMENT' } }, CASE_MANAGER);
    expect(neither.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'input.toOrganizationId' },
    });
    const self = await subgraph.query(
      REFER,
      { input: { personId, toOrganizationId: KIM_RHEINE, purpose: 'COUNSELLING' } },
      CASE_MANAGER,
    );
    expect(self.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.toOrganizationId' } });
    const noOrigin = await subgraph.query(
      REFER,
      { input: { personId, toOfferId: offerId, purpose: 'ENROLLMENT' } },
      { ...CASE_MANAGER, organizationId: null },
    );
    expect(noOrigin.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    const byAdmin = await subgraph.query(
      REFER,
      { input: { personId, toOfferId: offerId, purpose: 'ENROLLMENT' } },
      ADMIN,
    );
    expect(byAdmin.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    const longNote = await subgraph.query(
      REFER,
      { input: { personId, toOfferId: offerId, purpose: 'ENROLLMENT', note: 'x'.repeat(501) } },
      CASE_MANAGER,
    );
    expect(longNote.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', fields: ['input.note'] } });
    expect(await allRowCounts(subgraph)).toEqual(before);

    const list = await subgraph.query<{
      personReferrals: {
        items: { toOffer: { id: string } | null; person: { familyName: string } }[];
        pageInfo: { hasNextPage: boolean };
      };
    }>(
      `query($filter: ReferralFilterInput) { personReferrals(filter: $filter, first: 5) { items { toOffer ` +
        `{ id }
        person { familyName } } pageInfo { hasNextPage } } }`,
      { filter: { toOfferId: offerId, statuses: ['REQUESTED'] } },
    );
    expect(list).toEqual({
      data: {
        personReferrals: {
          items: [{ toOffer: { id: offerId }, person: { familyName: 'Angebot' } }],
          pageInfo: { hasNextPage: false },
        },
      },
    });
  });
});
