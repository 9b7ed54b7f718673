import { dataProtectionOfficer } from '@gk/fixtures';
import { startTestHub, type TestGateway, type TestHub } from './support/hub';

/**
 * With two gateways, each runs its own erasure sweeper. Persons claims every erasure it hands to a
 * sweep, so two sweeps at the same moment never carry the same erasure: the erasures each sweep
 * reports add up to the erasures pending, not to twice as many.
 */
describe('erasure sweeps of two gateways', () => {
  let hub: TestHub;
  let second: TestGateway;
  let personIds: string[];

  beforeAll(async () => {
    hub = await startTestHub({ loadDemoData: true });
    second = await hub.gateway({});
    const rows: { person_id: string }[] = await hub.subgraphs.offers.db.dataSource.query(
      'SELECT DISTINCT person_id FROM enrollment WHERE person_id IS NOT NULL ORDER BY person_id LIMIT 6',
    );
    personIds = rows.map((r) => r.person_id);
  });

  afterAll(async () => {
    await hub?.close();
  });

  const enrollmentsOf = async (ids: string[]) =>
    Number(
      (
        await hub.subgraphs.offers.db.dataSource.query(
          'SELECT count(*) AS n FROM enrollment WHERE person_id = ANY($1::uuid[])',
          [ids],
        )
      )[0].n,
    );

  it('carry each pending erasure once between them, and both leave nothing claimed', async () => {
    expect(personIds).toHaveLength(6);
    // Offers down: the erasures stay pending there, whatever sweep the erasure itself starts.
    await hub.stopSubgraph('offers');
    for (const id of personIds) {
      const res = await hub.query<{ erasePerson: { pendingSubgraphs: string[] } }>(
        'mutation($id: ID!) { erasePerson(personId: $id) { pendingSubgraphs } }',
        { id },
        dataProtectionOfficer,
      );
      expect(res.body).toEqual({ data: { erasePerson: { pendingSubgraphs: ['offers'] } } });
    }
    // Waits for the sweeps the erasures started (a concurrent call joins the pass under way).
    await Promise.all([hub.sweepErasures(), second.sweepErasures()]);
    await hub.startSubgraph('offers');
    expect(await enrollmentsOf(personIds)).toBeGreaterThan(0);

    const [a, b] = await Promise.all([hub.sweepErasures(), second.sweepErasures()]);
    expect({ erased: a.erased + b.erased, failed: a.failed + b.failed }).toEqual({
      erased: personIds.length,
      failed: 0,
    });
    expect(await enrollmentsOf(personIds)).toBe(0);
    const left = await hub.subgraphs.persons.db.dataSource.query(
      'SELECT count(*) FILTER (WHERE cardinality(pending_subgraphs) > 0) AS pending, count(claim_id) AS ' +
        'claimed FROM erasure_request WHERE person_id = ANY($1::uuid[])',
      [personIds],
    );
    expect(left).toEqual([{ pending: '0', claimed: '0' }]);
  });

  it(
    'hands a failed erasure to the next sweep of either gateway at once, since a sweep releases ' + 'its claim',
    async () => {
      const [row] = await hub.subgraphs.offers.db.dataSource.query(
        'SELECT person_id FROM enrollment WHERE person_id IS NOT NULL AND NOT (person_id = ANY($1::uuid[])) ' +
          'ORDER BY person_id LIMIT 1',
        [personIds],
      );
      await hub.stopSubgraph('offers');
      await hub.query(
        'mutation($id: ID!) { erasePerson(personId: $id) { complete } }',
        { id: row.person_id },
        dataProtectionOfficer,
      );
      await hub.sweepErasures();
      expect(await second.sweepErasures()).toEqual({ erased: 0, failed: 1 });
      await hub.startSubgraph('offers');
      expect(await hub.sweepErasures()).toEqual({ erased: 1, failed: 0 });
    },
  );
});
