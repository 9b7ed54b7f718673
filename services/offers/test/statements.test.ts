import { providerOf } from '@gk/fixtures';
import type { TestSubgraph } from '@gk/shared/testing';
import {
  apply,
  CORE_GROUP,
  createOffer,
  dataOf,
  enroll,
  newPersonId,
  offersAskingPersons,
  startOffersTestSubgraph,
} from './support';

const PAGE = `query($provider: ID!, $first: Int!) {
  offers(filter: { providerId: $provider }, first: $first) {
    items {
      id title provider { id } municipality { ags }
      eligibility { minAge benefitRegimes }
      figures { seats taken free applicants occupancy completionRate transitionRate }
      enrollments { status person { id } offer { id title } }
      qualityReviews { reachScore reviewer { id } }
    }
    pageInfo { hasNextPage }
  }
}`;

describe('offers: batching', () => {
  let subgraph: TestSubgraph;
  const provider = 'b0b0b0b0-1111-4222-8333-444455556666';
  const staff = providerOf(provider);

  beforeAll(async () => {
    subgraph = await startOffersTestSubgraph(offersAskingPersons());
    for (let i = 0; i < 50; i += 1) {
      const offerId = await createOffer(subgraph, {
        providerId: provider,
        title: `Kurs ${String(i).padStart(2, '0')}`,
        startDate: '2026-01-12',
        seats: 3,
      });
      dataOf(await enroll(subgraph, offerId, newPersonId()));
      dataOf(await apply(subgraph, offerId, newPersonId()));
      dataOf(
        await subgraph.query(
          'mutation($id: ID!) { recordQualityReview(input: { offerId: $id, reachScore: 3, completionScore: 3, ' +
            'transitionScore: 3, feedbackScore: 3, summary: "ok" }) { id } }',
          { id: offerId },
          CORE_GROUP,
        ),
      );
    }
  }, 120_000);

  afterAll(async () => {
    await subgraph?.close();
  });

  it('serves a page of offers with provider, figures, enrollments, reviews in six statements, 5 as 50', async () => {
    const run = async (first: number) => {
      let items: unknown[] = [];
      const statements = await subgraph.countStatements(async () => {
        items = dataOf(await subgraph.query<{ offers: { items: unknown[] } }>(PAGE, { provider, first }, staff)).offers
          .items;
      });
      return { statements, items };
    };
    const small = await run(5);
    const large = await run(50);
    expect(small.items).toHaveLength(5);
    expect(large.items).toHaveLength(50);
    expect(large.items.find((o) => (o as { title: string }).title === 'Kurs 49')).toMatchObject({
      title: 'Kurs 49',
      provider: { id: provider },
      figures: {
        seats: 3,
        taken: 1,
        free: 2,
        applicants: 1,
        occupancy: 1 / 3,
        completionRate: null,
        transitionRate: null,
      },
      enrollments: [{ status: 'APPLIED' }, { status: 'ENROLLED' }],
      qualityReviews: [{ reachScore: 3 }],
    });
    // The page, the figures (one GROUP BY), the enrollments, the enrollments' offers, the reviews, and one INSERT of
    // the audit entries for all persons read.
    expect(small.statements).toBe(large.statements);
    expect(large.statements).toBe(6);
  });

  it('resolves offer references with their figures in two statements, for 5 as for 50', async () => {
    const ids: string[] = (await subgraph.db.dataSource.query('SELECT id FROM offer ORDER BY id')).map(
      (r: { id: string }) => r.id,
    );
    const run = (n: number) =>
      subgraph.countStatements(async () => {
        const res = dataOf(
          await subgraph.query<{ _entities: unknown[] }>(
            'query($r: [_Any!]!) { _entities(representations: $r) { ... on Offer { id seats figures { taken ' +
              'applicants } } } }',
            { r: ids.slice(0, n).map((id) => ({ __typename: 'Offer', id })) },
          ),
        );
        expect(res._entities).toHaveLength(n);
      });
    expect(await run(5)).toBe(2);
    expect(await run(50)).toBe(2);
  });

  it('resolves enrollment references, persons, their enrollments and careers in constant statements', async () => {
    const enrollments: { id: string; person_id: string }[] = await subgraph.db.dataSource.query(
      'SELECT id, person_id FROM enrollment ORDER BY id',
    );
    const run = (n: number) =>
      subgraph.countStatements(async () => {
        const res = dataOf(
          await subgraph.query<{ _entities: unknown[] }>(
            `query($r: [_Any!]!) { _entities(representations: $r) {
             ... on Enrollment { id status offer { title } }
             ... on Person { id enrollments { status offer { title } } measureCareer { length } }
           } }`,
            {
              r: enrollments.slice(0, n).flatMap((e) => [
                { __typename: 'Enrollment', id: e.id },
                { __typename: 'Person', id: e.person_id, enrollmentsVisibleToViewer: true },
              ]),
            },
            // A Jobcenter both runs offers and manages cases: the measure career needs the whole course history,
            // which
            // only case management sees.
            { ...staff, roles: ['PROVIDER', 'CASE_MANAGER'] },
          ),
        );
        expect(res._entities).toHaveLength(2 * n);
      });
    // Enrollments by id, enrollments by person, their offers (one batch for the access checks and Enrollment.offer),
    // the audit INSERT.
    expect(await run(5)).toBe(4);
    expect(await run(50)).toBe(4);
  });
});
