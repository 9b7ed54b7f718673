import { ROLES, type Identity, type Role } from '@gk/shared';
import {
  AGS,
  caseManagerOf,
  dataProtectionOfficer,
  demoPersonId,
  mbeCaseManagerNeuss,
  ORG,
  providerOf,
} from '@gk/fixtures';
import { startTestHub, type HubResponse, type TestHub } from './support/hub';
import { tableFingerprint } from './support/fingerprint';

/**
 * Each role acting for an organisation of the Rhein-Kreis Neuss: the case manager for the one that manages the demo
 * persons there, the provider for the Volkshochschule.
 */
const ORGANIZATION_OF: Record<Role, string | null> = {
  CASE_MANAGER: ORG.kiRkn,
  PROVIDER: ORG.vhsNeuss,
  CORE_GROUP: ORG.jcRkn,
  FINANCE: ORG.sozialamtRkn,
  NETWORK_COORDINATOR: ORG.kiRkn,
  DATA_PROTECTION_OFFICER: null,
  ADMIN: null,
};
const who = (role: Role): Partial<Identity> => ({
  subject: `e2e-${role.toLowerCase()}`,
  roles: [role],
  organizationId: ORGANIZATION_OF[role],
  ags: ['05162'],
});
const OTHER_PROVIDER = 'PROVIDER of another organisation';
const OTHER_CASE_MANAGER = 'CASE_MANAGER of another organisation';
const COLUMNS: [string, Partial<Identity>][] = [
  ...ROLES.map((r): [string, Partial<Identity>] => [r, who(r)]),
  [OTHER_PROVIDER, providerOf(ORG.vhsDormagen)],
  [OTHER_CASE_MANAGER, mbeCaseManagerNeuss],
];
const PROVIDER_STAFF = who('PROVIDER');
const CASE_MANAGER = who('CASE_MANAGER');

/**
 * The access matrix of the offers subgraph: who may read enrollment data (who takes part in what)
 * and who may run each mutation. Offers, their figures, seat figures and quality reviews are not
 * personal data: every role reads them.
 */
const READS: Record<string, string[]> = {
  'Query.enrollment': ['PROVIDER'],
  'Offer.enrollments': ['PROVIDER'],
  'Enrollment.person': ['PROVIDER', 'CASE_MANAGER'],
  'Person.enrollments': ['CASE_MANAGER'],
  'Person.measureCareer': ['CASE_MANAGER'],
  'DataSubject.offersAccessLog': ['DATA_PROTECTION_OFFICER'],
};
const MUTATIONS_ALLOWED: Record<string, string[]> = {
  createOffer: ['PROVIDER'],
  updateOffer: ['PROVIDER'],
  openOffer: ['PROVIDER'],
  startOffer: ['PROVIDER'],
  finishOffer: ['PROVIDER'],
  cancelOffer: ['PROVIDER'],
  applyForOffer: ['PROVIDER', 'CASE_MANAGER', OTHER_CASE_MANAGER],
  enrollInOffer: ['PROVIDER', 'CASE_MANAGER', OTHER_CASE_MANAGER],
  withdrawEnrollment: ['PROVIDER', 'CASE_MANAGER', OTHER_CASE_MANAGER],
  rejectApplication: ['PROVIDER'],
  recordEnrollmentOutcome: ['PROVIDER'],
  recordQualityReview: ['CORE_GROUP', 'NETWORK_COORDINATOR'],
};

const ADULT = { age: 21, germanLevel: 'B1', residenceStatus: 'DULDUNG', benefitRegime: 'ASYLBLG' };
/**
 * The person the mutation cells apply for and enrol: a demo person of Neuss, managed by the case
 * manager's organisation, with consents for ENROLLMENT for the Volkshochschule and the other case
 * manager's organisation. Eligibility is decided on the person's real facts, so the cells' offers admit any age.
 */
const ENROLLEE = demoPersonId('05162024', 8);
const ANY_AGE = { eligibility: { minAge: 0, maxAge: 99 } };

