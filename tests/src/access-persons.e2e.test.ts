import { ROLES, type Identity, type Purpose, type Role } from '@gk/shared';
import { dataProtectionOfficer, jmdCaseManagerRheine, ORG } from '@gk/fixtures';
import { startTestHub, type HubResponse, type TestHub } from './support/hub';

const AN_OFFER = '00000000-0000-4000-8000-0000000000aa';

/**
 * Each role acting for an organisation of Rheine: the case manager for the one that manages the test persons, the
 * provider for the JMD, which holds consents.
 */
const ORGANIZATION_OF: Record<Role, string | null> = {
  CASE_MANAGER: ORG.kimRheine,
  PROVIDER: ORG.jmdRheine,
  CORE_GROUP: ORG.kimRheine,
  FINANCE: ORG.kimRheine,
  NETWORK_COORDINATOR: ORG.kimRheine,
  DATA_PROTECTION_OFFICER: null,
  ADMIN: null,
};
const who = (role: Role): Partial<Identity> => ({
  subject: `e2e-${role.toLowerCase()}`,
  roles: [role],
  organizationId: ORGANIZATION_OF[role],
  ags: ['05566'],
});
const OTHER_CASE_MANAGER = 'CASE_MANAGER of another organisation';
const COLUMNS: [string, Partial<Identity>][] = [
  ...ROLES.map((r): [string, Partial<Identity>] => [r, who(r)]),
  [OTHER_CASE_MANAGER, jmdCaseManagerRheine],
];
const CASE_MANAGER = who('CASE_MANAGER');

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
  'laterRegistrationsElsewhere',
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

const PERSON = `query($id: ID!) { person(id: $id) { id givenName familyName dateOfBirth gender countryOfOrigin
  languages arrivalDate pseudonym age
  ageOn(date: "2026-01-01") inTargetGroup municipality { ags name } caseManagingOrganization { id }
  currentResidenceStatus currentBenefitRegime
  residenceStatusHistory { status } benefitRegimeHistory { regime } germanLevel germanLevelCertified schoolDegree
  vocationalQualification { dqrLevel } goals
  needs { category } consents { active } referrals { status } history { kind } createdAt updatedAt version
  laterRegistrationsElsewhere } }`;

/**
 * The field matrix of the persons subgraph: for each column, the declared purpose and the fields
 * readable with the person's consent for the JMD (COUNSELLING, REFERRAL, ENROLLMENT) in force, and
 * after it was revoked. An empty list means `person(id)` itself is refused.
 */
const FIELD_CELLS: [string, Purpose | null, string[], string[]][] = [
  ['CASE_MANAGER', null, ALL, ALL],
  ['CASE_MANAGER', 'REPORTING', ALL, ALL],
  [OTHER_CASE_MANAGER, 'COUNSELLING', [...IDENTITY, ...SITUATION, ...EDUCATION, 'needs'], []],
  [OTHER_CASE_MANAGER, 'REFERRAL', [...IDENTITY, ...EDUCATION, 'needs'], []],
  [OTHER_CASE_MANAGER, 'ENROLLMENT', [...IDENTITY, ...EDUCATION, 'currentResidenceStatus', 'currentBenefitRegime'], []],
  [OTHER_CASE_MANAGER, 'REPORTING', [], []],
  [OTHER_CASE_MANAGER, null, [], []],
  ['PROVIDER', 'ENROLLMENT', PROVIDER_FIELDS, []],
  ['PROVIDER', 'COUNSELLING', [], []],
  ...(['CORE_GROUP', 'FINANCE', 'NETWORK_COORDINATOR', 'DATA_PROTECTION_OFFICER', 'ADMIN'] as const).flatMap(
    (r): [string, Purpose | null, string[], string[]][] => [
      [r, 'COUNSELLING', [], []],
      [r, null, [], []],
    ],
  ),
];

/** Who may run each mutation (with the person managed by KIM Rheine and the JMD holding consents). */
const MUTATIONS_ALLOWED: Record<string, string[]> = {
  registerPerson: ['CASE_MANAGER'],
  updatePerson: ['CASE_MANAGER'],
  recordResidenceStatus: ['CASE_MANAGER'],
  recordBenefitRegime: ['CASE_MANAGER'],
  recordNeed: ['CASE_MANAGER'],
  updateNeed: ['CASE_MANAGER'],
  grantConsent: ['CASE_MANAGER'],
  revokeConsent: ['CASE_MANAGER'],
  createReferral: ['CASE_MANAGER', OTHER_CASE_MANAGER],
  answerReferral: ['PROVIDER', OTHER_CASE_MANAGER],
  concludeReferral: ['CASE_MANAGER'],
  erasePerson: ['DATA_PROTECTION_OFFICER'],
};

