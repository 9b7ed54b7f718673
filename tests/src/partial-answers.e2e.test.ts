import { caseManagerRheine, ORG } from '@gk/fixtures';
import { startTestHub, type TestHub } from './support/hub';

interface GqlError {
  message: string;
  path?: (string | number)[];
  extensions?: Record<string, unknown>;
}

describe('a subgraph that is down leaves the rest of the answer and is named', () => {
  let hub: TestHub;
  let personId: string;

  beforeAll(async () => {
    hub = await startTestHub({ loadDemoData: true });
    [{ id: personId }] = await hub.subgraphs.persons.db.dataSource.query(
      'SELECT id FROM person WHERE case_managing_organization_id = $1 ORDER BY id LIMIT 1',
      [ORG.kimRheine],
    );
  });

  afterAll(async () => {
    await hub?.close();
  });

  it(
    'answers the persons part while offers is down, with SUBGRAPH_UNAVAILABLE naming offers and no ' + 'internal error',
    async () => {
      const query = 'query($id: ID!) { person(id: $id) { id enrollments { id } } }';
      await hub.stopSubgraph('offers');
      try {
        const res = await hub.query<{ person: { id: string; enrollments: unknown } }>(
          query,
          { id: personId },
          caseManagerRheine,
        );
        expect(res.status).toBe(200);
        expect(res.body.data?.person).toEqual({ id: personId, enrollments: null });
        const errors = res.body.errors as GqlError[];
        expect(errors.map((e) => e.extensions)).toEqual([{ code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'offers' }]);
        expect(errors[0].message).toContain('offers');
      } finally {
        await hub.startSubgraph('offers');
      }
      const back = await hub.query<{ person: { enrollments: unknown[] } }>(query, { id: personId }, caseManagerRheine);
      expect(back.body.errors).toBeUndefined();
      expect(Array.isArray(back.body.data?.person.enrollments)).toBe(true);
    },
  );
});
