import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import {
  createLogger,
  createServiceDataSource,
  openServiceDatabase,
  SUBGRAPH_NAMES,
  type SubgraphDefinition,
  type SubgraphName,
} from '@gk/shared';
import { createTestDatabase, type TestDatabase } from '@gk/shared/testing';
import { fundingSubgraph } from '@gk/funding';
import { networkSubgraph } from '@gk/network';
import { offersSubgraph } from '@gk/offers';
import { personsSubgraph } from '@gk/persons';
import { backupHub, restoreHub, type DatabaseTargets } from '../src/backup';

const DEFINITIONS: Record<SubgraphName, SubgraphDefinition<unknown>> = {
  persons: personsSubgraph as SubgraphDefinition<unknown>,
  offers: offersSubgraph as SubgraphDefinition<unknown>,
  network: networkSubgraph as SubgraphDefinition<unknown>,
  funding: fundingSubgraph as SubgraphDefinition<unknown>,
};
// Every character the COPY text format must escape, and some it must leave alone.
const AWKWARD = 'Ay\u015fe\tO\u011Flu\\n \\ \n\r \'"; \u00fc\u00df \u{1F642}';

async function withClient<T>(url: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Every table's rows as one fingerprint per table, independent of row order. */
async function fingerprint(url: string): Promise<Record<string, string>> {
  return withClient(url, async (c) => {
    const tables = await c.query<{ name: string }>(
      `SELECT quote_ident(table_name) AS name FROM information_schema.tables WHERE table_schema = 'public' ` +
        `AND table_type = 'BASE TABLE' ORDER BY 1`,
    );
    const out: Record<string, string> = {};
    for (const { name } of tables.rows) {
      const r = await c.query<{ n: string; h: string | null }>(
        `SELECT count(*)::text AS n, md5(string_agg(md5(t::text), '' ORDER BY md5(t::text))) AS h FROM ${name} t`,
      );
      out[name] = `${r.rows[0].n}:${r.rows[0].h ?? ''}`;
    }
    return out;
  });
}

describe('backup and restore (ops/src/backup)', () => {
  const databases = {} as Record<SubgraphName, TestDatabase>;
  const targets: DatabaseTargets = {
    where: 'test databases',
    url: (n) => databases[n].url,
    close: async () => undefined,
  };
  const lines: string[] = [];
  const progress = (line: string) => lines.push(line);
  let folder: string;
  let before: Record<SubgraphName, Record<string, string>>;

  const recreate = async () => {
    for (const name of SUBGRAPH_NAMES) {
      await databases[name].drop();
      databases[name] = await createTestDatabase(`bk${name}`);
    }
  };

  beforeAll(async () => {
    folder = path.join(mkdtempSync(path.join(os.tmpdir(), 'gk-backup-')), 'backup');
    const logger = createLogger('backup-test', 'silent');
    for (const name of SUBGRAPH_NAMES) {
      databases[name] = await createTestDatabase(`bk${name}`);
      const db = createServiceDataSource({
        url: databases[name].url,
        entities: DEFINITIONS[name].entities,
        migrations: DEFINITIONS[name].migrations,
        poolSize: 2,
        logger,
      });
      await openServiceDatabase(db, databases[name].url);
      await DEFINITIONS[name].loadDemoData?.(db.dataSource, logger);
      await db.dataSource.destroy();
    }
    await withClient(databases.persons.url, (c) =>
      c.query(`UPDATE person SET given_name = $1 WHERE id = (SELECT id FROM person ORDER BY id LIMIT 1)`, [AWKWARD]),
    );
    before = {} as Record<SubgraphName, Record<string, string>>;
    for (const name of SUBGRAPH_NAMES) before[name] = await fingerprint(databases[name].url);
    await backupHub(targets, folder, progress);
  });

  afterAll(async () => {
    for (const db of Object.values(databases)) await db.drop().catch(() => undefined);
    rmSync(path.dirname(folder), { recursive: true, force: true });
  });

  it('restores every row of every table exactly, escapes included, and counts them in the manifest', async () => {
    await recreate();
    await restoreHub(targets, folder, progress);
    for (const name of SUBGRAPH_NAMES)
      expect([name, await fingerprint(databases[name].url)]).toEqual([name, before[name]]);
    const restoredName = await withClient(databases.persons.url, (c) =>
      c.query<{ given_name: string }>('SELECT given_name FROM person WHERE given_name = $1', [AWKWARD]),
    );
    expect(restoredName.rowCount).toBe(1);
    // The booking triggers stayed off: a budget's ledger is what it was, not booked twice.
    expect(before.funding).toEqual(await fingerprint(databases.funding.url));
    const manifest = JSON.parse(readFileSync(path.join(folder, 'manifest.json'), 'utf8')) as {
      subgraphs: Record<string, { tables: Record<string, number> }>;
    };
    const personRows = Number(before.persons.person.split(':')[0]);
    expect(manifest.subgraphs.persons.tables.person).toBe(personRows);
    expect(lines).toContain(`  persons: person ${personRows} rows`);
  });

  it('refuses a backup taken by a newer version (a migration this code does not know) and writes nothing', async () => {
    await recreate();
    const file = path.join(folder, 'manifest.json');
    const original = readFileSync(file, 'utf8');
    const manifest = JSON.parse(original) as { subgraphs: Record<string, { migrations: string[] }> };
    manifest.subgraphs.offers.migrations.push('OffersFromTheFuture1999999999999');
    writeFileSync(file, JSON.stringify(manifest));
    try {
      await expect(restoreHub(targets, folder, progress)).rejects.toThrow(
        'Restore refused, nothing was written:\n  offers: the backup was taken by a newer version ' +
          '(migrations OffersFromTheFuture1999999999999 are unknown here); restore it with that version',
      );
    } finally {
      writeFileSync(file, original);
    }
    const migrated = await withClient(databases.persons.url, (c) =>
      c.query(`SELECT to_regclass('public.person') AS t`),
    );
    expect((migrated.rows[0] as { t: string | null }).t).toBeNull();
  });

  it(
    'runs nothing from a data file but rows and sequence positions, refusing a tampered one before any ' +
      'database is written',
    async () => {
      await recreate();
      const file = path.join(folder, 'network.sql');
      const original = readFileSync(file, 'utf8');
      appendFileSync(file, 'DROP TABLE municipality;\n');
      try {
        await expect(restoreHub(targets, folder, progress)).rejects.toThrow(
          /nothing was written:\n {2}network: network\.sql has a line restore does not run \(line \d+\)/,
        );
      } finally {
        writeFileSync(file, original);
      }
      // persons comes first in a restore: it was not migrated, let alone loaded.
      const person = await withClient(databases.persons.url, (c) =>
        c.query(`SELECT to_regclass('public.person') AS t`),
      );
      expect((person.rows[0] as { t: string | null }).t).toBeNull();
    },
  );
});
