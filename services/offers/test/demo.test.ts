import { DEMO_OFFERS, demoOfferId, demoOrganizationId, demoPersonId } from '@gk/fixtures';
import type { TestSubgraph } from '@gk/shared/testing';
import { DEMO_MEASURE_CAREER_PERSONS, DEMO_OVERBOOKED_OFFERS } from '../src/demo/offers.demo';
import { offersSubgraph } from '../src/offers.subgraph';
import { CASE_MANAGER, CORE_GROUP, dataOf, startOffersTestSubgraph } from './support';

describe('offers: demo data', () => {
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    subgraph = await startOffersTestSubgraph(offersSubgraph, { loadDemoData: true });
  });

  afterAll(async () => {
    await subgraph?.close();
  });

  it('holds every catalogue offer under its agreed id, provider, place, category and seats', async () => {
    const res = await subgraph.query<{ _entities: unknown[] }>(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Offer { id title category seats provider { id } ' +
        'municipality { ags } } } }',
      { r: DEMO_OFFERS.map((o) => ({ __typename: 'Offer', id: demoOfferId(o.key) })) },
    );
    expect(dataOf(res)._entities).toEqual(
      DEMO_OFFERS.map((o) => ({
        id: demoOfferId(o.key),
        title: o.title,
        category: o.category,
        seats: o.seats,
        provider: { id: demoOrganizationId(o.providerKey) },
        municipality: { ags: o.ags },
      })),
    );
  });

  it('flags the demo measure careers', async () => {
    const res = await subgraph.query<{ _entities: { measureCareer: { length: number; reachesThreshold: boolean } }[] }>(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { measureCareer { length ' +
        'reachesThreshold } } } }',
      // As the gateway sends them for a case manager whom the persons subgraph lets see the enrollments.
      {
        r: DEMO_MEASURE_CAREER_PERSONS.map((p) => ({
          __typename: 'Person',
          id: demoPersonId(p.ags, p.index),
          enrollmentsVisibleToViewer: true,
        })),
      },
      CASE_MANAGER,
    );
    expect(dataOf(res)._entities).toEqual(
      DEMO_MEASURE_CAREER_PERSONS.map((p) => ({ measureCareer: { length: p.measures, reachesThreshold: true } })),
    );
  });

  it('has offers with more applicants than free seats', async () => {
    const res = await subgraph.query<{ _entities: { figures: { free: number; applicants: number } }[] }>(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Offer { figures { free applicants } } } }',
      { r: DEMO_OVERBOOKED_OFFERS.map((key) => ({ __typename: 'Offer', id: demoOfferId(key) })) },
    );
    for (const { figures } of dataOf(res)._entities) expect(figures.applicants).toBeGreaterThan(figures.free);
  });

  // The demo's dates are fixed (as of autumn 2026), so its dashboards are checked on a fixed day of that autumn.
  it(
    "gives the core group's dashboards of Rheine and the Rhein-Kreis Neuss on 2026-11-21 flagged careers, " +
      'participation and free seats to set against demand, not withheld',
    async () => {
      type Indicators = {
        ags: string;
        offerLandscape: { category: string; free: { value: number | null } }[];
        measureCareers: { flaggedPersons: { value: number | null } };
        participation: {
          fiscalYear: number;
          enrolledPersons: { value: number | null };
          completedQualifications: { value: number | null };
        };
        duplicateCandidates: { first: { id: string }; second: { id: string } }[];
      };
      const res = await subgraph.query<{ _entities: Indicators[] }>(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on AreaIndicators {
         ags offerLandscape { category free { value } }
         measureCareers { flaggedPersons { value } } participation { fiscalYear enrolledPersons { value }
         completedQualifications { value } }
         duplicateCandidates { first { id } second { id } } } } }`,
        {
          r: ['05566076', '05162024', '05162'].map((ags) => ({
            __typename: 'AreaIndicators',
            ags,
            referenceDate: '2026-11-21',
          })),
        },
        { ...CORE_GROUP, ags: ['05566', '05162'] },
      );
      const [rheine, neuss, kreis] = dataOf(res)._entities;
      for (const area of [rheine, neuss, kreis]) {
        expect(area.measureCareers.flaggedPersons.value).toBeGreaterThanOrEqual(5);
        expect(area.participation.enrolledPersons.value).toBeGreaterThanOrEqual(5);
        expect(area.participation.completedQualifications.value).toBeGreaterThanOrEqual(5);
        // Free seats in the categories that serve language, school-degree and training needs are published (the gaps'
        // supply).
        const free = (category: string) => area.offerLandscape.find((l) => l.category === category)?.free.value;
        for (const category of ['LANGUAGE_COURSE', 'SCHOOL_DEGREE_COURSE', 'VOCATIONAL_TRAINING', 'QUALIFICATION'])
          expect(free(category)).not.toBeNull();
      }
      // The Integrationskurs mit Alphabetisierung and the Berufssprachkurs B1 in Rheine: both little booked,
      // overlapping
      // from January.
      expect(rheine.duplicateCandidates).toEqual([
        {
          first: { id: demoOfferId('rheine-integrationskurs-alpha') },
          second: { id: demoOfferId('rheine-berufssprachkurs-b1') },
        },
      ]);
    },
  );

  it('is realistic in size and the same on every load', async () => {
    const digest = async (s: TestSubgraph) =>
      (
        await s.db.dataSource.query(
          "SELECT count(*)::int AS n, md5(string_agg(id::text || status || coalesce(outcome, ''), ',' ORDER BY id)) " +
            'AS digest FROM enrollment',
        )
      )[0];
    const first = await digest(subgraph);
    expect(first.n).toBeGreaterThan(150);
    const again = await startOffersTestSubgraph(offersSubgraph, { loadDemoData: true });
    try {
      expect(await digest(again)).toEqual(first);
    } finally {
      await again.close();
    }
  });
});
