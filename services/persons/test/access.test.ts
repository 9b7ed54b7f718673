import { SYSTEM_SUBJECT, type Identity, type Purpose } from '@gk/shared';
import { startTestSubgraph, type TestSubgraph } from '@gk/shared/testing';
import { personsSubgraph } from '../src/persons.subgraph';
import {
  ADMIN,
  CASE_MANAGER,
  DPO,
  JMD_CASE_MANAGER,
  JMD_RHEINE,
  JMD_WORKER,
  JOBCENTER_STEINFURT,
  KIM_RHEINE,
  actingAs,
  allRowCounts,
  registerPerson,
  type GqlError,
} from './support';

const IDENTITY = [
  'givenName',
  'familyName',
  'dateOfBirth',
  'gender',
  'countryOfOrigin',
  'languages',
  'arrivalDate',
  'pseudonym',
  'age',
  'ageOn',
  'inTargetGroup',
  'municipality',
  'caseManagingOrganization',
];
const SITUATION = ['currentResidenceStatus', 'currentBenefitRegime', 'residenceStatusHistory', 'benefitRegimeHistory'];
const EDUCATION = ['germanLevel', 'germanLevelCertified', 'schoolDegree', 'vocationalQualification', 'goals'];
const ALL = [
  ...IDENTITY,
  ...SITUATION,
  ...EDUCATION,
  'needs',
  'consents',
  'referrals',
  'history',
  'createdAt',
  'updatedAt',
  'version',
];
const PROVIDER_FIELDS = [
  'givenName',
  'familyName',
  'age',
  'germanLevel',
  'currentResidenceStatus',
  'currentBenefitRegime',
  'municipality',
];

