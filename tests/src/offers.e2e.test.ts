import { CEFR_ORDER, type CefrLevel } from '@gk/shared';
import {
  caseManagerNeuss,
  caseManagerRheine,
  DEMO_OFFERS,
  demoOfferId,
  demoPersonId,
  mbeCaseManagerNeuss,
  ORG,
  providerOf,
  providerVhsNeuss,
} from '@gk/fixtures';
import type { Identity } from '@gk/shared';
import { startTestHub, type TestHub } from './support/hub';

/** A well-formed id that no person has. */
const UNKNOWN_PERSON = '00000000-0000-4000-8000-00000000abcd';

interface Rules {
  minAge: number;
  maxAge: number;
  residenceStatuses: string[];
  benefitRegimes: string[];
  minGermanLevel: CefrLevel | null;
}
interface KreisOffer {
  id: string;
  status: string;
  municipality: { ags: string };
  eligibility: Rules;
  figures: { free: number };
}
interface PersonWithOffers {
  id: string;
  age: number;
  germanLevel: CefrLevel | null;
  currentResidenceStatus: string | null;
  currentBenefitRegime: string | null;
  municipality: { ags: string };
  enrollments: { status: string; offer: { id: string } }[];
  eligibleOffers: { id: string; municipality: { ags: string; name: string } }[];
}

/** The offer rules, restated independently of the service's code. */
function admits(rules: Rules, p: PersonWithOffers): boolean {
  return (
    p.age >= rules.minAge &&
    p.age <= rules.maxAge &&
    (rules.residenceStatuses.length === 0 ||
      (p.currentResidenceStatus != null && rules.residenceStatuses.includes(p.currentResidenceStatus))) &&
    (rules.benefitRegimes.length === 0 ||
      (p.currentBenefitRegime != null && rules.benefitRegimes.includes(p.currentBenefitRegime))) &&
    (rules.minGermanLevel == null ||
      (p.germanLevel != null && CEFR_ORDER.indexOf(p.germanLevel) >= CEFR_ORDER.indexOf(rules.minGermanLevel)))
  );
}

