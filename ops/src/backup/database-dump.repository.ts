import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { finished } from 'node:stream/promises';
import { Client, escapeIdentifier, escapeLiteral } from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';

/** The one place that reads and writes a subgraph database's rows for backup and restore. */

// What a data file may hold besides rows: the shapes dumpDatabase writes, nothing else, so a data file
// that was tampered with cannot make restore run other SQL as the superuser it needs.
const IDENTIFIER = '"(?:[^"]|"")+"';
const COPY_LINE = new RegExp(
  `^COPY (${IDENTIFIER}\\.${IDENTIFIER}) \\((${IDENTIFIER}(?:, ${IDENTIFIER})*)\\) FROM stdin;$`,
);
const REPLICA_LINE = 'SET session_replication_role = replica;';
const SETVAL_LINE = /^SELECT pg_catalog\.setval\('(?:[^']|'')+', \d+, true\);$/;

interface TableInfo {
  schema: string;
  table: string;
  columns: string[];
}

const qualified = (t: Pick<TableInfo, 'schema' | 'table'>) =>
  `${escapeIdentifier(t.schema)}.${escapeIdentifier(t.table)}`;
export const tableLabel = (t: Pick<TableInfo, 'schema' | 'table'>): string =>
  t.schema === 'public' ? t.table : `${t.schema}.${t.table}`;

/**
 * The database's own tables: every ordinary table outside PostgreSQL's schemas and outside
 * extensions, except TypeORM's migrations list (restore rebuilds it by migrating). Generated
 * columns are left out: PostgreSQL computes them again on restore.
 */
async function listTables(client: Client): Promise<TableInfo[]> {
  const { rows } = await client.query<{ schema: string; table: string; columns: string[] }>(`
    SELECT n.nspname AS schema, c.relname AS "table",
           array_agg(a.attname::text ORDER BY a.attnum) AS columns
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
     WHERE c.relkind = 'r'
       AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%'
       AND NOT (n.nspname = 'public' AND c.relname = 'migrations')
       AND NOT EXISTS (SELECT 1 FROM pg_depend d
                       WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
     GROUP BY n.nspname, c.relname
     ORDER BY n.nspname, c.relname`);
  return rows;
}

async function appliedMigrations(client: Client): Promise<string[]> {
  const exists = await client.query(`SELECT to_regclass('public.migrations') IS NOT NULL AS present`);
  if (!(exists.rows[0] as { present: boolean }).present) return [];
  const { rows } = await client.query<{ name: string }>('SELECT name FROM migrations ORDER BY "timestamp", id');
  return rows.map((r) => r.name);
}

export interface DumpResult {
  serverVersion: string;
  migrations: string[];
  tables: Record<string, number>;
}

/**
 * Writes every table's rows to `file` from one REPEATABLE READ snapshot, so a hub that keeps
 * running during the backup still yields a consistent state (an enrollment never without its offer).
 */
export async function dumpDatabase(
  url: string,
  file: string,
  onTable: (table: string, rows: number) => void,
): Promise<DumpResult> {
  const client = new Client({ connectionString: url, application_name: 'gk-backup' });
  await client.connect();
  const out = createWriteStream(file, { mode: 0o600 });
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const serverVersion = ((await client.query('SHOW server_version')).rows[0] as { server_version: string })
      .server_version;
    const migrations = await appliedMigrations(client);
    const write = async (text: string | Buffer) => {
      if (!out.write(text)) await once(out, 'drain');
    };
    await write(`-- gk-hub backup, data only; the schema is the migrations ${migrations.join(', ')}\n`);
    await write(`${REPLICA_LINE}\n`);
    const tables: Record<string, number> = {};
    for (const t of await listTables(client)) {
      const columns = t.columns.map((c) => escapeIdentifier(c)).join(', ');
      await write(`COPY ${qualified(t)} (${columns}) FROM stdin;\n`);
      let rows = 0;
      const source = client.query(copyTo(`COPY ${qualified(t)} (${columns}) TO STDOUT`));
      for await (const chunk of source as AsyncIterable<Buffer>) {
        // Each row of the text format ends in exactly one newline (newlines inside values are escaped).
        for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) rows += 1;
        await write(chunk);
      }
      await write('\\.\n');
      tables[tableLabel(t)] = rows;
      onTable(tableLabel(t), rows);
    }
    const sequences = await client.query<{ name: string; last_value: string }>(
      `SELECT quote_ident(schemaname) || '.' || quote_ident(sequencename) AS name, last_value::text
         FROM pg_sequences WHERE last_value IS NOT NULL AND schemaname NOT IN ('pg_catalog', 'information_schema')`,
    );
    for (const s of sequences.rows)
      await write(`SELECT pg_catalog.setval(${escapeLiteral(s.name)}, ${Number(s.last_value)}, true);\n`);
    await client.query('COMMIT');
    out.end();
    await finished(out);
    return { serverVersion, migrations, tables };
  } catch (error) {
    out.destroy();
    throw error;
  } finally {
    await client.end();
  }
}