const PERSON = `query($id: ID!) { person(id: $id) { id enrollmentsVisibleToViewer givenName familyName dateOfBirth
  gender countryOfOrigin languages arrivalDate pseudonym age
  ageOn(date: "2026-01-01") inTargetGroup municipality { ags } caseManagingOrganization { id } currentResidenceStatus
  currentBenefitRegime
  residenceStatusHistory { status } benefitRegimeHistory { regime } germanLevel germanLevelCertified schoolDegree
  vocationalQualification { dqrLevel } goals
  needs { category } consents { active } referrals { status } history { kind } createdAt updatedAt version } }`;
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id enrollmentsVisibleToViewer
  givenName age } } }`;
const GRANT = `mutation($input: GrantConsentInput!) { grantConsent(input: $input) { id } }`;

const as = (identity: Identity, purpose: Purpose | null = null): Identity => ({ ...identity, purpose });
const otherRole = (role: Identity['roles'][number]): Identity => ({
  subject: `x-${role}`,
  organizationId: KIM_RHEINE,
  roles: [role],
  ags: ['05566'],
});

interface Response {
  data?: { person: Record<string, unknown> | null } | null;
  errors?: readonly GqlError[];
}

/** The personal fields a response gave (every field of the query that did not come back FORBIDDEN). */
function readable(res: Response): string[] {
  const denied = new Set(
    (res.errors ?? [])
      .filter((e) => e.extensions?.code === 'FORBIDDEN')
      .map((e) => String((e as { path?: unknown[] }).path?.[1])),
  );
  expect((res.errors ?? []).filter((e) => e.extensions?.code !== 'FORBIDDEN')).toEqual([]);
  return ALL.filter((f) => !denied.has(f)).sort();
}

describe('persons: access control, audit trail and erasure', () => {
  let subgraph: TestSubgraph;
  let personId: string;
  let consentId: string;

  beforeAll(async () => {
    subgraph = actingAs(await startTestSubgraph(personsSubgraph), CASE_MANAGER);
    personId = await registerPerson(subgraph, {
      familyName: 'Zugriff',
      residenceStatus: { status: 'DULDUNG', validFrom: '2020-01-01' },
      germanLevel: 'A2',
    });
    await subgraph.query(`mutation($i: RecordNeedInput!) { recordNeed(input: $i) { id } }`, {
      i: { personId, category: 'LANGUAGE', status: 'OPEN' },
    });
    const granted = await subgraph.query<{ grantConsent: { id: string } }>(GRANT, {
      input: {
        personId,
        organizationId: JMD_RHEINE,
        purposes: ['COUNSELLING', 'REFERRAL', 'ENROLLMENT'],
        evidenceReference: 'Akte 1',
        noticeVersion: 'DS-1',
      },
    });
    consentId = granted.data!.grantConsent.id;
  });

  afterAll(async () => {
    await subgraph?.close();
  });

  const read = (identity: Identity) => subgraph.query(PERSON, { id: personId }, identity) as Promise<Response>;

  it("shows the managing organisation's case manager every field, whatever the purpose", async () => {
    for (const purpose of [null, 'REPORTING'] as const) {
      const res = await read(as(CASE_MANAGER, purpose));
      expect(res.errors).toBeUndefined();
      expect(readable(res)).toEqual([...ALL].sort());
      expect(res.data!.person).toMatchObject({
        id: personId,
        enrollmentsVisibleToViewer: true,
        familyName: 'Zugriff',
        needs: [{ category: 'LANGUAGE' }],
      });
    }
  });

  it('shows a case manager of another organisation what the consent and the declared purpose allow', async () => {
    expect(readable(await read(as(JMD_CASE_MANAGER, 'COUNSELLING')))).toEqual(
      [...IDENTITY, ...SITUATION, ...EDUCATION, 'needs'].sort(),
    );
    expect(readable(await read(as(JMD_CASE_MANAGER, 'REFERRAL')))).toEqual([...IDENTITY, ...EDUCATION, 'needs'].sort());
    expect(readable(await read(as(JMD_CASE_MANAGER, 'ENROLLMENT')))).toEqual(
      [...IDENTITY, ...EDUCATION, 'currentResidenceStatus', 'currentBenefitRegime'].sort(),
    );
    const denied = await read(as(JMD_CASE_MANAGER, 'COUNSELLING'));
    expect(denied.data!.person).toMatchObject({
      consents: null,
      referrals: null,
      history: null,
      version: null,
      givenName: 'Amani',
    });
    expect(denied.errors!.find((e) => (e as { path?: unknown[] }).path?.[1] === 'consents')!.message).toBe(
      'Person.consents needs a role, an organisation and consents for the declared purpose that cover it.',
    );
    for (const purpose of [null, 'REPORTING'] as const) {
      const res = await read(as(JMD_CASE_MANAGER, purpose));
      expect(res.data?.person ?? null).toBeNull();
      expect(res.errors!.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    }
    // Without any consent for its organisation: nothing.
    const jobcenter = await read(
      as(
        { subject: 'jc-1', organizationId: JOBCENTER_STEINFURT, roles: ['CASE_MANAGER'], ags: ['05566'] },
        'COUNSELLING',
      ),
    );
    expect(jobcenter.data?.person ?? null).toBeNull();
    expect(jobcenter.errors!.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  it("shows a provider's staff what enrolment needs, only with an ENROLLMENT consent and purpose", async () => {
    expect(readable(await read(as(JMD_WORKER, 'ENROLLMENT')))).toEqual([...PROVIDER_FIELDS].sort());
    for (const purpose of [null, 'COUNSELLING'] as const) {
      const res = await read(as(JMD_WORKER, purpose));
      expect(res.data?.person ?? null).toBeNull();
      expect(res.errors!.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    }
  });

  it.each(['CORE_GROUP', 'FINANCE', 'NETWORK_COORDINATOR', 'DATA_PROTECTION_OFFICER', 'ADMIN'] as const)(
    'shows %s no person-level field, even of its own organisation',
    async (role) => {
      const res = await read(as(otherRole(role), 'COUNSELLING'));
      expect(res.data?.person ?? null).toBeNull();
      expect(res.errors!.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      const entities = await subgraph.query<{
        _entities: { id: string; enrollmentsVisibleToViewer: boolean; givenName: string | null; age: number | null }[];
      }>(ENTITIES, { r: [{ __typename: 'Person', id: personId }] }, otherRole(role));
      expect(entities.data!._entities).toEqual([
        { id: personId, enrollmentsVisibleToViewer: false, givenName: null, age: null },
      ]);
      expect(entities.errors!.map((e) => [e.extensions?.code, (e as { path?: unknown[] }).path])).toEqual([
        ['FORBIDDEN', ['_entities', 0, 'givenName']],
        ['FORBIDDEN', ['_entities', 0, 'age']],
      ]);
    },
  );

  it(
    'tells offers who may see the whole course history, and a revoked consent counts from the very ' + 'next request',
    async () => {
      const visible = async (identity: Identity) =>
        (
          await subgraph.query<{ _entities: { enrollmentsVisibleToViewer: boolean }[] }>(
            ENTITIES,
            { r: [{ __typename: 'Person', id: personId }] },
            identity,
          )
        ).data!._entities[0].enrollmentsVisibleToViewer;
      expect(await visible(CASE_MANAGER)).toBe(true);
      expect(await visible(JMD_CASE_MANAGER)).toBe(true);
      // The provider's staff hold the same consent, yet see only the enrollments in their own offers (the offers
      // subgraph
      // filters them).
      expect(await visible(JMD_WORKER)).toBe(false);
      expect(await visible({ ...JMD_WORKER, purpose: 'ENROLLMENT' })).toBe(false);
      expect(await visible({ ...JMD_WORKER, organizationId: JOBCENTER_STEINFURT })).toBe(false);

      const other = await registerPerson(subgraph, { familyName: 'Widerruf' });
      const { data } = await subgraph.query<{ grantConsent: { id: string } }>(GRANT, {
        input: {
          personId: other,
          organizationId: JMD_RHEINE,
          purposes: ['COUNSELLING'],
          evidenceReference: 'A',
          noticeVersion: 'B',
        },
      });
      expect(
        (await subgraph.query(PERSON, { id: other }, as(JMD_CASE_MANAGER, 'COUNSELLING'))).data?.person,
      ).toMatchObject({ familyName: 'Widerruf' });
      await subgraph.query(`mutation($id: ID!) { revokeConsent(id: $id) { id } }`, { id: data!.grantConsent.id });
      const after = await subgraph.query(PERSON, { id: other }, as(JMD_CASE_MANAGER, 'COUNSELLING'));
      expect(after.data?.person ?? null).toBeNull();
      expect(after.errors!.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    },
  );

  it("checks a provider's consents for many persons in one statement", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      const id = await registerPerson(subgraph, { familyName: `Stapel${i}` });
      await subgraph.query(GRANT, {
        input: {
          personId: id,
          organizationId: JMD_RHEINE,
          purposes: ['ENROLLMENT'],
          evidenceReference: 'A',
          noticeVersion: 'B',
        },
      });
      ids.push(id);
    }
    const run = async (n: number) =>
      subgraph.countStatements(async () => {
        const res = await subgraph.query<{ _entities: { givenName: string }[] }>(
          ENTITIES,
          { r: ids.slice(0, n).map((id) => ({ __typename: 'Person', id })) },
          as(JMD_WORKER, 'ENROLLMENT'),
        );
        expect(res.errors).toBeUndefined();
        expect(res.data!._entities.map((e) => e.givenName)).toEqual(Array(n).fill('Amani'));
      });
    // Persons, their consents, and the audit trail's INSERT.
    expect(await run(2)).toBe(3);
    expect(await run(6)).toBe(3);
  });

  it('lists persons and regime changes only to case managers, only of their own organisation', async () => {
    const list = `query($f: PersonFilterInput) { persons(filter: $f, first: 100) { items { id } } }`;
    const own = await subgraph.query<{ persons: { items: { id: string }[] } }>(list, {});
    expect(own.data!.persons.items.map((p) => p.id)).toContain(personId);
    expect(
      (await subgraph.query<{ persons: { items: unknown[] } }>(list, {}, JMD_CASE_MANAGER)).data!.persons.items,
    ).toEqual([]);
    expect(
      (await subgraph.query(list, { f: { caseManagingOrganizationId: KIM_RHEINE } }, JMD_CASE_MANAGER)).errors![0]
        .extensions?.code,
    ).toBe('FORBIDDEN');
    for (const identity of [JMD_WORKER, DPO, ADMIN, otherRole('CORE_GROUP')])
      expect((await subgraph.query(list, {}, identity)).errors![0].extensions?.code).toBe('FORBIDDEN');
    const changes = `{ benefitRegimeChanges(first: 10) { items { id } } }`;
    expect((await subgraph.query(changes, {}, JMD_WORKER)).errors![0].extensions?.code).toBe('FORBIDDEN');
    expect((await subgraph.query(changes, {}, CASE_MANAGER)).errors).toBeUndefined();
  });

  it(
    'refuses every change to a person from anyone but a case manager of the managing organisation, ' +
      'writing nothing',
    async () => {
      const needId = (
        await subgraph.query<{ recordNeed: { id: string } }>(
          `mutation($i: RecordNeedInput!) { recordNeed(input: $i) { id } }`,
          { i: { personId, category: 'HOUSING', status: 'OPEN' } },
        )
      ).data!.recordNeed.id;
      const mutations: [string, Record<string, unknown>][] = [
        [
          'mutation($i: RegisterPersonInput!) { registerPerson(input: $i) { person { id } } }',
          {
            i: {
              givenName: 'Fremd',
              familyName: 'Org',
              dateOfBirth: '2003-03-03',
              municipalityAgs: '05566076',
              caseManagingOrganizationId: KIM_RHEINE,
            },
          },
        ],
        [
          'mutation($i: UpdatePersonInput!) { updatePerson(input: $i) { id } }',
          { i: { id: personId, expectedVersion: 1, familyName: 'Fremd' } },
        ],
        [
          'mutation($i: RecordResidenceStatusInput!) { recordResidenceStatus(input: $i) { id } }',
          { i: { personId, status: 'AE_25A', validFrom: '2024-01-01' } },
        ],
        [
          'mutation($i: RecordBenefitRegimeInput!) { recordBenefitRegime(input: $i) { id } }',
          { i: { personId, regime: 'SGB_II', validFrom: '2024-01-01' } },
        ],
        [
          'mutation($i: RecordNeedInput!) { recordNeed(input: $i) { id } }',
          { i: { personId, category: 'HEALTH', status: 'OPEN' } },
        ],
        ['mutation($i: UpdateNeedInput!) { updateNeed(input: $i) { id } }', { i: { id: needId, status: 'MET' } }],
        [
          GRANT.replace('$input', '$i').replace('input: $input', 'input: $i'),
          { i: { personId, organizationId: JOBCENTER_STEINFURT, purposes: ['COUNSELLING'], legalBasis: 'SGB_X_69' } },
        ],
        ['mutation($id: ID!) { revokeConsent(id: $id) { id } }', { id: consentId }],
        [
          'mutation($i: CreateReferralInput!) { createReferral(input: $i) { id } }',
          {
            i: {
              personId,
              fromOrganizationId: KIM_RHEINE,
              toOfferId: '00000000-0000-4000-8000-000000000001',
              purpose: 'ENROLLMENT',
            },
          },
        ],
      ];
      const before = await allRowCounts(subgraph);
      for (const identity of [
        JMD_CASE_MANAGER,
        JMD_WORKER,
        DPO,
        ADMIN,
        otherRole('CORE_GROUP'),
        otherRole('FINANCE'),
        otherRole('NETWORK_COORDINATOR'),
      ]) {
        for (const [mutation, variables] of mutations) {
          const res = await subgraph.query(mutation, variables, as(identity, 'COUNSELLING'));
          expect([mutation.slice(0, 40), res.errors?.[0]?.extensions?.code]).toEqual([
            mutation.slice(0, 40),
            'FORBIDDEN',
          ]);
        }
      }
      expect(await allRowCounts(subgraph)).toEqual(before);
    },
  );

  it(
    'lets a case manager with a REFERRAL consent refer on, and keeps referrals between their two ' + 'organisations',
    async () => {
      const created = await subgraph.query<{ createReferral: { id: string } }>(
        `mutation($i: CreateReferralInput!) { createReferral(input: $i) { id } }`,
        { i: { personId, toOfferId: '00000000-0000-4000-8000-000000000001', purpose: 'ENROLLMENT' } },
        JMD_CASE_MANAGER,
      );
      expect(created.errors).toBeUndefined();
      const id = created.data!.createReferral.id;
      const one = `query($id: ID!) { personReferral(id: $id) { id } }`;
      expect((await subgraph.query(one, { id }, JMD_WORKER)).data).toEqual({ personReferral: { id } });
      expect((await subgraph.query(one, { id }, CASE_MANAGER)).errors![0].extensions?.code).toBe('FORBIDDEN');
      const list = `{ personReferrals(first: 50) { items { id } } }`;
      expect(
        (await subgraph.query<{ personReferrals: { items: { id: string }[] } }>(list, {}, JMD_WORKER)).data!
          .personReferrals.items,
      ).toEqual([{ id }]);
      expect((await subgraph.query(list, {}, DPO)).errors![0].extensions?.code).toBe('FORBIDDEN');
      // Only the referring organisation concludes it, only its case managers answer a referral to an offer.
      const conclude = `mutation($i: ConcludeReferralInput!) { concludeReferral(input: $i) { status } }`;
      expect(
        (await subgraph.query(conclude, { i: { referralId: id, conclusion: 'CANCELLED', reason: 'x' } }, CASE_MANAGER))
          .errors![0].extensions?.code,
      ).toBe('FORBIDDEN');
      const answer = `mutation($i: AnswerReferralInput!) { answerReferral(input: $i) { status } }`;
      expect(
        (await subgraph.query(answer, { i: { referralId: id, answer: 'ACCEPTED' } }, JMD_WORKER)).errors![0].extensions
          ?.code,
      ).toBe('FORBIDDEN');
      expect(
        (await subgraph.query(answer, { i: { referralId: id, answer: 'ACCEPTED' } }, JMD_CASE_MANAGER)).data,
      ).toEqual({ answerReferral: { status: 'ACCEPTED' } });
    },
  );

  it('records who read which fields for which purpose, and every write, in an append-only trail', async () => {
    const subject = await registerPerson(subgraph, { familyName: 'Spur' });
    await subgraph.query(GRANT, {
      input: {
        personId: subject,
        organizationId: JMD_RHEINE,
        purposes: ['REFERRAL'],
        evidenceReference: 'A',
        noticeVersion: 'B',
      },
    });
    await subgraph.query(
      `query Lesen($id: ID!) { person(id: $id) { givenName age needs { category note } } }`,
      { id: subject },
      as(JMD_CASE_MANAGER, 'REFERRAL'),
    );
    const rows = await subgraph.db.dataSource.query(
      `SELECT subject, organization_id, roles, purpose, action, entity, fields, operation_name FROM ` +
        `audit_entry
        WHERE person_refs && ARRAY[$1::text] ORDER BY id`,
      [subject],
    );
    expect(rows).toEqual([
      {
        subject: 'cm-rheine-1',
        organization_id: KIM_RHEINE,
        roles: ['CASE_MANAGER'],
        purpose: null,
        action: 'WRITE',
        entity: 'Person',
        fields: ['givenName', 'familyName', 'dateOfBirth', 'germanLevelCertified', 'municipalityAgs'],
        operation_name: 'Register',
      },
      {
        subject: 'cm-rheine-1',
        organization_id: KIM_RHEINE,
        roles: ['CASE_MANAGER'],
        purpose: null,
        action: 'READ',
        entity: 'Person',
        fields: ['version'],
        operation_name: 'Register',
      },
      {
        subject: 'cm-rheine-1',
        organization_id: KIM_RHEINE,
        roles: ['CASE_MANAGER'],
        purpose: null,
        action: 'WRITE',
        entity: 'PersonConsent',
        fields: ['organizationId', 'purposes', 'legalBasis', 'evidenceReference', 'noticeVersion'],
        operation_name: null,
      },
      {
        subject: 'jmd-rheine-cm',
        organization_id: JMD_RHEINE,
        roles: ['CASE_MANAGER'],
        purpose: 'REFERRAL',
        action: 'READ',
        entity: 'Person',
        fields: ['age', 'givenName', 'needs'],
        operation_name: 'Lesen',
      },
    ]);
    await expect(
      subgraph.db.dataSource.query(`UPDATE audit_entry SET subject = 'x' WHERE person_refs && ARRAY[$1::text]`, [
        subject,
      ]),
    ).rejects.toThrow(/append-only/);
    await expect(
      subgraph.db.dataSource.query(`DELETE FROM audit_entry WHERE person_refs && ARRAY[$1::text]`, [subject]),
    ).rejects.toThrow(/append-only/);
  });

  it(
    "erases a person for the data protection officer only, once, and keeps the access log and the erasure's " +
      'progress',
    async () => {
      const subject = await registerPerson(subgraph, {
        familyName: 'Loeschen',
        residenceStatus: { status: 'DULDUNG', validFrom: '2020-01-01' },
      });
      await subgraph.query(`mutation($i: RecordNeedInput!) { recordNeed(input: $i) { id } }`, {
        i: { personId: subject, category: 'LANGUAGE', status: 'OPEN' },
      });
      await subgraph.query(GRANT, {
        input: {
          personId: subject,
          organizationId: JMD_RHEINE,
          purposes: ['REFERRAL'],
          evidenceReference: 'A',
          noticeVersion: 'B',
        },
      });
      await subgraph.query(`mutation($i: CreateReferralInput!) { createReferral(input: $i) { id } }`, {
        i: { personId: subject, toOrganizationId: JMD_RHEINE, purpose: 'REFERRAL' },
      });
      const ERASE = `mutation($id: ID!) { erasePerson(personId: $id) { personId requestedAt pendingSubgraphs complete }
      }`;
      const SUBJECT = `query($id: ID!) { dataSubject(personId: $id) { personId personsAccessLog { action entity subject
      purpose fields } erasure { pendingSubgraphs complete } } }`;

      for (const identity of [CASE_MANAGER, ADMIN, JMD_WORKER]) {
        expect((await subgraph.query(ERASE, { id: subject }, identity)).errors![0].extensions?.code).toBe('FORBIDDEN');
        expect((await subgraph.query(SUBJECT, { id: subject }, identity)).errors![0].extensions?.code).toBe(
          'FORBIDDEN',
        );
      }
      const first = await subgraph.query<{ erasePerson: { requestedAt: string } }>(ERASE, { id: subject }, DPO);
      expect(first.data!.erasePerson).toMatchObject({
        personId: subject,
        pendingSubgraphs: ['offers'],
        complete: false,
      });
      const again = await subgraph.query<{ erasePerson: { requestedAt: string } }>(ERASE, { id: subject }, DPO);
      expect(again.data).toEqual(first.data);

      const left = await subgraph.db.dataSource.query(
        `SELECT (SELECT count(*) FROM person WHERE id = $1)::int + (SELECT count(*) FROM need WHERE person_id = $1)::int
        + (SELECT count(*) FROM consent WHERE person_id = $1)::int
        + (SELECT count(*) FROM referral WHERE person_id = $1)::int + (SELECT count(*) FROM residence_status_period
        WHERE person_id = $1)::int
        + (SELECT count(*) FROM benefit_regime_period WHERE person_id = $1)::int + (SELECT count(*) FROM person_event
        WHERE person_id = $1)::int AS n`,
        [subject],
      );
      expect(left).toEqual([{ n: 0 }]);
      expect(await subgraph.query(`query($id: ID!) { person(id: $id) { id } }`, { id: subject })).toEqual({
        data: { person: null },
      });
      expect(await subgraph.query(ENTITIES, { r: [{ __typename: 'Person', id: subject }] })).toEqual({
        data: { _entities: [null] },
      });

      const log = await subgraph.query<{ dataSubject: { personsAccessLog: { action: string }[] } }>(
        SUBJECT,
        { id: subject },
        DPO,
      );
      expect(log.data!.dataSubject.personsAccessLog[0]).toEqual({
        action: 'ERASE',
        entity: 'Person',
        subject: 'dpo-1',
        purpose: null,
        fields: expect.arrayContaining(['person', 'needs', 'consents', 'referrals']),
      });
      expect(log.data!.dataSubject.personsAccessLog.filter((e) => e.action === 'ERASE')).toHaveLength(1);
      expect(log.data!.dataSubject).toMatchObject({
        personId: subject,
        erasure: { pendingSubgraphs: ['offers'], complete: false },
      });

      // The gateway's sweeper: only its own identity sees and confirms pending erasures.
      const SYSTEM: Identity = {
        subject: SYSTEM_SUBJECT,
        organizationId: null,
        roles: ['DATA_PROTECTION_OFFICER'],
        ags: [],
      };
      expect((await subgraph.query(`{ _pendingErasures { personId } }`, {}, DPO)).errors![0].extensions?.code).toBe(
        'FORBIDDEN',
      );
      expect(
        (await subgraph.query(`mutation { _confirmErasure(personId: "${subject}", subgraph: "offers") }`, {}, DPO))
          .errors![0].extensions?.code,
      ).toBe('FORBIDDEN');
      expect((await subgraph.query(`{ _pendingErasures { personId pendingSubgraphs } }`, {}, SYSTEM)).data).toEqual({
        _pendingErasures: [{ personId: subject, pendingSubgraphs: ['offers'] }],
      });
      expect(
        (await subgraph.query(`mutation { _confirmErasure(personId: "${subject}", subgraph: "offers") }`, {}, SYSTEM))
          .data,
      ).toEqual({ _confirmErasure: true });
      expect((await subgraph.query(`{ _pendingErasures { personId } }`, {}, SYSTEM)).data).toEqual({
        _pendingErasures: [],
      });
      expect((await subgraph.query(SUBJECT, { id: subject }, DPO)).data).toMatchObject({
        dataSubject: { erasure: { pendingSubgraphs: [], complete: true } },
      });
      expect(
        (await subgraph.query(ERASE, { id: '00000000-0000-4000-8000-000000000009' }, DPO)).errors![0].extensions?.code,
      ).toBe('NOT_FOUND');
    },
  );
});