describe('offers end to end: through the gateway with the other subgraphs', () => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub({ loadDemoData: true });
  });

  afterAll(async () => {
    await hub?.close();
  });

  it(
    'lists eligible offers from the facts the persons subgraph owns (@requires), for a whole Kreis ' + 'of persons',
    async () => {
      const kreis = '05162';
      const offersRes = await hub.query<{ offers: { items: KreisOffer[] } }>(
        'query($ags: String!) { offers(filter: { municipalityAgs: $ags }, first: 100) { items { id status ' +
          'municipality { ags } eligibility { minAge maxAge residenceStatuses benefitRegimes minGermanLevel } ' +
          'figures { free } } } }',
        { ags: kreis },
      );
      expect(offersRes.body.errors).toBeUndefined();
      const kreisOffers = offersRes.body.data?.offers.items as KreisOffer[];
      const personsRes = await hub.query<{ persons: { items: PersonWithOffers[] } }>(
        `query($ags: String!) { persons(filter: { municipalityAgs: $ags }, first: 100) { items {
         id age germanLevel currentResidenceStatus currentBenefitRegime municipality { ags }
         enrollments { status offer { id } }
         eligibleOffers { id municipality { ags name } }
       } } }`,
        { ags: kreis },
        caseManagerNeuss,
      );
      expect(personsRes.status).toBe(200);
      expect(personsRes.body.errors).toBeUndefined();
      const persons = personsRes.body.data?.persons.items as PersonWithOffers[];
      expect(persons.length).toBeGreaterThan(50);
      let excludedByRules = 0;
      for (const p of persons) {
        const active = new Set(
          p.enrollments.filter((e) => e.status === 'APPLIED' || e.status === 'ENROLLED').map((e) => e.offer.id),
        );
        const takingAndFree = kreisOffers.filter(
          (o) => ['OPEN', 'RUNNING'].includes(o.status) && o.figures.free > 0 && !active.has(o.id),
        );
        const expected = takingAndFree.filter((o) => admits(o.eligibility, p)).map((o) => o.id);
        excludedByRules += takingAndFree.length - expected.length;
        expect({ person: p.id, offers: p.eligibleOffers.map((o) => o.id).sort() }).toEqual({
          person: p.id,
          offers: [...expected].sort(),
        });
        for (const o of p.eligibleOffers) expect(o.municipality.ags.startsWith(kreis)).toBe(true);
      }
      // The rules matter for the demo persons: some offers are left out because of them, and some persons have offers.
      expect(excludedByRules).toBeGreaterThan(0);
      expect(persons.filter((p) => p.eligibleOffers.length > 0).length).toBeGreaterThan(0);
      expect(persons.some((p) => p.eligibleOffers.some((o) => o.municipality.name === 'Neuss'))).toBe(true);
    },
  );

  it('shows a demo measure career with the offers and providers behind it', async () => {
    const res = await hub.query(
      `query($id: ID!) { person(id: $id) { municipality { name } measureCareer { length threshold ` +
        `reachesThreshold enrollments { outcome offer { title provider { name } } } } } }`,
      { id: demoPersonId('05566076', 3) },
      caseManagerRheine,
    );
    expect(res.body).toEqual({
      data: {
        person: {
          municipality: { name: 'Rheine' },
          measureCareer: {
            length: 3,
            threshold: 3,
            reachesThreshold: true,
            enrollments: [
              {
                outcome: 'NO_PROGRESS',
                offer: { title: 'Integrationskurs 2024', provider: { name: 'Volkshochschule Rheine' } },
              },
              {
                outcome: 'DROPPED_OUT',
                offer: { title: 'Berufsorientierung 2025', provider: { name: 'Berufskolleg Rheine' } },
              },
              {
                outcome: 'NO_PROGRESS',
                offer: { title: 'Aktivierung Frühjahr 2026', provider: { name: 'Jobcenter Kreis Steinfurt' } },
              },
            ],
          },
        },
      },
    });
  });

  it(
    'gives a Kreis its offers and seat figures, and an organisation its offers, through the ' + 'network subgraph',
    async () => {
      const res = await hub.query<{
        municipality: {
          name: string;
          offers: { id: string }[];
          offerSeatFigures: { category: string; seats: number; taken: number; free: number }[];
        };
        organization: unknown;
      }>(
        `query($org: ID!) {
         municipality(ags: "05566") { name offers(status: OPEN) { id } offerSeatFigures { category offers seats taken
         free } }
         organization(id: $org) { name offers { title seats } }
       }`,
        { org: ORG.vhsRheine },
      );
      expect(res.body.errors).toBeUndefined();
      const data = res.body.data as NonNullable<typeof res.body.data>;
      expect(data.organization).toEqual({
        name: 'Volkshochschule Rheine',
        offers: [
          { title: 'Integrationskurs 2024', seats: 20 },
          { title: 'Integrationskurs mit Alphabetisierung', seats: 16 },
          { title: 'Berufssprachkurs B1', seats: 18 },
          { title: 'Fachoberschulreife im Abendkurs', seats: 15 },
        ],
      });
      expect(data.municipality.name).toBe('Kreis Steinfurt');
      const rheine = DEMO_OFFERS.filter((o) => o.ags === '05566076');
      expect(data.municipality.offerSeatFigures.map((f) => [f.category, f.seats])).toEqual(
        [...new Set(rheine.map((o) => o.category))]
          .sort()
          .map((category) => [
            category,
            rheine.filter((o) => o.category === category).reduce((sum, o) => sum + o.seats, 0),
          ]),
      );
      for (const f of data.municipality.offerSeatFigures) expect(f.free).toBe(f.seats - f.taken);
    },
  );

  it('refuses enrolling into a full offer with OFFER_FULL through the gateway, changing nothing', async () => {
    const offerId = demoOfferId('rheine-jc-aktivierung');
    const before = await hub.subgraphs.offers.db.dataSource.query(
      'SELECT seats, seats_taken FROM offer WHERE id = $1',
      [offerId],
    );
    expect(before).toEqual([{ seats: 10, seats_taken: 10 }]);
    const res = await hub.query(
      'mutation($input: EnrollInOfferInput!) { enrollInOffer(input: $input) { id } }',
      {
        input: {
          offerId,
          personId: demoPersonId('05566076', 99),
          enrolledOn: '2026-10-20',
          person: { age: 22, benefitRegime: 'SGB_II' },
        },
      },
      caseManagerRheine,
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      data: null,
      errors: [{ message: 'The offer has no free seat.', extensions: { code: 'OFFER_FULL' } }],
    });
    expect(
      await hub.subgraphs.offers.db.dataSource.query('SELECT seats, seats_taken FROM offer WHERE id = $1', [offerId]),
    ).toEqual(before);
  });

  const createOpenOffer = async (seats: number, overrides: Record<string, unknown> = {}): Promise<string> => {
    const created = await hub.query<{ createOffer: { id: string } }>(
      'mutation($input: CreateOfferInput!) { createOffer(input: $input) { id } }',
      {
        input: {
          title: 'Sprachkurs A2 Sonderdurchgang',
          category: 'LANGUAGE_COURSE',
          targetOutcome: 'LANGUAGE_LEVEL',
          targetGermanLevel: 'A2',
          providerId: ORG.vhsNeuss,
          municipalityAgs: '05162024',
          startDate: '2026-09-01',
          endDate: '2027-02-26',
          seats,
          ...overrides,
        },
      },
      providerVhsNeuss,
    );
    const id = (created.body.data as { createOffer: { id: string } }).createOffer.id;
    expect(
      (
        await hub.query(
          'mutation($id: ID!) { openOffer(input: { offerId: $id }) { status } }',
          { id },
          providerVhsNeuss,
        )
      ).body,
    ).toEqual({ data: { openOffer: { status: 'OPEN' } } });
    return id;
  };
  const enrollment = (
    offerId: string,
    personId: string,
    person: Record<string, unknown> = { age: 21 },
    enrolledOn = '2026-09-01',
  ) =>
    hub.query<{ enrollInOffer: { status: string } }>(
      'mutation($input: EnrollInOfferInput!) { enrollInOffer(input: $input) { status } }',
      { input: { offerId, personId, enrolledOn, person } },
      caseManagerNeuss,
    );
  const personIds = (n: number, offset: number) =>
    Array.from({ length: n }, (_, i) => demoPersonId('05162024', (offset + i) % 70));

  it(
    'never overbooks through the gateway: 60 concurrent enrollments for 5 seats end with exactly 5 enrolled ' +
      'and 55 OFFER_FULL, no 500',
    async () => {
      // Eligibility is decided on the demo persons' real ages: admit every age, so only the seats decide.
      const offerId = await createOpenOffer(5, { eligibility: { minAge: 0, maxAge: 99 } });
      const results = await Promise.all(personIds(60, 0).map((personId) => enrollment(offerId, personId)));
      expect(results.map((r) => r.status)).toEqual(Array(60).fill(200));
      expect(results.filter((r) => r.body.data?.enrollInOffer?.status === 'ENROLLED')).toHaveLength(5);
      expect(results.filter((r) => r.body.errors?.[0]?.extensions?.code === 'OFFER_FULL')).toHaveLength(55);
      const [row] = await hub.subgraphs.offers.db.dataSource.query(
        'SELECT seats_taken, (SELECT count(*)::int FROM enrollment WHERE offer_id = $1 AND status = ' +
          "'ENROLLED') AS enrolled FROM offer WHERE id = $1",
        [offerId],
      );
      expect(row).toEqual({ seats_taken: 5, enrolled: 5 });
    },
  );

  it('passes every refusal through the gateway with its code, changing nothing', async () => {
    const open = await createOpenOffer(3);
    const [holder, second] = personIds(2, 10);
    for (const personId of [holder, second])
      expect((await enrollment(open, personId)).body).toEqual({ data: { enrollInOffer: { status: 'ENROLLED' } } });
    const holderEnrollment = (
      await hub.subgraphs.offers.db.dataSource.query(
        'SELECT id FROM enrollment WHERE offer_id = $1 AND person_id = $2',
        [open, holder],
      )
    )[0].id as string;
    // Nobody among the demo persons is 99: the persons subgraph's facts make them all ineligible.
    const nobodyAdmitted = await createOpenOffer(3, { eligibility: { minAge: 99, maxAge: 99 } });
    const cancelled = await createOpenOffer(3);
    expect(
      (
        await hub.query(
          'mutation($id: ID!) { cancelOffer(input: { offerId: $id, reason: "Raum fehlt" }) { status } }',
          { id: cancelled },
          providerVhsNeuss,
        )
      ).body.errors,
    ).toBeUndefined();
    const planned = (
      await hub.query<{ createOffer: { id: string } }>(
        'mutation($input: CreateOfferInput!) { createOffer(input: $input) { id } }',
        {
          input: {
            title: 'Geplant',
            category: 'MENTORING',
            targetOutcome: 'STABILISATION',
            providerId: ORG.fhKaarst,
            municipalityAgs: '05162016',
            startDate: '2027-09-01',
            endDate: '2028-08-31',
            seats: 5,
          },
        },
        providerOf(ORG.fhKaarst),
      )
    ).body.data?.createOffer.id as string;
    const snapshot = async () =>
      hub.subgraphs.offers.db.dataSource.query(
        'SELECT id, status, seats_taken, version FROM offer UNION ALL SELECT id, status, 0, version FROM ' +
          'enrollment ORDER BY id',
      );
    const before = await snapshot();
    const refusals: [string, Promise<{ body: { errors?: { extensions?: Record<string, unknown> }[] } }>][] = [
      ['NOT_ELIGIBLE', enrollment(nobodyAdmitted, personIds(1, 20)[0])],
      ['BAD_USER_INPUT', enrollment(open, UNKNOWN_PERSON)],
      ['ALREADY_ENROLLED', enrollment(open, holder)],
      ['OFFER_CANCELLED', enrollment(cancelled, personIds(1, 12)[0])],
      ['OFFER_NOT_OPEN', enrollment(planned, personIds(1, 13)[0])],
      [
        'OUTCOME_BEFORE_START',
        hub.query(
          'mutation($id: ID!) { recordEnrollmentOutcome(input: { enrollmentId: $id, outcome: NO_PROGRESS, ' +
            'endedOn: "2026-08-01" }) { id } }',
          { id: holderEnrollment },
          providerVhsNeuss,
        ),
      ],
      [
        'SEATS_BELOW_TAKEN',
        hub.query(
          'mutation($id: ID!) { updateOffer(input: { offerId: $id, seats: 1 }) { id } }',
          { id: open },
          providerVhsNeuss,
        ),
      ],
      [
        'BAD_USER_INPUT',
        hub.query(
          'mutation($id: ID!) { updateOffer(input: { offerId: $id, endDate: "2020-01-01" }) { id } }',
          { id: open },
          providerVhsNeuss,
        ),
      ],
      [
        'INVALID_OFFER_TRANSITION',
        hub.query(
          'mutation($id: ID!) { finishOffer(input: { offerId: $id }) { id } }',
          { id: planned },
          providerOf(ORG.fhKaarst),
        ),
      ],
    ];
    const codes: string[] = [];
    for (const [, pending] of refusals) codes.push(String((await pending).body.errors?.[0]?.extensions?.code));
    expect(codes).toEqual(refusals.map(([code]) => code));
    expect(await snapshot()).toEqual(before);
  });

  it(
    "serves a page of a provider's offers with provider, seat figures, enrollments and funding in constant " +
      'statements per subgraph',
    async () => {
      const jc = ORG.jcRkn;
      const jcStaff = providerOf(jc);
      for (let i = 0; i < 40; i += 1) {
        const res = await hub.query(
          'mutation($input: CreateOfferInput!) { createOffer(input: $input) { id } }',
          {
            input: {
              title: `Coaching ${i}`,
              category: 'EMPLOYMENT_SUPPORT',
              targetOutcome: 'EMPLOYMENT',
              providerId: jc,
              municipalityAgs: '05162024',
              startDate: '2027-03-01',
              endDate: '2027-08-31',
              seats: 10,
            },
          },
          jcStaff,
        );
        expect(res.body.errors).toBeUndefined();
      }
      // Enrollments are the provider's to see: its own offers, read by its staff.
      const query = `query($first: Int!, $jc: ID!) { offers(first: $first, filter: { providerId: $jc }) { items {
        title provider { name } figures { seats taken free applicants occupancy } enrollments { status } funding {
        allocated }
      } } }`;
      const measure = async (first: number) => {
        const counts: Record<string, number> = {};
        let items: unknown[] = [];
        const names = ['offers', 'network', 'funding'] as const;
        const before = names.map((n) => hub.subgraphs[n].db.statements.count);
        const res = await hub.query<{ offers: { items: unknown[] } }>(query, { first, jc }, jcStaff);
        names.forEach((n, i) => {
          counts[n] = hub.subgraphs[n].db.statements.count - before[i];
        });
        expect(res.body.errors).toBeUndefined();
        items = res.body.data?.offers.items as unknown[];
        expect(items).toHaveLength(first);
        return counts;
      };
      const few = await measure(5);
      const many = await measure(40);
      expect(many).toEqual(few);
      // offers: the page, the figures, the enrollments, and one INSERT of the audit entries for every person whose
      // enrollment was read.
      expect(many).toEqual({ offers: 4, network: 1, funding: 1 });
    },
  );

  describe(
    'an enrollment names a real person, is made by someone allowed to act for them, and is decided on the ' +
      'facts persons holds',
    () => {
      const offersTables = () =>
        hub.subgraphs.offers.db.dataSource.query(
          'SELECT id, status, seats_taken, version FROM offer UNION ALL SELECT id, status || ' +
            "coalesce(person_id::text, ''), 0, version FROM enrollment ORDER BY id",
        );
      const enrollAs = (
        identity: Partial<Identity>,
        offerId: string,
        personId: string,
        person?: Record<string, unknown>,
      ) =>
        hub.query<{ enrollInOffer: { status: string } }>(
          'mutation($input: EnrollInOfferInput!) { enrollInOffer(input: $input) { status person { id } } }',
          { input: { offerId, personId, enrolledOn: '2026-09-01', person } },
          identity,
        );
      const applyAs = (
        identity: Partial<Identity>,
        offerId: string,
        personId: string,
        person?: Record<string, unknown>,
      ) =>
        hub.query<{ applyForOffer: { status: string } }>(
          'mutation($input: ApplyForOfferInput!) { applyForOffer(input: $input) { status } }',
          { input: { offerId, personId, appliedOn: '2026-08-20', person } },
          identity,
        );
      const RESIDENCE_STATUSES = ['GESTATTUNG', 'DULDUNG', 'AE_25A', 'AE_OTHER'];

      it(
        "refuses a client's facts that lie: a person persons knows to be ineligible stays out, whatever the " +
          'input claims',
        async () => {
          const personId = demoPersonId('05162024', 40);
          const real = (
            await hub.query<{ person: { age: number; currentResidenceStatus: string | null } }>(
              'query($id: ID!) { person(id: $id) { age currentResidenceStatus } }',
              { id: personId },
              caseManagerNeuss,
            )
          ).body.data?.person;
          expect(real).toEqual({ age: expect.any(Number), currentResidenceStatus: expect.any(String) });
          const other = RESIDENCE_STATUSES.find((s) => s !== real?.currentResidenceStatus) as string;
          // Admits every age and one residence status only: one the person does not hold.
          const notTheirs = await createOpenOffer(3, {
            eligibility: { minAge: 0, maxAge: 99, residenceStatuses: [other] },
          });
          const lie = { age: 21, germanLevel: 'C2', residenceStatus: other, benefitRegime: 'ASYLBLG' };
          const before = await offersTables();
          for (const res of [
            await enrollAs(caseManagerNeuss, notTheirs, personId, lie),
            await applyAs(caseManagerNeuss, notTheirs, personId, lie),
          ]) {
            expect(res.body).toMatchObject({
              data: null,
              errors: [{ extensions: { code: 'NOT_ELIGIBLE', rules: ['RESIDENCE_STATUS'] } }],
            });
          }
          expect(await offersTables()).toEqual(before);
          // The other way round: an offer for the status the person holds takes them, though the input claims one it
          // does
          // not admit.
          const theirs = await createOpenOffer(3, {
            eligibility: { minAge: 0, maxAge: 99, residenceStatuses: [real?.currentResidenceStatus] },
          });
          expect((await enrollAs(caseManagerNeuss, theirs, personId, lie)).body).toEqual({
            data: { enrollInOffer: { status: 'ENROLLED', person: { id: personId } } },
          });
          // Enrolling without the deprecated facts input at all is the intended use.
          expect(
            (
              await enrollAs(
                caseManagerNeuss,
                await createOpenOffer(3, { eligibility: { minAge: 0, maxAge: 99 } }),
                personId,
              )
            ).body.errors,
          ).toBeUndefined();
        },
      );

      it('refuses an id no person has with BAD_USER_INPUT naming input.personId, taking no seat', async () => {
        const offerId = await createOpenOffer(3, { eligibility: { minAge: 0, maxAge: 99 } });
        const before = await offersTables();
        for (const res of [
          await enrollAs(caseManagerNeuss, offerId, UNKNOWN_PERSON, { age: 21 }),
          await applyAs(caseManagerNeuss, offerId, UNKNOWN_PERSON, { age: 21 }),
        ]) {
          expect(res.body).toMatchObject({
            data: null,
            errors: [{ extensions: { code: 'BAD_USER_INPUT', field: 'input.personId' } }],
          });
        }
        expect(await offersTables()).toEqual(before);
        expect(
          await hub.subgraphs.offers.db.dataSource.query(
            'SELECT count(*)::int AS n FROM enrollment WHERE person_id = $1',
            [UNKNOWN_PERSON],
          ),
        ).toEqual([{ n: 0 }]);
      });

      it(
        'refuses a case manager of another organisation and area without consent for ENROLLMENT, and lets them ' +
          "enrol once the person's case management records one",
        async () => {
          const rheinePerson = demoPersonId('05566076', 7);
          const offerId = await createOpenOffer(3, { eligibility: { minAge: 0, maxAge: 99 } });
          const before = await offersTables();
          const refused = await enrollAs(mbeCaseManagerNeuss, offerId, rheinePerson);
          expect(refused.body).toMatchObject({
            data: null,
            errors: [{ path: ['enrollInOffer'], extensions: { code: 'CONSENT_REQUIRED', field: 'input.personId' } }],
          });
          expect((await applyAs(mbeCaseManagerNeuss, offerId, rheinePerson)).body.errors?.[0]?.extensions?.code).toBe(
            'CONSENT_REQUIRED',
          );
          // A consent for another purpose does not cover an enrollment.
          const grant = (purposes: string[]) =>
            hub.query<{ grantConsent: { id: string } }>(
              'mutation($input: GrantConsentInput!) { grantConsent(input: $input) { id } }',
              {
                input: {
                  personId: rheinePerson,
                  organizationId: ORG.mbeNeuss,
                  purposes,
                  evidenceReference: 'Akte 0815',
                  noticeVersion: '2026-01',
                },
              },
              caseManagerRheine,
            );
          expect((await grant(['COUNSELLING'])).body.errors).toBeUndefined();
          expect((await enrollAs(mbeCaseManagerNeuss, offerId, rheinePerson)).body.errors?.[0]?.extensions?.code).toBe(
            'CONSENT_REQUIRED',
          );
          expect(await offersTables()).toEqual(before);

          const consent = (await grant(['ENROLLMENT'])).body.data?.grantConsent.id as string;
          expect((await enrollAs(mbeCaseManagerNeuss, offerId, rheinePerson)).body).toEqual({
            data: { enrollInOffer: { status: 'ENROLLED', person: { id: rheinePerson } } },
          });
          // Persons recorded what it handed over for the enrollment: the age only, the one fact this offer's rules look
          // at.
          const personsAudit = await hub.subgraphs.persons.db.dataSource.query(
            'SELECT subject, organization_id, purpose, action, entity, fields FROM audit_entry WHERE ' +
              "person_refs && ARRAY[$1::text] AND subject = $2 AND action = 'READ' ORDER BY id",
            [rheinePerson, mbeCaseManagerNeuss.subject],
          );
          expect(personsAudit).toEqual([
            {
              subject: mbeCaseManagerNeuss.subject,
              organization_id: ORG.mbeNeuss,
              purpose: 'ENROLLMENT',
              action: 'READ',
              entity: 'Person',
              fields: ['age'],
            },
          ]);

          // Revoked, it no longer covers the very next request.
          expect(
            (
              await hub.query(
                'mutation($id: ID!) { revokeConsent(id: $id) { id } }',
                { id: consent },
                caseManagerRheine,
              )
            ).body.errors,
          ).toBeUndefined();
          expect(
            (
              await enrollAs(
                mbeCaseManagerNeuss,
                await createOpenOffer(3, { eligibility: { minAge: 0, maxAge: 99 } }),
                rheinePerson,
              )
            ).body.errors?.[0]?.extensions?.code,
          ).toBe('CONSENT_REQUIRED');
        },
      );

      it(
        'refuses with SUBGRAPH_UNAVAILABLE and takes no seat while persons cannot be asked, and enrolls once it ' +
          'is back',
        async () => {
          const offerId = await createOpenOffer(3, { eligibility: { minAge: 0, maxAge: 99 } });
          const personId = demoPersonId('05162024', 41);
          const before = await offersTables();
          await hub.stopSubgraph('persons');
          try {
            const res = await enrollAs(caseManagerNeuss, offerId, personId, { age: 21 });
            expect(res.body).toMatchObject({
              data: null,
              errors: [{ path: ['enrollInOffer'], extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'persons' } }],
            });
            expect(await offersTables()).toEqual(before);
          } finally {
            await hub.startSubgraph('persons');
          }
          expect((await enrollAs(caseManagerNeuss, offerId, personId)).body).toEqual({
            data: { enrollInOffer: { status: 'ENROLLED', person: { id: personId } } },
          });
        },
      );
    },
  );
});