const QUERIES_ALLOWED: Record<string, string[]> = {
  persons: ['CASE_MANAGER', OTHER_CASE_MANAGER],
  benefitRegimeChanges: ['CASE_MANAGER', OTHER_CASE_MANAGER],
  personReferrals: ['CASE_MANAGER', 'PROVIDER', OTHER_CASE_MANAGER],
  dataSubject: ['DATA_PROTECTION_OFFICER'],
  // Unprotected figures for case managers' own planning; the core group reads the suppressed AreaIndicators.targetGroup
  // instead.
  'Municipality.targetGroupFigures': ['CASE_MANAGER', OTHER_CASE_MANAGER],
};

describe('access matrix of the persons subgraph, through the gateway', () => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub({ loadDemoData: true });
  });

  afterAll(async () => {
    await hub?.close();
  });

  async function ask<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown>,
    identity: Partial<Identity>,
    purpose: Purpose | null = null,
  ): Promise<HubResponse<T>['body']> {
    if (!purpose) return (await hub.query<T>(query, variables, identity)).body;
    const res = await hub.post(
      { query, variables },
      { authorization: `Bearer ${await hub.token(identity)}`, 'x-purpose': purpose },
    );
    return (await res.json()) as HubResponse<T>['body'];
  }

  async function ok<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown>,
    identity: Partial<Identity> = CASE_MANAGER,
  ): Promise<T> {
    const body = await ask<T>(query, variables, identity);
    expect(body.errors).toBeUndefined();
    return body.data!;
  }

  const register = async (familyName: string): Promise<string> =>
    (
      await ok<{ registerPerson: { person: { id: string } } }>(
        `mutation($i: RegisterPersonInput!) { registerPerson(input: $i) { person { id } } }`,
        {
          i: {
            givenName: 'Matrix',
            familyName,
            dateOfBirth: '2003-03-03',
            municipalityAgs: '05566076',
            germanLevel: 'A2',
            confirmNotDuplicate: true,
            residenceStatus: { status: 'DULDUNG', validFrom: '2021-01-01' },
            benefitRegime: { regime: 'ASYLBLG', validFrom: '2021-01-01' },
          },
        },
      )
    ).registerPerson.person.id;
  const consent = async (personId: string, organizationId: string, purposes: Purpose[]): Promise<string> =>
    (
      await ok<{ grantConsent: { id: string } }>(
        `mutation($i: GrantConsentInput!) { grantConsent(input: $i) { id } }`,
        { i: { personId, organizationId, purposes, evidenceReference: 'Akte', noticeVersion: 'DS-1' } },
      )
    ).grantConsent.id;
  const rowCounts = async () =>
    (
      await hub.subgraphs.persons.db.dataSource.query(
        `SELECT (SELECT count(*) FROM person)::int AS p, (SELECT count(*) FROM need)::int AS n, (SELECT count(*) FROM
          consent WHERE revoked_at IS NULL)::int AS c,
              (SELECT count(*) FROM referral)::int AS r, (SELECT count(*) FROM referral WHERE status <>
              'REQUESTED')::int AS ra, (SELECT count(*) FROM person_event)::int AS e,
              (SELECT count(*) FROM erasure_request)::int AS x`,
      )
    )[0];

  describe('Person fields', () => {
    let personId: string;
    let consentId: string;

    beforeAll(async () => {
      personId = await register('Feldmatrix');
      await ok(`mutation($i: RecordNeedInput!) { recordNeed(input: $i) { id } }`, {
        i: { personId, category: 'LANGUAGE', status: 'OPEN' },
      });
      consentId = await consent(personId, ORG.jmdRheine, ['COUNSELLING', 'REFERRAL', 'ENROLLMENT']);
    });

    const readable = async (column: string, purpose: Purpose | null): Promise<string[]> => {
      const identity = COLUMNS.find(([name]) => name === column)![1];
      const body = await ask<{ person: Record<string, unknown> | null }>(PERSON, { id: personId }, identity, purpose);
      const codes = (body.errors ?? []).map((e) => e.extensions?.code);
      expect(codes.filter((c) => c !== 'FORBIDDEN')).toEqual([]);
      if (!body.data?.person) {
        expect(body.errors!.map((e) => e.path)).toEqual([['person']]);
        return [];
      }
      expect(body.data.person.id).toBe(personId);
      const denied = new Set((body.errors ?? []).map((e) => String(e.path?.[1])));
      for (const field of denied) expect(body.data.person[field]).toBeNull();
      return ALL.filter((f) => !denied.has(f)).sort();
    };

    it.each(FIELD_CELLS.map(([column, purpose, allowed]) => [column, purpose ?? 'no purpose', allowed] as const))(
      '%s declaring %s reads exactly its fields while the consent is in force',
      async (column, purpose, allowed) => {
        expect(await readable(column, purpose === 'no purpose' ? null : (purpose as Purpose))).toEqual(
          [...allowed].sort(),
        );
      },
    );

    it(
      'reads personal data through a municipality resolved by the network subgraph, and leaves an audit entry ' +
        'the data protection officer sees',
      async () => {
        const body = await ask<{ person: { givenName: string; municipality: { name: string } } }>(
          `query Besuch($id: ID!) { person(id: $id) { givenName municipality { name } } }`,
          { id: personId },
          jmdCaseManagerRheine,
          'COUNSELLING',
        );
        expect(body).toEqual({ data: { person: { givenName: 'Matrix', municipality: { name: 'Rheine' } } } });
        const log = await ok<{
          dataSubject: {
            personsAccessLog: {
              subject: string;
              organizationId: string;
              purpose: string;
              action: string;
              entity: string;
              fields: string[];
              operationName: string;
            }[];
          };
        }>(
          `query($id: ID!) { dataSubject(personId: $id) { personsAccessLog { subject organizationId purpose ` +
            `action entity fields operationName } } }`,
          { id: personId },
          dataProtectionOfficer,
        );
        // The gateway names the subgraph fetch after the client's operation.
        expect(log.dataSubject.personsAccessLog[0]).toEqual({
          subject: jmdCaseManagerRheine.subject,
          organizationId: ORG.jmdRheine,
          purpose: 'COUNSELLING',
          action: 'READ',
          entity: 'Person',
          fields: ['givenName', 'municipality'],
          operationName: 'Besuch__persons__0',
        });
      },
    );

    it.each(
      FIELD_CELLS.map(([column, purpose, , afterRevoke]) => [column, purpose ?? 'no purpose', afterRevoke] as const),
    )(
      '%s declaring %s reads exactly its fields from the very next request after the consent is revoked',
      async (column, purpose, allowed) => {
        const consents = await hub.subgraphs.persons.db.dataSource.query(
          `SELECT revoked_at FROM consent WHERE id = $1`,
          [consentId],
        );
        if (consents[0].revoked_at === null)
          await ok(`mutation($id: ID!) { revokeConsent(id: $id) { id } }`, { id: consentId });
        expect(await readable(column, purpose === 'no purpose' ? null : (purpose as Purpose))).toEqual(
          [...allowed].sort(),
        );
      },
    );
  });

  describe('mutations', () => {
    /** Each mutation with a fresh subject per column, so an allowed cell runs on a clean state. */
    const MUTATIONS: Record<string, () => Promise<[string, Record<string, unknown>]>> = {
      registerPerson: async () => [
        `mutation($i: RegisterPersonInput!) { registerPerson(input: $i) { person { id } } }`,
        {
          i: {
            givenName: 'Neu',
            familyName: `Reg${Math.random()}`,
            dateOfBirth: '2002-02-02',
            municipalityAgs: '05566076',
            caseManagingOrganizationId: ORG.kimRheine,
          },
        },
      ],
      updatePerson: async () => [
        `mutation($i: UpdatePersonInput!) { updatePerson(input: $i) { id } }`,
        { i: { id: await register('Upd'), expectedVersion: 1, familyName: 'Geaendert' } },
      ],
      recordResidenceStatus: async () => [
        `mutation($i: RecordResidenceStatusInput!) { recordResidenceStatus(input: $i) { id } }`,
        { i: { personId: await register('Res'), status: 'AE_25A', validFrom: '2024-01-01' } },
      ],
      recordBenefitRegime: async () => [
        `mutation($i: RecordBenefitRegimeInput!) { recordBenefitRegime(input: $i) { id } }`,
        { i: { personId: await register('Reg'), regime: 'SGB_II', validFrom: '2024-01-01' } },
      ],
      recordNeed: async () => [
        `mutation($i: RecordNeedInput!) { recordNeed(input: $i) { id } }`,
        { i: { personId: await register('Need'), category: 'HOUSING', status: 'OPEN' } },
      ],
      updateNeed: async () => {
        const personId = await register('NeedUpd');
        const need = await ok<{ recordNeed: { id: string } }>(
          `mutation($i: RecordNeedInput!) { recordNeed(input: $i) { id } }`,
          { i: { personId, category: 'HOUSING', status: 'OPEN' } },
        );
        return [
          `mutation($i: UpdateNeedInput!) { updateNeed(input: $i) { id } }`,
          { i: { id: need.recordNeed.id, status: 'IN_PROGRESS' } },
        ];
      },
      grantConsent: async () => [
        `mutation($i: GrantConsentInput!) { grantConsent(input: $i) { id } }`,
        {
          i: {
            personId: await register('Grant'),
            organizationId: ORG.jcSteinfurt,
            purposes: ['COUNSELLING'],
            legalBasis: 'SGB_X_69',
          },
        },
      ],
      revokeConsent: async () => [
        `mutation($id: ID!) { revokeConsent(id: $id) { id } }`,
        { id: await consent(await register('Revoke'), ORG.jmdRheine, ['COUNSELLING']) },
      ],
      createReferral: async () => {
        const personId = await register('Refer');
        await consent(personId, ORG.jmdRheine, ['REFERRAL']);
        return [
          `mutation($i: CreateReferralInput!) { createReferral(input: $i) { id } }`,
          { i: { personId, toOfferId: AN_OFFER, purpose: 'ENROLLMENT' } },
        ];
      },
      answerReferral: async () => {
        const personId = await register('Answer');
        await consent(personId, ORG.jmdRheine, ['REFERRAL']);
        const referral = await ok<{ createReferral: { id: string } }>(
          `mutation($i: CreateReferralInput!) { createReferral(input: $i) { id } }`,
          { i: { personId, toOrganizationId: ORG.jmdRheine, purpose: 'REFERRAL' } },
        );
        return [
          `mutation($i: AnswerReferralInput!) { answerReferral(input: $i) { id } }`,
          { i: { referralId: referral.createReferral.id, answer: 'ACCEPTED' } },
        ];
      },
      concludeReferral: async () => {
        const personId = await register('Conclude');
        const referral = await ok<{ createReferral: { id: string } }>(
          `mutation($i: CreateReferralInput!) { createReferral(input: $i) { id } }`,
          { i: { personId, toOfferId: AN_OFFER, purpose: 'ENROLLMENT' } },
        );
        return [
          `mutation($i: ConcludeReferralInput!) { concludeReferral(input: $i) { id } }`,
          { i: { referralId: referral.createReferral.id, conclusion: 'CANCELLED', reason: 'Umzug' } },
        ];
      },
      erasePerson: async () => [
        `mutation($id: ID!) { erasePerson(personId: $id) { personId } }`,
        { id: await register('Erase') },
      ],
    };

    const cells = Object.keys(MUTATIONS_ALLOWED).flatMap((m) =>
      COLUMNS.map(([column]) => [m, column, MUTATIONS_ALLOWED[m].includes(column)] as const),
    );
    it.each(cells)('%s by %s: allowed %s', async (mutation, column, allowed) => {
      const [query, variables] = await MUTATIONS[mutation]();
      const before = await rowCounts();
      const body = await ask(query, variables, COLUMNS.find(([name]) => name === column)![1], 'REFERRAL');
      if (allowed) {
        expect(body.errors).toBeUndefined();
        expect(body.data?.[mutation]).toBeTruthy();
      } else {
        expect(body.data?.[mutation] ?? null).toBeNull();
        expect(body.errors!.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
        expect(await rowCounts()).toEqual(before);
      }
    });
  });

  describe('root queries and figures', () => {
    const QUERIES: Record<string, [string, Record<string, unknown>]> = {
      persons: [`{ persons(first: 5) { items { id } } }`, {}],
      benefitRegimeChanges: [`{ benefitRegimeChanges(first: 5) { items { id } } }`, {}],
      personReferrals: [`{ personReferrals(first: 5) { items { id } } }`, {}],
      dataSubject: [`{ dataSubject(personId: "${AN_OFFER}") { personId personsAccessLog { action } } }`, {}],
      'Municipality.targetGroupFigures': [
        `{ municipality(ags: "05566076") { name targetGroupFigures { total } } }`,
        {},
      ],
    };
    const cells = Object.keys(QUERIES_ALLOWED).flatMap((q) =>
      COLUMNS.map(([column]) => [q, column, QUERIES_ALLOWED[q].includes(column)] as const),
    );
    it.each(cells)('%s for %s: allowed %s', async (name, column, allowed) => {
      const [query, variables] = QUERIES[name];
      const body = await ask(query, variables, COLUMNS.find(([c]) => c === column)![1]);
      if (allowed) expect(body.errors).toBeUndefined();
      else expect(body.errors!.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    });

    it('lists for a case manager only the persons their organisation manages', async () => {
      const mine = await ok<{ persons: { items: { caseManagingOrganization: { id: string } }[] } }>(
        `{ persons(first: 100) { items { caseManagingOrganization { id } } } }`,
        {},
      );
      expect(mine.persons.items.length).toBeGreaterThan(0);
      expect(new Set(mine.persons.items.map((p) => p.caseManagingOrganization.id))).toEqual(new Set([ORG.kimRheine]));
      expect(await ok(`{ persons(first: 100) { items { id } } }`, {}, jmdCaseManagerRheine)).toEqual({
        persons: { items: [] },
      });
    });
  });
});
