import { DataSource } from 'typeorm';
import { dataVersionUp, requestDataVersion, VersionedCache } from '@gk/shared';
import { createTestDatabase, type TestDatabase } from '@gk/shared/testing';

/**
 * Two replicas of a subgraph share its database but each keeps its own VersionedCache. The version
 * lives in the database (triggers bump it in the writing transaction), so a write through one
 * replica makes the other recompute at its next read: no replica serves a figure older than the data.
 */
describe('VersionedCache with two replicas on one database', () => {
  let database: TestDatabase;
  let replicaA: DataSource;
  let replicaB: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase('versioned-replicas');
    const open = async () => new DataSource({ type: 'postgres', url: database.url, poolSize: 3 }).initialize();
    [replicaA, replicaB] = [await open(), await open()];
    await replicaA.query('CREATE TABLE need (id serial PRIMARY KEY, category text NOT NULL)');
    for (const sql of dataVersionUp(['need'])) await replicaA.query(sql);
    await replicaA.query(`INSERT INTO need (category) VALUES ('LANGUAGE'), ('LANGUAGE'), ('HOUSING')`);
  });

  afterAll(async () => {
    await replicaA?.destroy();
    await replicaB?.destroy();
    await database?.drop();
  });

  /** What a replica's indicator loader does: the cached count per category, computed on a miss. */
  const countOf = (dataSource: DataSource, cache: VersionedCache<number>, category: string, computed: string[]) =>
    cache
      .read(
        dataSource,
        [category],
        async (manager, missing) => {
          computed.push(...missing);
          const rows: { category: string; n: number }[] = await manager.query(
            'SELECT category, count(*)::int AS n FROM need WHERE category = ANY($1) GROUP BY category',
            [missing],
          );
          return new Map(missing.map((m) => [m, rows.find((r) => r.category === m)?.n ?? 0]));
        },
        requestDataVersion(dataSource),
      )
      .then((found) => found.get(category));

  it(
    'recomputes in one replica after a write through the other, and serves from its cache while ' + 'nothing changed',
    async () => {
      const cacheA = new VersionedCache<number>();
      const cacheB = new VersionedCache<number>();
      const computedA: string[] = [];
      const computedB: string[] = [];
      expect(await countOf(replicaB, cacheB, 'LANGUAGE', computedB)).toBe(2);
      expect(await countOf(replicaB, cacheB, 'LANGUAGE', computedB)).toBe(2);
      expect(computedB).toEqual(['LANGUAGE']);
      expect(await countOf(replicaA, cacheA, 'LANGUAGE', computedA)).toBe(2);

      // Written through replica A, in a transaction of its own, as a mutation would.
      await replicaA.transaction((manager) => manager.query(`INSERT INTO need (category) VALUES ('LANGUAGE')`));
      expect(await countOf(replicaB, cacheB, 'LANGUAGE', computedB)).toBe(3);
      expect(await countOf(replicaA, cacheA, 'LANGUAGE', computedA)).toBe(3);
      expect(computedB).toEqual(['LANGUAGE', 'LANGUAGE']);

      // A delete through B, then A reads: the version only grows, whichever backend wrote.
      await replicaB.query(`DELETE FROM need WHERE category = 'HOUSING'`);
      expect(await countOf(replicaA, cacheA, 'HOUSING', computedA)).toBe(0);
      expect(await countOf(replicaB, cacheB, 'LANGUAGE', computedB)).toBe(3);
      expect(computedB).toEqual(['LANGUAGE', 'LANGUAGE', 'LANGUAGE']);
    },
  );
});
