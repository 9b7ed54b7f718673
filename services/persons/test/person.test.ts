import { startTestSubgraph, type TestSubgraph } from '@gk/shared/testing';
import { createPersonsSubgraph } from '../src/persons.subgraph';
import { pseudonymOf } from '../src/person/pseudonym';
import {
  CASE_MANAGER,
  KIM_RHEINE,
  KI_RKN,
  REGISTER,
  allRowCounts,
  caseManagerOf,
  personInput,
  registerPerson,
  type GqlError,
  actingAs,
  ADMIN,
  CASE_MANAGER_2,
  CASE_MANAGER_TWO_KREISE,
} from './support';

const PERSON_FIELDS = `id pseudonym givenName familyName dateOfBirth gender countryOfOrigin languages germanLevel
  germanLevelCertified
  arrivalDate currentResidenceStatus currentBenefitRegime schoolDegree goals version
  vocationalQualification { dqrLevel inTraining foreign foreignRecognised }
  municipality { ags } caseManagingOrganization { id }
  ageOn(date: "2026-05-16") inTargetGroup(on: "2022-05-16")
  residenceStatusHistory { status validFrom validUntil recordedBySubject recordedByOrganization { id } }
  benefitRegimeHistory { regime previousRegime validFrom validUntil }
  history { kind fields subjectId actorSubject actorOrganization { id } }`;

const UPDATE = `mutation Update($input: UpdatePersonInput!) { updatePerson(input: $input) { id givenName familyName
  arrivalDate germanLevel germanLevelCertified languages goals version } }`;

