import type { Identity } from '@gk/shared';
import type { TestSubgraph } from '@gk/shared/testing';
import {
  apply,
  createOffer,
  dataOf,
  enroll,
  newPersonId,
  OTHER_PROVIDER,
  OTHER_PROVIDER_STAFF,
  CASE_MANAGER,
  PROVIDER_STAFF,
  offersAskingPersons,
  startOffersTestSubgraph,
} from './support';

const ENTITIES =
  'query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id eligibleOffers { title } } } }';

function person(id: string, ags: string, facts: Record<string, unknown> = {}) {
  return {
    __typename: 'Person',
    id,
    age: 22,
    germanLevel: 'B1',
    currentResidenceStatus: 'DULDUNG',
    currentBenefitRegime: 'ASYLBLG',
    municipality: { ags },
    enrollmentsVisibleToViewer: true,
    ...facts,
  };
}

describe('offers: federation fields', () => {
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    subgraph = await startOffersTestSubgraph(offersAskingPersons());
  });

  afterAll(async () => {
    await subgraph?.close();
  });

  describe('Person.eligibleOffers from the required fields', () => {
    let applicant: string;

    beforeAll(async () => {
      const lang = { category: 'LANGUAGE_COURSE' };
      await createOffer(subgraph, {
        ...lang,
        title: 'Neuss offen',
        municipalityAgs: '05162024',
        startDate: '2026-03-01',
      });
      await createOffer(
        subgraph,
        { ...lang, title: 'Dormagen läuft', municipalityAgs: '05162004', startDate: '2026-02-01' },
        'RUNNING',
      );
      await createOffer(subgraph, { ...lang, title: 'Kreisweit', municipalityAgs: '05162', startDate: '2026-04-01' });
      await createOffer(subgraph, { ...lang, title: 'Rheine, anderer Kreis', municipalityAgs: '05566076' });
      await createOffer(subgraph, { ...lang, title: 'Neuss geplant', municipalityAgs: '05162024' }, 'PLANNED');
      await createOffer(subgraph, {
        ...lang,
        title: 'Neuss ab B2',
        municipalityAgs: '05162024',
        eligibility: { minGermanLevel: 'B2' },
      });
      await createOffer(subgraph, {
        ...lang,
        title: 'Neuss nur SGB II',
        municipalityAgs: '05162024',
        eligibility: { benefitRegimes: ['SGB_II'] },
      });
      const full = await createOffer(subgraph, { ...lang, title: 'Neuss voll', municipalityAgs: '05162024', seats: 1 });
      dataOf(await enroll(subgraph, full, newPersonId()));
      const applied = await createOffer(subgraph, {
        ...lang,
        title: 'Neuss beworben',
        municipalityAgs: '05162024',
        startDate: '2026-01-15',
      });
      applicant = newPersonId();
      dataOf(await apply(subgraph, applied, applicant));
    });

    it(
      'lists open and running offers with a free seat in the Kreis whose rules admit the person, leaving out those ' +
        'applied for',
      async () => {
        const res = await subgraph.query(
          ENTITIES,
          {
            r: [
              person(newPersonId(), '05162024'),
              person(applicant, '05162004'),
              person(newPersonId(), '05162024', { age: 30 }),
              person(newPersonId(), '05162024', { germanLevel: 'C1', currentBenefitRegime: 'SGB_II' }),
            ],
          },
          CASE_MANAGER,
        );
        const titles = (dataOf(res) as { _entities: { eligibleOffers: { title: string }[] }[] })._entities.map((p) =>
          p.eligibleOffers.map((o) => o.title),
        );
        expect(titles).toEqual([
          ['Neuss beworben', 'Dormagen läuft', 'Neuss offen', 'Kreisweit'],
          ['Dormagen läuft', 'Neuss offen', 'Kreisweit'],
          [],
          ['Neuss ab B2', 'Neuss nur SGB II', 'Neuss beworben', 'Dormagen läuft', 'Neuss offen', 'Kreisweit'],
        ]);
      },
    );

    it("leaves out applied offers only as far as the viewer may see the person's enrollments", async () => {
      const titles = async (identity: Identity) =>
        (
          dataOf(
            await subgraph.query(
              ENTITIES,
              { r: [person(applicant, '05162004', { enrollmentsVisibleToViewer: false })] },
              identity,
            ),
          ) as { _entities: { eligibleOffers: { title: string }[] }[] }
        )._entities[0].eligibleOffers.map((o) => o.title);
      // The offer's own provider knows of the application; another provider and a case manager without access to the
      // enrollments learn nothing of it.
      expect(await titles(PROVIDER_STAFF)).toEqual(['Dormagen läuft', 'Neuss offen', 'Kreisweit']);
      expect(await titles(OTHER_PROVIDER_STAFF)).toEqual([
        'Neuss beworben',
        'Dormagen läuft',
        'Neuss offen',
        'Kreisweit',
      ]);
      expect(await titles(CASE_MANAGER)).toEqual(['Neuss beworben', 'Dormagen läuft', 'Neuss offen', 'Kreisweit']);
    });

    it('answers any number of persons with the same three statements', async () => {
      const count = async (n: number) =>
        subgraph.countStatements(async () => {
          const r = Array.from({ length: n }, (_, i) => person(newPersonId(), i % 2 === 0 ? '05162024' : '05566076'));
          dataOf(await subgraph.query(ENTITIES, { r }, CASE_MANAGER));
        });
      // The offers of the Kreise, the persons' enrollments, the audit INSERT.
      expect(await count(3)).toBe(3);
      expect(await count(40)).toBe(3);
    });
  });

  describe('Person.measureCareer', () => {
    it('flags a run of three enrollments without progress after a progress, and not a shorter one', async () => {
      const offers: string[] = [];
      for (let i = 0; i < 4; i += 1)
        offers.push(
          await createOffer(subgraph, { title: `Maßnahme ${i}`, startDate: `202${i}-01-01`, endDate: `202${i}-12-31` }),
        );
      const circling = newPersonId();
      const moving = newPersonId();
      const outcomes = ['PROGRESSED', 'NO_PROGRESS', 'DROPPED_OUT', 'NO_PROGRESS'];
      for (const [i, offerId] of offers.entries()) {
        for (const personId of [circling, moving]) {
          const { id } = dataOf(await enroll(subgraph, offerId, personId, undefined, `202${i}-01-01`)).enrollInOffer;
          const outcome = personId === moving && i === 1 ? 'QUALIFICATION_ACHIEVED' : outcomes[i];
          dataOf(
            await subgraph.query(
              'mutation($id: ID!, $o: EnrollmentOutcome!, $d: Date!) { recordEnrollmentOutcome(input: { ' +
                'enrollmentId: $id, outcome: $o, endedOn: $d }) { id } }',
              { id, o: outcome, d: `202${i}-06-30` },
            ),
          );
        }
      }
      const res = await subgraph.query(
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id measureCareer { length threshold ' +
          'reachesThreshold enrollments { outcome offer { title } } } } } }',
        {
          r: [circling, moving, newPersonId()].map((id) => ({
            __typename: 'Person',
            id,
            enrollmentsVisibleToViewer: true,
          })),
        },
        CASE_MANAGER,
      );
      expect(dataOf(res)).toEqual({
        _entities: [
          {
            id: circling,
            measureCareer: {
              length: 3,
              threshold: 3,
              reachesThreshold: true,
              enrollments: [
                { outcome: 'NO_PROGRESS', offer: { title: 'Maßnahme 1' } },
                { outcome: 'DROPPED_OUT', offer: { title: 'Maßnahme 2' } },
                { outcome: 'NO_PROGRESS', offer: { title: 'Maßnahme 3' } },
              ],
            },
          },
          {
            id: moving,
            measureCareer: {
              length: 2,
              threshold: 3,
              reachesThreshold: false,
              enrollments: [
                { outcome: 'DROPPED_OUT', offer: { title: 'Maßnahme 2' } },
                { outcome: 'NO_PROGRESS', offer: { title: 'Maßnahme 3' } },
              ],
            },
          },
          {
            id: expect.any(String),
            measureCareer: { length: 0, threshold: 3, reachesThreshold: false, enrollments: [] },
          },
        ],
      });
    });

    it('takes its threshold from the settings', async () => {
      const strict = await startOffersTestSubgraph(offersAskingPersons({ measureCareerThreshold: 1 }));
      try {
        const offerId = await createOffer(strict, {});
        const personId = newPersonId();
        const { id } = dataOf(await enroll(strict, offerId, personId)).enrollInOffer;
        dataOf(
          await strict.query(
            'mutation($id: ID!) { recordEnrollmentOutcome(input: { enrollmentId: $id, outcome: NO_PROGRESS, endedOn: ' +
              '"2026-06-30" }) { id } }',
            { id },
          ),
        );
        const res = await strict.query(
          'query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { measureCareer { length threshold ' +
            'reachesThreshold } } } }',
          { r: [{ __typename: 'Person', id: personId, enrollmentsVisibleToViewer: true }] },
          CASE_MANAGER,
        );
        expect(dataOf(res)).toEqual({
          _entities: [{ measureCareer: { length: 1, threshold: 1, reachesThreshold: true } }],
        });
      } finally {
        await strict.close();
      }
    });
  });

  describe('Municipality and Organization', () => {
    beforeAll(async () => {
      await createOffer(subgraph, {
        title: 'Kaarst Mentoring',
        municipalityAgs: '05162016',
        category: 'MENTORING',
        targetOutcome: 'STABILISATION',
        targetGermanLevel: null,
        seats: 8,
        providerId: OTHER_PROVIDER,
      });
      const jc = await createOffer(
        subgraph,
        {
          title: 'Korschenbroich Coaching',
          municipalityAgs: '05162020',
          category: 'EMPLOYMENT_SUPPORT',
          targetOutcome: 'EMPLOYMENT',
          targetGermanLevel: null,
          seats: 6,
          providerId: OTHER_PROVIDER,
        },
        'RUNNING',
      );
      for (let i = 0; i < 2; i += 1) dataOf(await enroll(subgraph, jc, newPersonId()));
      const cancelled = await createOffer(subgraph, {
        title: 'Korschenbroich Mentoring abgesagt',
        municipalityAgs: '05162020',
        category: 'MENTORING',
        targetOutcome: 'STABILISATION',
        targetGermanLevel: null,
        seats: 50,
        providerId: OTHER_PROVIDER,
      });
      dataOf(
        await subgraph.query(
          'mutation($id: ID!) { cancelOffer(input: { offerId: $id, reason: "Keine Räume" }) { id } }',
          { id: cancelled },
          OTHER_PROVIDER_STAFF,
        ),
      );
    });

    it('gives offers and per-category seat figures of a Gemeinde, and of a Kreis with its members', async () => {
      const res = await subgraph.query(
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on Municipality { ags offers { title status } ' +
          'offerSeatFigures { category offers seats taken free } } } }',
        {
          r: [
            { __typename: 'Municipality', ags: '05162020' },
            { __typename: 'Municipality', ags: '05162016' },
            { __typename: 'Municipality', ags: '05162028' },
          ],
        },
      );
      expect(dataOf(res)).toEqual({
        _entities: [
          {
            ags: '05162020',
            offers: [
              { title: 'Korschenbroich Coaching', status: 'RUNNING' },
              { title: 'Korschenbroich Mentoring abgesagt', status: 'CANCELLED' },
            ],
            offerSeatFigures: [{ category: 'EMPLOYMENT_SUPPORT', offers: 1, seats: 6, taken: 2, free: 4 }],
          },
          {
            ags: '05162016',
            offers: [{ title: 'Kaarst Mentoring', status: 'OPEN' }],
            offerSeatFigures: [{ category: 'MENTORING', offers: 1, seats: 8, taken: 0, free: 8 }],
          },
          { ags: '05162028', offers: [], offerSeatFigures: [] },
        ],
      });
      const kreis = await subgraph.query<{
        _entities: { offerSeatFigures: { category: string; seats: number; taken: number; free: number }[] }[];
      }>(
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on Municipality { offerSeatFigures { category ' +
          'offers seats taken free } } } }',
        { r: [{ __typename: 'Municipality', ags: '05162' }] },
      );
      const rows = await subgraph.db.dataSource.query(
        'SELECT category, count(*)::int AS offers, sum(seats)::int AS seats, sum(seats_taken)::int AS taken, ' +
          "sum(seats - seats_taken)::int AS free FROM offer WHERE municipality_ags LIKE '05162%' AND status <> " +
          "'CANCELLED' AND status <> 'FINISHED' GROUP BY category ORDER BY category",
      );
      expect(dataOf(kreis)._entities[0].offerSeatFigures).toEqual(rows);
      expect(rows.find((r: { category: string }) => r.category === 'MENTORING')).toEqual({
        category: 'MENTORING',
        offers: 1,
        seats: 8,
        taken: 0,
        free: 8,
      });
    });

    it('lists the offers an organisation runs, filtered by status', async () => {
      const res = await subgraph.query(
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { id all: offers { title } ' +
          'running: offers(status: RUNNING) { title } } } }',
        { r: [{ __typename: 'Organization', id: OTHER_PROVIDER }] },
      );
      expect(dataOf(res)).toEqual({
        _entities: [
          {
            id: OTHER_PROVIDER,
            all: [
              { title: 'Kaarst Mentoring' },
              { title: 'Korschenbroich Coaching' },
              { title: 'Korschenbroich Mentoring abgesagt' },
            ],
            running: [{ title: 'Korschenbroich Coaching' }],
          },
        ],
      });
    });
  });
});