describe('access matrix of the offers subgraph, through the gateway', () => {
  let hub: TestHub;
  /**
   * A demo person of Neuss, managed by the case manager's organisation, with demo enrollments at several providers and
   * one in the test offer.
   */
  const person = demoPersonId('05162024', 5);
  let offerId = '';
  let enrollmentId = '';

  const ok = async <T>(res: Promise<HubResponse<T>>): Promise<T> => {
    const { body } = await res;
    if (body.errors) throw new Error(`unexpected errors: ${JSON.stringify(body.errors)}`);
    return body.data as T;
  };
  const newOffer = async (
    status: 'PLANNED' | 'OPEN' | 'RUNNING',
    overrides: Record<string, unknown> = {},
  ): Promise<string> => {
    const { createOffer } = await ok(
      hub.query<{ createOffer: { id: string } }>(
        'mutation($input: CreateOfferInput!) { createOffer(input: $input) { id } }',
        {
          input: {
            title: 'Sprachcafé',
            category: 'LANGUAGE_COURSE',
            targetOutcome: 'LANGUAGE_LEVEL',
            targetGermanLevel: 'A2',
            providerId: ORG.vhsNeuss,
            municipalityAgs: '05162024',
            startDate: '2026-01-05',
            endDate: '2026-12-18',
            seats: 500,
            ...overrides,
          },
        },
        PROVIDER_STAFF,
      ),
    );
    if (status !== 'PLANNED')
      await ok(
        hub.query(
          'mutation($id: ID!) { openOffer(input: { offerId: $id }) { id } }',
          { id: createOffer.id },
          PROVIDER_STAFF,
        ),
      );
    if (status === 'RUNNING')
      await ok(
        hub.query(
          'mutation($id: ID!) { startOffer(input: { offerId: $id }) { id } }',
          { id: createOffer.id },
          PROVIDER_STAFF,
        ),
      );
    return createOffer.id;
  };
  /**
   * An application or enrollment of ENROLLEE in a fresh offer (a person holds one per offer), made by the person's case
   * manager.
   */
  const enrollNew = async (
    status: 'OPEN' | 'RUNNING',
    mutation: 'enrollInOffer' | 'applyForOffer' = 'enrollInOffer',
  ): Promise<string> => {
    const offer = await newOffer(status, ANY_AGE);
    const input =
      mutation === 'enrollInOffer'
        ? { offerId: offer, personId: ENROLLEE, enrolledOn: '2026-02-02' }
        : { offerId: offer, personId: ENROLLEE, appliedOn: '2026-02-02' };
    const data = await ok(
      hub.query<Record<string, { id: string }>>(
        `mutation($input: ${mutation === 'enrollInOffer' ? 'EnrollInOfferInput' : 'ApplyForOfferInput'}!) ` +
          `{ ${mutation}(input: $input) { id } }`,
        { input },
        CASE_MANAGER,
      ),
    );
    return data[mutation].id;
  };

  beforeAll(async () => {
    hub = await startTestHub({ loadDemoData: true });
    // Provider staff and another organisation's case manager enrol only with a consent for ENROLLMENT (checked by
    // persons).
    for (const organizationId of [ORG.vhsNeuss, ORG.mbeNeuss]) {
      await ok(
        hub.query(
          'mutation($input: GrantConsentInput!) { grantConsent(input: $input) { id } }',
          {
            input: {
              personId: ENROLLEE,
              organizationId,
              purposes: ['ENROLLMENT'],
              evidenceReference: 'Akte 4712',
              noticeVersion: '2026-01',
            },
          },
          CASE_MANAGER,
        ),
      );
    }
    offerId = await newOffer('OPEN');
    const { enrollInOffer } = await ok(
      hub.query<{ enrollInOffer: { id: string } }>(
        'mutation($input: EnrollInOfferInput!) { enrollInOffer(input: $input) { id } }',
        { input: { offerId, personId: person, enrolledOn: '2026-02-02', person: ADULT } },
        CASE_MANAGER,
      ),
    );
    enrollmentId = enrollInOffer.id;
  });

  afterAll(async () => {
    await hub?.close();
  });

  const codes = (res: HubResponse) => (res.body.errors ?? []).map((e) => e.extensions?.code);

  describe('personal data: enrollments', () => {
    /** Each read: the query, and how an allowed and a denied answer look. */
    const CELLS: Record<
      string,
      {
        query: (column: string) => [string, Record<string, unknown>];
        allowed: (res: HubResponse) => void;
        denied: (res: HubResponse) => void;
      }
    > = {
      'Query.enrollment': {
        query: () => [
          'query($id: ID!) { enrollment(id: $id) { id status appliedOn enrolledOn offer { id } } }',
          { id: enrollmentId },
        ],
        allowed: (res) =>
          expect(res.body).toEqual({
            data: {
              enrollment: {
                id: enrollmentId,
                status: 'ENROLLED',
                appliedOn: '2026-02-02',
                enrolledOn: '2026-02-02',
                offer: { id: offerId },
              },
            },
          }),
        denied: (res) =>
          expect(res.body).toEqual({
            data: { enrollment: null },
            errors: [expect.objectContaining({ path: ['enrollment'], extensions: { code: 'FORBIDDEN' } })],
          }),
      },
      'Offer.enrollments': {
        query: () => [
          'query($id: ID!) { offer(id: $id) { title figures { seats } enrollments { id status } } }',
          { id: offerId },
        ],
        allowed: (res) => {
          expect(res.body.errors).toBeUndefined();
          expect((res.body.data as { offer: { enrollments: { id: string }[] } }).offer.enrollments).toContainEqual({
            id: enrollmentId,
            status: 'ENROLLED',
          });
        },
        // The offer and its figures stay readable; only the enrollments are withheld (taken seats: see "not personal
        // data" below).
        denied: (res) =>
          expect(res.body).toEqual({
            data: { offer: { title: 'Sprachcafé', figures: { seats: expect.any(Number) }, enrollments: null } },
            errors: [expect.objectContaining({ path: ['offer', 'enrollments'], extensions: { code: 'FORBIDDEN' } })],
          }),
      },
      'Enrollment.person': {
        // Case managers reach enrollments through the person, providers through their offer.
        query: (column) =>
          column === 'CASE_MANAGER' || column === OTHER_CASE_MANAGER
            ? ['query($id: ID!) { person(id: $id) { enrollments { person { id } } } }', { id: person }]
            : ['query($id: ID!) { enrollment(id: $id) { person { id } } }', { id: enrollmentId }],
        allowed: (res) => {
          expect(res.body.errors).toBeUndefined();
          const data = res.body.data as {
            person?: { enrollments: { person: { id: string } }[] };
            enrollment?: { person: { id: string } };
          };
          const persons = data.person ? data.person.enrollments.map((e) => e.person) : [data.enrollment?.person];
          expect(persons.length).toBeGreaterThan(0);
          for (const p of persons) expect(p).toEqual({ id: person });
        },
        denied: (res) => {
          expect(codes(res)).toEqual(['FORBIDDEN']);
          expect(Object.values(res.body.data ?? {})).toEqual([null]);
        },
      },
      'Person.enrollments': {
        query: () => ['query($id: ID!) { person(id: $id) { enrollments { id status } } }', { id: person }],
        allowed: (res) => {
          expect(res.body.errors).toBeUndefined();
          const enrollments = (res.body.data as { person: { enrollments: { id: string }[] } }).person.enrollments;
          expect(enrollments).toContainEqual({ id: enrollmentId, status: 'ENROLLED' });
          expect(enrollments.length).toBeGreaterThan(1);
        },
        // Refused by the persons subgraph (the person) or by this one (the field): nothing of the enrollments either
        // way.
        denied: (res) => {
          expect(codes(res)).toEqual(['FORBIDDEN']);
          expect([null, { enrollments: null }]).toContainEqual(res.body.data?.person);
        },
      },
      'Person.measureCareer': {
        query: () => ['query($id: ID!) { person(id: $id) { measureCareer { length threshold } } }', { id: person }],
        allowed: (res) =>
          expect(res.body).toEqual({
            data: { person: { measureCareer: { length: expect.any(Number), threshold: 3 } } },
          }),
        denied: (res) => {
          expect(codes(res)).toEqual(['FORBIDDEN']);
          expect([null, { measureCareer: null }]).toContainEqual(res.body.data?.person);
        },
      },
      'DataSubject.offersAccessLog': {
        query: () => [
          'query($id: ID!) { dataSubject(personId: $id) { offersAccessLog { subject action entity fields } } }',
          { id: person },
        ],
        allowed: (res) => {
          expect(res.body.errors).toBeUndefined();
          const log = (res.body.data as { dataSubject: { offersAccessLog: { subject: string; action: string }[] } })
            .dataSubject.offersAccessLog;
          expect(log).toContainEqual({
            subject: 'e2e-case_manager',
            action: 'WRITE',
            entity: 'Enrollment',
            fields: ['status', 'appliedOn', 'enrolledOn', 'offer'],
          });
        },
        denied: (res) => {
          expect(codes(res)).toContain('FORBIDDEN');
          expect(res.body.data?.dataSubject ?? null).toBeNull();
        },
      },
    };

    describe.each(Object.keys(READS))('%s', (field) => {
      it.each(COLUMNS)('%s', async (column, identity) => {
        const [query, variables] = CELLS[field].query(column);
        const res = await hub.query(query, variables, identity);
        expect(res.status).toBe(200);
        if (READS[field].includes(column)) CELLS[field].allowed(res);
        else CELLS[field].denied(res);
      });
    });

    it(
      "gives provider staff, through their own enrollment, only the person's enrollments in their " +
        "organisation's offers",
      async () => {
        const res = await ok(
          hub.query<{
            offer: {
              enrollments: {
                person: { id: string; enrollments: { id: string; offer: { provider: { id: string } } }[] };
              }[];
            };
          }>(
            'query($id: ID!) { offer(id: $id) { enrollments { person { id enrollments { id offer { provider { ' +
              'id } } } } } } }',
            { id: offerId },
            PROVIDER_STAFF,
          ),
        );
        const seen = res.offer.enrollments.find((e) => e.person.id === person)?.person.enrollments ?? [];
        expect(seen).toContainEqual({ id: enrollmentId, offer: { provider: { id: ORG.vhsNeuss } } });
        for (const e of seen) expect(e.offer.provider.id).toBe(ORG.vhsNeuss);
        const all = await ok(
          hub.query<{ person: { enrollments: { offer: { provider: { id: string } } }[] } }>(
            'query($id: ID!) { person(id: $id) { enrollments { offer { provider { id } } } } }',
            { id: person },
            CASE_MANAGER,
          ),
        );
        expect(all.person.enrollments.length).toBeGreaterThan(seen.length);
      },
    );

    it(
      "follows consent: another organisation's case manager sees the enrollments while a consent for " +
        'ENROLLMENT is active, and not from the next request after its revocation',
      async () => {
        const other = COLUMNS.find(([c]) => c === OTHER_CASE_MANAGER)?.[1] as Partial<Identity>;
        const read = async () => {
          const res = await hub.post(
            {
              query: 'query($id: ID!) { person(id: $id) { enrollments { id } measureCareer { length } } }',
              variables: { id: person },
            },
            { authorization: `Bearer ${await hub.token(other)}`, 'x-purpose': 'ENROLLMENT' },
          );
          return (await res.json()) as HubResponse['body'];
        };
        const before = await read();
        expect(before.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
        const { grantConsent } = await ok(
          hub.query<{ grantConsent: { id: string } }>(
            'mutation($input: GrantConsentInput!) { grantConsent(input: $input) { id } }',
            {
              input: {
                personId: person,
                organizationId: other.organizationId,
                purposes: ['ENROLLMENT'],
                evidenceReference: 'Akte 4711',
                noticeVersion: '2026-01',
              },
            },
            CASE_MANAGER,
          ),
        );
        const granted = await read();
        expect(granted.errors).toBeUndefined();
        const enrollments = (granted.data as { person: { enrollments: { id: string }[] } }).person.enrollments;
        expect(enrollments).toContainEqual({ id: enrollmentId });
        await ok(
          hub.query('mutation($id: ID!) { revokeConsent(id: $id) { id } }', { id: grantConsent.id }, CASE_MANAGER),
        );
        const revoked = await read();
        expect(revoked.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
        expect(JSON.stringify(revoked.data ?? null)).not.toContain(enrollmentId);
      },
    );

    it(
      "shows the Jobcenter Kreis Steinfurt, holding a person's consent for ENROLLMENT, only the person's " +
        "enrollments in the Jobcenter's own offers and no measure career",
      async () => {
        const jobcenter = ORG.jcSteinfurt;
        // A Rheine person with enrollments at the Jobcenter and at other providers, the Volkshochschule Rheine among
        // them (the demo's measure careers have such).
        const [candidate]: { person_id: string }[] = await hub.subgraphs.offers.db.dataSource.query(
          `SELECT e.person_id FROM enrollment e JOIN offer o ON o.id = e.offer_id
          WHERE o.municipality_ags = '05566076' AND e.person_id IS NOT NULL
          GROUP BY e.person_id
         HAVING bool_or(o.provider_id = $1) AND bool_or(o.provider_id = $2) AND count(DISTINCT o.provider_id) >= 2
          ORDER BY e.person_id LIMIT 1`,
          [jobcenter, ORG.vhsRheine],
        );
        const rheinePerson = candidate.person_id;
        const [{ case_managing_organization_id: managing }] = await hub.subgraphs.persons.db.dataSource.query(
          'SELECT case_managing_organization_id FROM person WHERE id = $1',
          [rheinePerson],
        );
        const manager = caseManagerOf(managing, [AGS.rheine]);
        await ok(
          hub.query(
            'mutation($input: GrantConsentInput!) { grantConsent(input: $input) { id } }',
            {
              input: {
                personId: rheinePerson,
                organizationId: jobcenter,
                purposes: ['ENROLLMENT'],
                evidenceReference: 'Akte JC-1',
                noticeVersion: '2026-01',
              },
            },
            manager,
          ),
        );
        const everything = await ok(
          hub.query<{ person: { enrollments: { offer: { provider: { name: string } } }[] } }>(
            'query($id: ID!) { person(id: $id) { enrollments { offer { provider { name } } } } }',
            { id: rheinePerson },
            manager,
          ),
        );
        const providersOfAll = new Set(everything.person.enrollments.map((e) => e.offer.provider.name));
        expect(providersOfAll).toContain('Volkshochschule Rheine');
        expect(providersOfAll.size).toBeGreaterThan(1);
        const ownCount = everything.person.enrollments.filter(
          (e) => e.offer.provider.name === 'Jobcenter Kreis Steinfurt',
        ).length;

        const staff = providerOf(jobcenter);
        const res = await hub.post(
          {
            query:
              'query($id: ID!) { person(id: $id) { enrollments { status offer { title provider { name } } } ' +
              'measureCareer { length } } }',
            variables: { id: rheinePerson },
          },
          { authorization: `Bearer ${await hub.token(staff)}`, 'x-purpose': 'ENROLLMENT' },
        );
        const body = (await res.json()) as HubResponse<{
          person: {
            enrollments: { status: string; offer: { title: string; provider: { name: string } } }[];
            measureCareer: null;
          };
        }>['body'];
        expect(body.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([
          [['person', 'measureCareer'], 'FORBIDDEN'],
        ]);
        const seen = body.data?.person.enrollments ?? [];
        expect(seen).toHaveLength(ownCount);
        expect(seen.length).toBeGreaterThan(0);
        for (const e of seen) expect(e.offer.provider.name).toBe('Jobcenter Kreis Steinfurt');
        expect(JSON.stringify(body)).not.toContain('Volkshochschule Rheine');
      },
    );

    it("records the provider's read with its purpose, and the data protection officer finds it", async () => {
      const reader = { ...PROVIDER_STAFF, subject: 'e2e-provider-reader' };
      const res = await hub.post(
        {
          query: 'query($id: ID!) { offer(id: $id) { enrollments { status appliedOn } } }',
          variables: { id: offerId },
        },
        { authorization: `Bearer ${await hub.token(reader)}`, 'x-purpose': 'ENROLLMENT' },
      );
      expect(((await res.json()) as HubResponse['body']).errors).toBeUndefined();
      const { dataSubject } = await ok(
        hub.query<{ dataSubject: { offersAccessLog: unknown[] } }>(
          'query($id: ID!) { dataSubject(personId: $id) { offersAccessLog { subject organizationId roles ' +
            'purpose action entity fields } } }',
          { id: person },
          dataProtectionOfficer,
        ),
      );
      expect(dataSubject.offersAccessLog[0]).toEqual({
        subject: 'e2e-provider-reader',
        organizationId: ORG.vhsNeuss,
        roles: ['PROVIDER'],
        purpose: 'ENROLLMENT',
        action: 'READ',
        entity: 'Enrollment',
        fields: ['appliedOn', 'status'],
      });
    });
  });

  describe('offers, figures and reviews are not personal data', () => {
    it.each(COLUMNS)('%s reads them', async (column, identity) => {
      const res = await hub.query(
        'query($id: ID!) { offer(id: $id) { title status figures { seats taken free } qualityReviews { ' +
          'reachScore } } municipality(ags: "05162") { offerSeatFigures { category seats } } }',
        { id: offerId },
        identity,
      );
      expect(res.body.data).toMatchObject({ offer: { title: 'Sprachcafé', status: 'OPEN', figures: { seats: 500 } } });
      // Taken and free count persons: the core group reads them protected in its indicators only.
      if (column === 'CORE_GROUP')
        expect(res.body.errors?.map((e) => [e.extensions?.code, e.path])).toEqual([
          ['FORBIDDEN', ['offer', 'figures', 'taken']],
          ['FORBIDDEN', ['offer', 'figures', 'free']],
        ]);
      else expect(res.body.errors).toBeUndefined();
    });
  });

  describe('mutations', () => {
    const fingerprint = () =>
      tableFingerprint(hub.subgraphs.offers.db.dataSource, ['offer', 'enrollment', 'quality_review']);
    let counter = 0;

    /** Each mutation, with its precondition made afresh (as the provider and the case manager) for every cell. */
    const MUTATIONS: Record<string, () => Promise<[string, Record<string, unknown>]>> = {
      createOffer: async () => [
        'mutation($input: CreateOfferInput!) { createOffer(input: $input) { id } }',
        {
          input: {
            title: `Kurs ${++counter}`,
            category: 'MENTORING',
            targetOutcome: 'STABILISATION',
            providerId: ORG.vhsNeuss,
            municipalityAgs: '05162024',
            startDate: '2027-01-04',
            endDate: '2027-06-30',
            seats: 5,
          },
        },
      ],
      updateOffer: async () => [
        'mutation($id: ID!, $seats: Int!) { updateOffer(input: { offerId: $id, seats: $seats }) { id } }',
        { id: offerId, seats: 500 + (++counter % 7) },
      ],
      openOffer: async () => [
        'mutation($id: ID!) { openOffer(input: { offerId: $id }) { id } }',
        { id: await newOffer('PLANNED') },
      ],
      startOffer: async () => [
        'mutation($id: ID!) { startOffer(input: { offerId: $id }) { id } }',
        { id: await newOffer('OPEN') },
      ],
      finishOffer: async () => [
        'mutation($id: ID!) { finishOffer(input: { offerId: $id }) { id } }',
        { id: await newOffer('RUNNING') },
      ],
      cancelOffer: async () => [
        'mutation($id: ID!) { cancelOffer(input: { offerId: $id, reason: "Raum fehlt" }) { id } }',
        { id: await newOffer('OPEN') },
      ],
      applyForOffer: async () => [
        'mutation($input: ApplyForOfferInput!) { applyForOffer(input: $input) { id } }',
        { input: { offerId: await newOffer('OPEN', ANY_AGE), personId: ENROLLEE, appliedOn: '2026-02-02' } },
      ],
      enrollInOffer: async () => [
        'mutation($input: EnrollInOfferInput!) { enrollInOffer(input: $input) { id } }',
        { input: { offerId: await newOffer('OPEN', ANY_AGE), personId: ENROLLEE, enrolledOn: '2026-02-02' } },
      ],
      withdrawEnrollment: async () => [
        'mutation($id: ID!) { withdrawEnrollment(input: { enrollmentId: $id, withdrawnOn: "2026-03-01" }) { id } }',
        { id: await enrollNew('OPEN') },
      ],
      rejectApplication: async () => [
        'mutation($id: ID!) { rejectApplication(input: { enrollmentId: $id, rejectedOn: "2026-03-01" }) { id } }',
        { id: await enrollNew('OPEN', 'applyForOffer') },
      ],
      recordEnrollmentOutcome: async () => [
        'mutation($id: ID!) { recordEnrollmentOutcome(input: { enrollmentId: $id, outcome: PROGRESSED, ' +
          'endedOn: "2026-06-30" }) { id } }',
        { id: await enrollNew('RUNNING') },
      ],
      recordQualityReview: async () => [
        'mutation($id: ID!) { recordQualityReview(input: { offerId: $id, reachScore: 4, completionScore: 3, ' +
          'transitionScore: 3, feedbackScore: 5, summary: "Gut erreichbar." }) { id } }',
        { id: offerId },
      ],
    };

    describe.each(Object.keys(MUTATIONS_ALLOWED))('%s', (mutation) => {
      it.each(COLUMNS)('%s', async (column, identity) => {
        const [query, variables] = await MUTATIONS[mutation]();
        const before = await fingerprint();
        const res = await hub.query(query, variables, identity);
        expect(res.status).toBe(200);
        if (MUTATIONS_ALLOWED[mutation].includes(column)) {
          expect(res.body.errors).toBeUndefined();
          expect(res.body.data?.[mutation]).toEqual(expect.objectContaining({ id: expect.any(String) }));
        } else {
          expect(res.body).toEqual({
            data: null,
            errors: [expect.objectContaining({ path: [mutation], extensions: { code: 'FORBIDDEN' } })],
          });
          expect(await fingerprint()).toEqual(before);
        }
      });
    });

    it(
      "lets provider staff and another organisation's case manager apply and enrol only with a consent for " +
        'ENROLLMENT, the managing case manager always',
      async () => {
        const unconsented = demoPersonId('05162024', 9);
        const otherCaseManager = COLUMNS.find(([c]) => c === OTHER_CASE_MANAGER)?.[1] as Partial<Identity>;
        for (const mutation of ['applyForOffer', 'enrollInOffer'] as const) {
          const input = (offer: string) =>
            mutation === 'enrollInOffer'
              ? { offerId: offer, personId: unconsented, enrolledOn: '2026-02-02' }
              : { offerId: offer, personId: unconsented, appliedOn: '2026-02-02' };
          const document =
            `mutation($input: ${mutation === 'enrollInOffer' ? 'EnrollInOfferInput' : 'ApplyForOfferInput'}!) ` +
            `{ ${mutation}(input: $input) { id } }`;
          const offer = await newOffer('OPEN', ANY_AGE);
          const before = await fingerprint();
          for (const identity of [PROVIDER_STAFF, otherCaseManager]) {
            const res = await hub.query(document, { input: input(offer) }, identity);
            expect(res.body).toEqual({
              data: null,
              errors: [
                expect.objectContaining({
                  path: [mutation],
                  extensions: { code: 'CONSENT_REQUIRED', field: 'input.personId', purpose: 'ENROLLMENT' },
                }),
              ],
            });
          }
          expect(await fingerprint()).toEqual(before);
          expect((await hub.query(document, { input: input(offer) }, CASE_MANAGER)).body.errors).toBeUndefined();
        }
      },
    );

    it.each(COLUMNS)(
      '_erasePersonData is internal: %s cannot reach it through the gateway',
      async (_column, identity) => {
        const before = await fingerprint();
        const res = await hub.query('mutation($id: ID!) { _erasePersonData(personId: $id) }', { id: person }, identity);
        expect(codes(res)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
        expect(await fingerprint()).toEqual(before);
      },
    );
  });
});