describe('persons: register and update', () => {
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    subgraph = actingAs(
      await startTestSubgraph(
        createPersonsSubgraph({
          pseudonymKey: 'test-pseudonym-key',
          maxPageSize: 50,
          erasurePeers: ['offers'],
          suppressionThreshold: 5,
        }),
      ),
      CASE_MANAGER,
    );
  });

  afterAll(async () => {
    await subgraph?.close();
  });

  it('registers a person with situation, qualification and goals, and records who did it', async () => {
    const res = await subgraph.query<{ registerPerson: { person: { id: string } } }>(
      `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { person { ${PERSON_FIELDS} ` +
        `}
        probableDuplicates { id } } }`,
      {
        input: personInput({
          givenName: ' Bahar ',
          familyName: 'Beispielfrau',
          dateOfBirth: '2004-05-17',
          gender: 'FEMALE',
          countryOfOrigin: 'AFG',
          languages: ['prs', 'fa'],
          germanLevel: 'A2',
          germanLevelCertified: true,
          arrivalDate: '2016-02-01',
          schoolDegree: 'FOREIGN_NOT_RECOGNISED',
          vocationalQualification: { dqrLevel: 3, inTraining: false, foreign: true, foreignRecognised: null },
          goals: ['FACHOBERSCHULREIFE', 'LANGUAGE_LEVEL'],
          residenceStatus: { status: 'DULDUNG', validFrom: '2019-03-01' },
          benefitRegime: { regime: 'ASYLBLG', validFrom: '2016-02-10' },
        }),
      },
      CASE_MANAGER,
    );
    expect(res.errors).toBeUndefined();
    const person = res.data!.registerPerson.person;
    const id = person.id;
    expect(res.data!.registerPerson).toEqual({
      probableDuplicates: [],
      person: {
        id,
        pseudonym: pseudonymOf(id, 'test-pseudonym-key'),
        givenName: 'Bahar',
        familyName: 'Beispielfrau',
        dateOfBirth: '2004-05-17',
        gender: 'FEMALE',
        countryOfOrigin: 'AFG',
        languages: ['prs', 'fa'],
        germanLevel: 'A2',
        germanLevelCertified: true,
        arrivalDate: '2016-02-01',
        currentResidenceStatus: 'DULDUNG',
        currentBenefitRegime: 'ASYLBLG',
        schoolDegree: 'FOREIGN_NOT_RECOGNISED',
        goals: ['FACHOBERSCHULREIFE', 'LANGUAGE_LEVEL'],
        version: 1,
        vocationalQualification: { dqrLevel: 3, inTraining: false, foreign: true, foreignRecognised: null },
        municipality: { ags: '05566076' },
        caseManagingOrganization: { id: KIM_RHEINE },
        ageOn: 21,
        inTargetGroup: false,
        residenceStatusHistory: [
          {
            status: 'DULDUNG',
            validFrom: '2019-03-01',
            validUntil: null,
            recordedBySubject: 'cm-rheine-1',
            recordedByOrganization: { id: KIM_RHEINE },
          },
        ],
        benefitRegimeHistory: [{ regime: 'ASYLBLG', previousRegime: null, validFrom: '2016-02-10', validUntil: null }],
        history: [
          {
            kind: 'REGISTERED',
            fields: [
              'givenName',
              'familyName',
              'dateOfBirth',
              'gender',
              'countryOfOrigin',
              'languages',
              'germanLevel',
              'germanLevelCertified',
              'municipalityAgs',
              'arrivalDate',
              'caseManagingOrganizationId',
              'schoolDegree',
              'goals',
              'vocationalDqrLevel',
              'vocationalInTraining',
              'vocationalForeign',
              'vocationalForeignRecognised',
            ],
            subjectId: null,
            actorSubject: 'cm-rheine-1',
            actorOrganization: { id: KIM_RHEINE },
          },
          {
            kind: 'RESIDENCE_STATUS_CHANGED',
            fields: ['status', 'validFrom'],
            subjectId: expect.any(String),
            actorSubject: 'cm-rheine-1',
            actorOrganization: { id: KIM_RHEINE },
          },
          {
            kind: 'BENEFIT_REGIME_CHANGED',
            fields: ['regime', 'validFrom'],
            subjectId: expect.any(String),
            actorSubject: 'cm-rheine-1',
            actorOrganization: { id: KIM_RHEINE },
          },
        ],
      },
    });
    // The pseudonym depends on the key: another key gives another pseudonym.
    expect(pseudonymOf(id, 'another-key')).not.toBe(pseudonymOf(id, 'test-pseudonym-key'));
  });

  it('answers age and target-group membership on given dates', async () => {
    const id = await registerPerson(subgraph, { givenName: 'Karim', dateOfBirth: '2008-02-29' });
    const res = await subgraph.query(
      `query($id: ID!) { person(id: $id) { a: ageOn(date: "2026-02-28") b: ageOn(date: "2026-03-01") c:
        ` +
        `inTargetGroup(on: "2026-02-28") d: inTargetGroup(on: "2026-03-01") e: inTargetGroup(on: ` +
        `"2036-02-28")
        f: inTargetGroup(on: "2036-03-01") } }`,
      { id },
    );
    expect(res).toEqual({ data: { person: { a: 17, b: 18, c: false, d: true, e: true, f: false } } });
  });

  it(
    'reports a probable duplicate with the existing id instead of registering it twice, unless ' + 'confirmed',
    async () => {
      const first = await registerPerson(subgraph, {
        givenName: 'Dawit',
        familyName: 'Doppelt',
        dateOfBirth: '2001-01-01',
      });
      const before = await allRowCounts(subgraph);
      const again = await subgraph.query(
        REGISTER,
        { input: personInput({ givenName: 'dawit ', familyName: 'DOPPELT', dateOfBirth: '2001-01-01' }) },
        CASE_MANAGER,
      );
      expect(again).toEqual({ data: { registerPerson: { person: null, probableDuplicates: [{ id: first }] } } });
      expect(await allRowCounts(subgraph)).toEqual(before);

      // Same name and date of birth in another municipality is no duplicate.
      const elsewhere = await subgraph.query<{ registerPerson: { person: { id: string } } }>(
        REGISTER,
        {
          input: personInput({
            givenName: 'Dawit',
            familyName: 'Doppelt',
            dateOfBirth: '2001-01-01',
            municipalityAgs: '05162024',
          }),
        },
        CASE_MANAGER_TWO_KREISE,
      );
      expect(elsewhere.data?.registerPerson).toEqual({
        person: { id: expect.any(String), version: 1 },
        probableDuplicates: [],
      });

      const confirmed = await subgraph.query<{ registerPerson: { person: { id: string } } }>(
        REGISTER,
        {
          input: personInput({
            givenName: 'Dawit',
            familyName: 'Doppelt',
            dateOfBirth: '2001-01-01',
            confirmNotDuplicate: true,
          }),
        },
        CASE_MANAGER,
      );
      expect(confirmed.data?.registerPerson).toEqual({
        person: { id: expect.any(String), version: 1 },
        probableDuplicates: [{ id: first }],
      });
      expect(confirmed.data?.registerPerson.person.id).not.toBe(first);
    },
  );

  describe('duplicates of another organisation', () => {
    // Their area reaches Rheine too: a case manager registers only where their area lies.
    const NEUSS_CASE_MANAGER = caseManagerOf(KI_RKN, ['05162', '05566']);
    const GRANT = 'mutation($input: GrantConsentInput!) { grantConsent(input: $input) { id } }';
    const REGISTER_SEEING =
      `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { person { id
      version ` +
      `givenName familyName dateOfBirth municipality { ags } caseManagingOrganization { id } }
      ` +
      `probableDuplicates { id } } }`;
    const auditOf = (personRef: string): Promise<{ subject: string }[]> =>
      subgraph.db.dataSource.query('SELECT subject FROM audit_entry WHERE person_refs && ARRAY[$1::text] ORDER BY id', [
        personRef,
      ]);

    it(
      'tells a case manager of another organisation nothing of a person registered in Rheine: not ' +
        'the id, not a value, not that one exists',
      async () => {
        const rheine = await registerPerson(subgraph, {
          givenName: 'Hamid',
          familyName: 'Verborgen',
          dateOfBirth: '2000-10-10',
        });
        const register = (familyName: string) =>
          subgraph.query(
            REGISTER_SEEING,
            { input: personInput({ givenName: 'Hamid', familyName, dateOfBirth: '2000-10-10' }) },
            NEUSS_CASE_MANAGER,
          );
        const neuss = {
          id: expect.any(String),
          version: 1,
          givenName: 'Hamid',
          dateOfBirth: '2000-10-10',
          municipality: { ags: '05566076' },
          caseManagingOrganization: { id: KI_RKN },
        };

        // The same answer, the same statements, whether or not a person the caller may not see has these details.
        let withHidden: unknown;
        let without: unknown;
        const statementsWithHidden = await subgraph.countStatements(async () => {
          withHidden = await register('Verborgen');
        });
        const statementsWithout = await subgraph.countStatements(async () => {
          without = await register('Unbekannt');
        });
        expect(withHidden).toEqual({
          data: { registerPerson: { person: { ...neuss, familyName: 'Verborgen' }, probableDuplicates: [] } },
        });
        expect(without).toEqual({
          data: { registerPerson: { person: { ...neuss, familyName: 'Unbekannt' }, probableDuplicates: [] } },
        });
        expect(statementsWithHidden).toBe(statementsWithout);
        expect(JSON.stringify(withHidden)).not.toContain(rheine);
        // Nothing of the Rheine person was read for the caller, so its audit trail has nothing of the caller either.
        expect((await auditOf(rheine)).map((r) => r.subject)).not.toContain(NEUSS_CASE_MANAGER.subject);

        // The organisation that manages the earlier record sees the later registration, as a number only; the later one
        // sees none.
        const newId = (withHidden as { data: { registerPerson: { person: { id: string } } } }).data.registerPerson
          .person.id;
        const later = 'query($id: ID!) { person(id: $id) { laterRegistrationsElsewhere } }';
        expect(await subgraph.query(later, { id: rheine }, CASE_MANAGER)).toEqual({
          data: { person: { laterRegistrationsElsewhere: 1 } },
        });
        expect(await subgraph.query(later, { id: newId }, NEUSS_CASE_MANAGER)).toEqual({
          data: { person: { laterRegistrationsElsewhere: 0 } },
        });
      },
    );

    it(
      'reports a duplicate of another organisation once a consent for the declared purpose lets ' + 'the caller see it',
      async () => {
        const rheine = await registerPerson(subgraph, {
          givenName: 'Sara',
          familyName: 'Einverstanden',
          dateOfBirth: '2001-11-11',
        });
        await subgraph.query(
          GRANT,
          {
            input: {
              personId: rheine,
              organizationId: KI_RKN,
              purposes: ['COUNSELLING'],
              evidenceReference: 'Akte 4712',
              noticeVersion: 'DS-2024-01',
            },
          },
          CASE_MANAGER,
        );
        const input = personInput({ givenName: 'Sara', familyName: 'Einverstanden', dateOfBirth: '2001-11-11' });
        const before = await allRowCounts(subgraph);
        expect(await subgraph.query(REGISTER, { input }, { ...NEUSS_CASE_MANAGER, purpose: 'COUNSELLING' })).toEqual({
          data: { registerPerson: { person: null, probableDuplicates: [{ id: rheine }] } },
        });
        expect(await allRowCounts(subgraph)).toEqual(before);
        // A consent for another purpose than the declared one does not cover it.
        expect(await subgraph.query(REGISTER, { input }, { ...NEUSS_CASE_MANAGER, purpose: 'REPORTING' })).toEqual({
          data: { registerPerson: { person: { id: expect.any(String), version: 1 }, probableDuplicates: [] } },
        });
      },
    );
  });

  it('registers only one of two simultaneous registrations of the same person', async () => {
    const input = personInput({ givenName: 'Idris', familyName: 'Gleichzeitig', dateOfBirth: '2002-02-02' });
    const results = await Promise.all(
      [1, 2, 3].map(() =>
        subgraph.query<{ registerPerson: { person: { id: string } | null; probableDuplicates: { id: string }[] } }>(
          REGISTER,
          { input },
          CASE_MANAGER,
        ),
      ),
    );
    const created = results.filter((r) => r.data?.registerPerson.person !== null);
    expect(created).toHaveLength(1);
    const id = created[0].data!.registerPerson.person!.id;
    for (const r of results.filter((x) => x !== created[0]))
      expect(r.data?.registerPerson).toEqual({ person: null, probableDuplicates: [{ id }] });
  });

  it('defaults the case-managing organisation to the caller and refuses a caller without one', async () => {
    const id = await registerPerson(subgraph, { givenName: 'Leyla', familyName: 'Zuordnung' });
    const res = await subgraph.query(`query($id: ID!) { person(id: $id) { caseManagingOrganization { id } } }`, { id });
    expect(res).toEqual({ data: { person: { caseManagingOrganization: { id: KIM_RHEINE } } } });
    const before = await allRowCounts(subgraph);
    const admin = await subgraph.query<unknown>(REGISTER, { input: personInput({ familyName: 'Ohneorg' }) }, ADMIN);
    expect(admin.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    const withoutOrganisation = await subgraph.query<unknown>(
      REGISTER,
      { input: personInput({ familyName: 'Ohneorg' }) },
      { ...CASE_MANAGER, organizationId: null },
    );
    expect(withoutOrganisation.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(await allRowCounts(subgraph)).toEqual(before);
  });

  it(
    "registers and moves a person only in a municipality of the case manager's area, and writes nothing " + 'otherwise',
    async () => {
      const before = await allRowCounts(subgraph);
      // CASE_MANAGER's area is Rheine: Neuss lies outside it.
      const outside = await subgraph.query<unknown>(
        REGISTER,
        { input: personInput({ familyName: 'Auswaerts', municipalityAgs: '05162024', confirmNotDuplicate: true }) },
        CASE_MANAGER,
      );
      expect(outside.errors?.[0]).toMatchObject({
        message: 'registerPerson is limited to the municipalities in your scope.',
        extensions: { code: 'FORBIDDEN' },
      });
      expect(outside.data ?? null).toBeNull();
      expect(await allRowCounts(subgraph)).toEqual(before);

      const id = await registerPerson(subgraph, { givenName: 'Omid', familyName: 'Umzug' });
      const afterRegistration = await allRowCounts(subgraph);
      const move = await subgraph.query<unknown>(
        UPDATE,
        { input: { id, expectedVersion: 1, municipalityAgs: '05162024' } },
        CASE_MANAGER,
      );
      expect(move.errors?.[0]).toMatchObject({
        message: 'updatePerson is limited to the municipalities in your scope.',
        extensions: { code: 'FORBIDDEN' },
      });
      expect(await allRowCounts(subgraph)).toEqual(afterRegistration);
      const [row] = await subgraph.db.dataSource.query('SELECT municipality_ags, version FROM person WHERE id = $1', [
        id,
      ]);
      expect(row).toEqual({ municipality_ags: '05566076', version: 1 });

      // A colleague whose area reaches Neuss may move the person there.
      const moved = await subgraph.query<{ updatePerson: { version: number } }>(
        UPDATE,
        { input: { id, expectedVersion: 1, municipalityAgs: '05162024' } },
        CASE_MANAGER_TWO_KREISE,
      );
      expect(moved.data?.updatePerson.version).toBe(2);
    },
  );

  it.each([
    ['dateOfBirth', { dateOfBirth: '2999-01-01' }],
    ['arrivalDate', { arrivalDate: '2999-01-01' }],
    ['arrivalDate', { arrivalDate: '2000-01-01', dateOfBirth: '2004-05-17' }],
    ['municipalityAgs', { municipalityAgs: '05566' }],
    ['municipalityAgs', { municipalityAgs: '0556607X' }],
    ['countryOfOrigin', { countryOfOrigin: 'XX' }],
    ['countryOfOrigin', { countryOfOrigin: 'syr' }],
    ['givenName', { givenName: 'A'.repeat(101) }],
    ['familyName', { familyName: '   ' }],
    ['languages', { languages: ['Arabisch'] }],
    ['germanLevelCertified', { germanLevelCertified: true }],
    [
      'vocationalQualification.foreignRecognised',
      { vocationalQualification: { inTraining: false, foreign: false, foreignRecognised: true } },
    ],
    [
      'vocationalQualification.dqrLevel',
      { vocationalQualification: { dqrLevel: 9, inTraining: false, foreign: false } },
    ],
    ['residenceStatus.validFrom', { residenceStatus: { status: 'GESTATTUNG', validFrom: '2999-01-01' } }],
    ['residenceStatus.validFrom', { residenceStatus: { status: 'GESTATTUNG', validFrom: '2000-01-01' } }],
    ['caseManagingOrganizationId', { caseManagingOrganizationId: 'not-a-uuid' }],
  ])('refuses a bad %s with BAD_USER_INPUT naming the field and writes nothing', async (field, overrides) => {
    const before = await allRowCounts(subgraph);
    const res = await subgraph.query<unknown>(
      REGISTER,
      { input: personInput({ familyName: 'Abgelehnt', ...overrides }) },
      CASE_MANAGER,
    );
    const error = res.errors?.[0] as GqlError;
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect([error.extensions?.field, ...((error.extensions?.fields as string[]) ?? [])]).toContain(`input.${field}`);
    expect(error.message).toContain(`"input.${field}"`);
    expect(res.data ?? null).toBeNull();
    expect(await allRowCounts(subgraph)).toEqual(before);
  });

  it('refuses an unknown enum value and a malformed date with BAD_USER_INPUT naming the field', async () => {
    const before = await allRowCounts(subgraph);
    const badEnum = await subgraph.query<unknown>(REGISTER, { input: personInput({ gender: 'ROBOT' }) }, CASE_MANAGER);
    expect(badEnum.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(badEnum.errors?.[0].message).toContain('"input.gender"');
    const badDate = await subgraph.query<unknown>(
      REGISTER,
      { input: personInput({ dateOfBirth: '2004-02-30' }) },
      CASE_MANAGER,
    );
    expect(badDate.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(badDate.errors?.[0].message).toContain('"input.dateOfBirth"');
    expect(await allRowCounts(subgraph)).toEqual(before);
  });

  it('updates fields, raises the version and records the change in the history', async () => {
    const id = await registerPerson(subgraph, {
      givenName: 'Farid',
      familyName: 'Aenderung',
      germanLevel: 'A2',
      germanLevelCertified: true,
    });
    const res = await subgraph.query(
      UPDATE,
      {
        input: {
          id,
          expectedVersion: 1,
          familyName: 'Geaendert',
          arrivalDate: '2017-07-07',
          germanLevel: null,
          languages: ['ar'],
          goals: ['EMPLOYMENT'],
        },
      },
      CASE_MANAGER_2,
    );
    expect(res).toEqual({
      data: {
        updatePerson: {
          id,
          givenName: 'Farid',
          familyName: 'Geaendert',
          arrivalDate: '2017-07-07',
          germanLevel: null,
          germanLevelCertified: false,
          languages: ['ar'],
          goals: ['EMPLOYMENT'],
          version: 2,
        },
      },
    });
    const history = await subgraph.query(
      `query($id: ID!) { person(id: $id) { history { kind fields actorSubject actorOrganization { id } } } }`,
      { id },
    );
    expect(history).toEqual({
      data: {
        person: {
          history: [
            {
              kind: 'REGISTERED',
              fields: expect.any(Array),
              actorSubject: 'cm-rheine-1',
              actorOrganization: { id: KIM_RHEINE },
            },
            {
              kind: 'UPDATED',
              fields: ['familyName', 'languages', 'germanLevel', 'arrivalDate', 'goals'],
              actorSubject: 'cm-rheine-2',
              actorOrganization: { id: KIM_RHEINE },
            },
          ],
        },
      },
    });
    const [row] = await subgraph.db.dataSource.query('SELECT updated_by, updated_by_org FROM person WHERE id = $1', [
      id,
    ]);
    expect(row).toEqual({ updated_by: 'cm-rheine-2', updated_by_org: KIM_RHEINE });
  });

  it(
    'refuses an update from a stale version, of an unknown person, without changes, or with bad ' +
      'values, and changes nothing',
    async () => {
      const id = await registerPerson(subgraph, {
        givenName: 'Hamid',
        familyName: 'Versioniert',
        arrivalDate: '2015-10-10',
      });
      await subgraph.query(UPDATE, { input: { id, expectedVersion: 1, givenName: 'Hamid-Ali' } }, CASE_MANAGER);
      const before = await allRowCounts(subgraph);
      const [rowBefore] = await subgraph.db.dataSource.query('SELECT * FROM person WHERE id = $1', [id]);

      const stale = await subgraph.query(
        UPDATE,
        { input: { id, expectedVersion: 1, givenName: 'Verloren' } },
        CASE_MANAGER,
      );
      expect(stale).toEqual({
        data: null,
        errors: [
          expect.objectContaining({
            message: 'The person was changed by someone else since you read it; read it again and repeat your change.',
            extensions: { code: 'VERSION_CONFLICT', entity: 'person' },
          }),
        ],
      });
      const unknown = await subgraph.query(
        UPDATE,
        { input: { id: '00000000-0000-4000-8000-000000000000', expectedVersion: 1, givenName: 'Niemand' } },
        CASE_MANAGER,
      );
      expect(unknown.errors?.[0]).toMatchObject({
        message: 'No person with this id exists.',
        extensions: { code: 'NOT_FOUND' },
      });
      const empty = await subgraph.query(UPDATE, { input: { id, expectedVersion: 2 } }, CASE_MANAGER);
      expect(empty.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input' } });
      const nullName = await subgraph.query(
        UPDATE,
        { input: { id, expectedVersion: 2, givenName: null } },
        CASE_MANAGER,
      );
      expect(nullName.errors?.[0]).toMatchObject({
        message: 'Invalid value for "input.givenName": must not be null; leave it out to keep the current value.',
        extensions: { code: 'BAD_USER_INPUT', field: 'input.givenName' },
      });
      const birthAfterArrival = await subgraph.query(
        UPDATE,
        { input: { id, expectedVersion: 2, dateOfBirth: '2016-01-01' } },
        CASE_MANAGER,
      );
      expect(birthAfterArrival.errors?.[0]).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', field: 'input.arrivalDate' },
      });
      const futureArrival = await subgraph.query(
        UPDATE,
        { input: { id, expectedVersion: 2, arrivalDate: '2999-12-31' } },
        CASE_MANAGER,
      );
      expect(futureArrival.errors?.[0]).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', fields: ['input.arrivalDate'] },
      });

      expect(await allRowCounts(subgraph)).toEqual(before);
      const [rowAfter] = await subgraph.db.dataSource.query('SELECT * FROM person WHERE id = $1', [id]);
      expect(rowAfter).toEqual(rowBefore);
    },
  );

  it(
    'lets exactly one of several parallel updates from the same version win, and loses none of the ' + 'accepted ones',
    async () => {
      const id = await registerPerson(subgraph, { givenName: 'Jamila', familyName: 'Parallel' });
      const names = ['Eins', 'Zwei', 'Drei', 'Vier', 'Fuenf'];
      const results = await Promise.all(
        names.map((familyName) =>
          subgraph.query<{ updatePerson: { familyName: string; version: number } }>(
            UPDATE,
            { input: { id, expectedVersion: 1, familyName } },
            CASE_MANAGER,
          ),
        ),
      );
      const winners = results.filter((r) => r.data?.updatePerson);
      const losers = results.filter((r) => r.errors);
      expect(winners).toHaveLength(1);
      expect(losers.map((r) => r.errors?.[0].extensions?.code)).toEqual([
        'VERSION_CONFLICT',
        'VERSION_CONFLICT',
        'VERSION_CONFLICT',
        'VERSION_CONFLICT',
      ]);
      const winner = winners[0].data!.updatePerson;
      expect(winner.version).toBe(2);

      // Each writer that re-reads and retries gets its change in: different fields, none lost.
      const changes = [
        { gender: 'FEMALE' },
        { countryOfOrigin: 'SY' },
        { schoolDegree: 'NONE' },
        { germanLevel: 'B1' },
      ];
      await Promise.all(
        changes.map(async (change) => {
          for (;;) {
            const read = await subgraph.query<{ person: { version: number } }>(
              `query($id: ID!) { person(id: $id) { version } }`,
              { id },
            );
            const res = await subgraph.query<unknown>(
              UPDATE,
              { input: { id, expectedVersion: read.data!.person.version, ...change } },
              CASE_MANAGER,
            );
            if (!res.errors) return;
            expect(res.errors[0].extensions?.code).toBe('VERSION_CONFLICT');
          }
        }),
      );
      const final = await subgraph.query(
        `query($id: ID!) { person(id: $id) { familyName gender countryOfOrigin schoolDegree germanLevel version } }`,
        { id },
      );
      expect(final).toEqual({
        data: {
          person: {
            familyName: winner.familyName,
            gender: 'FEMALE',
            countryOfOrigin: 'SY',
            schoolDegree: 'NONE',
            germanLevel: 'B1',
            version: 6,
          },
        },
      });
    },
  );
});
