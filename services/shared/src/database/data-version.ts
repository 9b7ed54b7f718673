import type { DataSource, EntityManager } from 'typeorm';

/**
 * A data version for caching aggregates across requests without ever serving stale figures.
 *
 * Every write statement on a watched table bumps a counter in the same transaction, on a row of the
 * writing backend's own (so writers never wait for each other). The version a reader sees is the sum
 * of the counters in its snapshot: it grows with every committed write, and two snapshots with the
 * same sum have seen the same writes. Aggregates computed in that snapshot are valid exactly for it.
 */
export function dataVersionUp(tables: readonly string[]): string[] {
  return [
    `CREATE TABLE data_version (backend_pid integer PRIMARY KEY, changes bigint NOT NULL)`,
    `CREATE FUNCTION bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       INSERT INTO data_version (backend_pid, changes) VALUES (pg_backend_pid(), 1)
       ON CONFLICT (backend_pid) DO UPDATE SET changes = data_version.changes + 1;
       RETURN NULL;
     END $$`,
    ...tables.map(
      (t) =>
        `CREATE TRIGGER ${t}_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${t} FOR EACH ` +
        `STATEMENT EXECUTE FUNCTION bump_data_version()`,
    ),
  ];
}

export function dataVersionDown(tables: readonly string[]): string[] {
  return [
    ...tables.map((t) => `DROP TRIGGER ${t}_data_version ON ${t}`),
    `DROP FUNCTION bump_data_version()`,
    `DROP TABLE data_version`,
  ];
}

const VERSION_SQL = `SELECT COALESCE(sum(changes), 0)::text AS version FROM data_version`;

/** The data version as one request sees it: read once, then shared by every cache the request asks. */
export function requestDataVersion(dataSource: DataSource): () => Promise<bigint> {
  let version: Promise<bigint> | undefined;
  return () => (version ??= dataSource.query(VERSION_SQL).then(([row]: { version: string }[]) => BigInt(row.version)));
}

/**
 * Values computed from the database, kept across requests while the data version stays the same.
 * Reads run in one REPEATABLE READ transaction: the version and anything computed belong to the same
 * snapshot. A reader whose snapshot is older than the cache's computes without storing.
 */
export class VersionedCache<V> {
  private version = -1n;
  private entries = new Map<string, V>();

  constructor(private readonly maxEntries = 2048) {}

  /**
   * With `requestVersion`, a request whose keys are all cached for the version it sees gets them
   * without a transaction (one shared version read per request); anything else goes the full way.
   */
  async read(
    dataSource: DataSource,
    keys: readonly string[],
    compute: (manager: EntityManager, missing: string[]) => Promise<Map<string, V>>,
    requestVersion?: () => Promise<bigint>,
  ): Promise<Map<string, V>> {
    if (requestVersion && (await requestVersion()) === this.version) {
      const found = new Map<string, V>();
      for (const key of keys) {
        const hit = this.entries.get(key);
        if (hit === undefined) break;
        found.set(key, hit);
      }
      if (keys.every((key) => found.has(key))) return found;
    }
    return dataSource.transaction('REPEATABLE READ', async (manager) => {
      const [{ version }] = await manager.query(VERSION_SQL);
      const seen = BigInt(version);
      if (seen > this.version) {
        this.version = seen;
        this.entries = new Map();
      }
      const current = seen === this.version;
      const found = new Map<string, V>();
      const missing: string[] = [];
      for (const key of new Set(keys)) {
        const hit = current ? this.entries.get(key) : undefined;
        if (hit === undefined) missing.push(key);
        else found.set(key, hit);
      }
      if (missing.length > 0) {
        const computed = await compute(manager, missing);
        for (const [key, value] of computed) {
          found.set(key, value);
          if (current && this.version === seen && this.entries.size < this.maxEntries) this.entries.set(key, value);
        }
      }
      return found;
    });
  }
}

const caches = new WeakMap<DataSource, Map<string, VersionedCache<unknown>>>();

/**
 * The process-wide cache of one kind of value for one database (a subgraph's per-request scope finds the same one
 * again).
 */
export function versionedCache<V>(dataSource: DataSource, kind: string): VersionedCache<V> {
  let byKind = caches.get(dataSource);
  if (!byKind) {
    byKind = new Map();
    caches.set(dataSource, byKind);
  }
  let cache = byKind.get(kind);
  if (!cache) {
    cache = new VersionedCache<unknown>();
    byKind.set(kind, cache);
  }
  return cache as VersionedCache<V>;
}