/** Tables of the database that hold rows (the migrations list aside); empty means restore may write. */
export async function tablesWithRows(url: string): Promise<string[]> {
  const client = new Client({ connectionString: url, application_name: 'gk-restore' });
  await client.connect();
  try {
    const filled: string[] = [];
    for (const t of await listTables(client)) {
      const { rowCount } = await client.query(`SELECT 1 FROM ${qualified(t)} LIMIT 1`);
      if (rowCount) filled.push(tableLabel(t));
    }
    return filled;
  } finally {
    await client.end();
  }
}

type DataFileEntry =
  | { kind: 'copy'; target: string; columns: string }
  | { kind: 'row'; line: string }
  | { kind: 'end'; rows: number }
  | { kind: 'statement'; line: string };

/**
 * Reads a data file as dumpDatabase writes it, and refuses anything else: a line outside the known
 * shapes, or a file that ends inside a table's rows (a backup cut short).
 */
async function* readDataFile(file: string): AsyncGenerator<DataFileEntry> {
  // Made on the first read: lines read before the loop asks for them would be lost.
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let inCopy: { table: string; rows: number } | undefined;
  let lineNumber = 0;
  try {
    for await (const line of lines) {
      lineNumber += 1;
      if (inCopy) {
        if (line === '\\.') {
          yield { kind: 'end', rows: inCopy.rows };
          inCopy = undefined;
        } else {
          inCopy.rows += 1;
          yield { kind: 'row', line };
        }
        continue;
      }
      if (line === '' || line.startsWith('--')) continue;
      const copy = COPY_LINE.exec(line);
      if (copy) {
        inCopy = { table: copy[1], rows: 0 };
        yield { kind: 'copy', target: copy[1], columns: copy[2] };
      } else if (line === REPLICA_LINE || SETVAL_LINE.test(line)) {
        yield { kind: 'statement', line };
      } else {
        throw new Error(
          `${path.basename(file)} has a line restore does not run (line ${lineNumber}): only COPY blocks ` +
            `and sequence positions belong there.`,
        );
      }
    }
    if (inCopy)
      throw new Error(`${path.basename(file)} ends inside the rows of ${inCopy.table}: the backup is incomplete.`);
  } finally {
    lines.close();
  }
}

/** Reads a data file through without touching any database, so restore can refuse it before writing. */
export async function checkDataFile(file: string): Promise<void> {
  for await (const entry of readDataFile(file)) void entry;
}

/**
 * Loads a data file into a migrated, empty database in one transaction: all of it or nothing.
 * Triggers stay off while loading (session_replication_role = replica), as pg_restore's
 * --disable-triggers does: the rows are already the result of them (seat counts, ledgers), and
 * foreign keys hold because the source held them. That needs a superuser, as pg_restore does.
 */
export async function loadDataFile(
  url: string,
  file: string,
  onTable: (table: string, rows: number) => void,
): Promise<void> {
  const client = new Client({ connectionString: url, application_name: 'gk-restore' });
  await client.connect();
  try {
    await client.query('BEGIN');
    // Migrating the empty database bumped the caches' change counters (a statement trigger fires on zero
    // rows too): no change of data, and the backup's own counters take their place.
    const { rows } = await client.query(`SELECT to_regclass('public.data_version') IS NOT NULL AS present`);
    if (rows[0].present) await client.query('DELETE FROM data_version');
    let copy: { stream: NodeJS.WritableStream & { end(): void }; table: string } | undefined;
    for await (const entry of readDataFile(file)) {
      if (entry.kind === 'copy') {
        const stream = client.query(copyFrom(`COPY ${entry.target} (${entry.columns}) FROM STDIN`));
        copy = { stream, table: entry.target.replace(/"/g, '').replace(/^public\./, '') };
      } else if (entry.kind === 'row' && copy) {
        if (!copy.stream.write(`${entry.line}\n`)) await once(copy.stream, 'drain');
      } else if (entry.kind === 'end' && copy) {
        copy.stream.end();
        await finished(copy.stream as NodeJS.WritableStream);
        onTable(copy.table, entry.rows);
        copy = undefined;
      } else if (entry.kind === 'statement') {
        await client.query(entry.line);
      }
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
