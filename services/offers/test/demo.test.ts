import { DEMO_OFFERS, demoOfferId, demoOrganizationId, demoPersonId } from '@gk/shared';
import type { TestSubgraph } from '@gk/shared/testing';
import { DEMO_MEASURE_CAREER_PERSONS, DEMO_OVERBOOKED_OFFERS } from '../src/demo/offers.demo';
import { offersSubgraph } from '../src/offers.subgraph';
import { CASE_MANAGER, dataOf, startOffersTestSubgraph } from './support';

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
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Offer { id title category seats provider { id } municipality { ags } } } }',
      { r: DEMO_OFFERS.map((o) => ({ __typename: 'Offer', id: demoOfferId(o.key) })) },
    );
    expect(dataOf(res)._entities).toEqual(
      DEMO_OFFERS.map((o) => ({ id: demoOfferId(o.key), title: o.title, category: o.category, seats: o.seats, provider: { id: demoOrganizationId(o.providerKey) }, municipality: { ags: o.ags } })),
    );
  });

  it('flags the demo measure careers', async () => {
    const res = await subgraph.query<{ _entities: { measureCareer: { length: number; reachesThreshold: boolean } }[] }>(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { measureCareer { length reachesThreshold } } } }',
      // As the gateway sends them for a case manager whom the persons subgraph lets see the enrollments.
      { r: DEMO_MEASURE_CAREER_PERSONS.map((p) => ({ __typename: 'Person', id: demoPersonId(p.ags, p.index), enrollmentsVisibleToViewer: true })) },
      CASE_MANAGER,
    );
    expect(dataOf(res)._entities).toEqual(DEMO_MEASURE_CAREER_PERSONS.map((p) => ({ measureCareer: { length: p.measures, reachesThreshold: true } })));
  });

  it('has offers with more applicants than free seats', async () => {
    const res = await subgraph.query<{ _entities: { figures: { free: number; applicants: number } }[] }>(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Offer { figures { free applicants } } } }',
      { r: DEMO_OVERBOOKED_OFFERS.map((key) => ({ __typename: 'Offer', id: demoOfferId(key) })) },
    );
    for (const { figures } of dataOf(res)._entities) expect(figures.applicants).toBeGreaterThan(figures.free);
  });

  it('is realistic in size and the same on every load', async () => {
    const digest = async (s: TestSubgraph) =>
      (await s.db.dataSource.query("SELECT count(*)::int AS n, md5(string_agg(id::text || status || coalesce(outcome, ''), ',' ORDER BY id)) AS digest FROM enrollment"))[0];
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
