import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  createServiceDataSource,
  databaseName,
  ensureDatabase,
  openServiceDatabase,
  SUBGRAPH_NAMES,
  type SubgraphName,
} from '@gk/shared';
import { fundingSubgraph } from '@gk/funding';
import { networkSubgraph } from '@gk/network';
import { offersSubgraph } from '@gk/offers';
import { personsSubgraph } from '@gk/persons';
import {
  ARCHIVE_FORMAT,
  dataFileName,
  MANIFEST_FILE,
  type BackupManifest,
  type DatabaseBackup,
} from './backup-archive';
import { checkDataFile, dumpDatabase, loadDataFile, tablesWithRows } from './database-dump.repository';
import type { DatabaseTargets } from './database-targets';

export type Progress = (line: string) => void;

const MIGRATIONS: Record<SubgraphName, readonly Function[]> = {
  persons: personsSubgraph.migrations as Function[],
  offers: offersSubgraph.migrations as Function[],
  network: networkSubgraph.migrations as Function[],
  funding: fundingSubgraph.migrations as Function[],
};

const migrationName = (migration: Function): string =>
  new (migration as new () => { name?: string })().name ?? migration.name;

/** Backs up every subgraph's database into `folder` (new or empty), one data file each, and a manifest. */
export async function backupHub(targets: DatabaseTargets, folder: string, progress: Progress): Promise<BackupManifest> {
  if (existsSync(folder) && readdirSync(folder).length > 0) {
    throw new Error(
      `The backup folder ${folder} is not empty. Name a new folder, so no earlier backup is overwritten.`,
    );
  }
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  progress(`backing up the hub's databases (${targets.where}) into ${folder}`);
  const manifest: BackupManifest = { format: ARCHIVE_FORMAT, createdAt: new Date().toISOString(), subgraphs: {} };
  for (const name of SUBGRAPH_NAMES) {
    const url = targets.url(name);
    const file = dataFileName(name);
    const started = Date.now();
    const dump = await dumpDatabase(url, path.join(folder, file), (table, rows) =>
      progress(`  ${name}: ${table} ${rows} rows`),
    );
    const rows = Object.values(dump.tables).reduce((a, b) => a + b, 0);
    progress(
      `${name}: ${rows} rows in ${Object.keys(dump.tables).length} tables from ${databaseName(url)} ` +
        `(PostgreSQL ${dump.serverVersion}, ${dump.migrations.length} migrations) in ${Date.now() - started} ` +
        `ms`,
    );
    manifest.subgraphs[name] = {
      file,
      database: databaseName(url),
      serverVersion: dump.serverVersion,
      migrations: dump.migrations,
      tables: dump.tables,
    };
  }
  writeFileSync(path.join(folder, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
  progress(`backup complete: ${folder}`);
  return manifest;
}

export function readManifest(folder: string): BackupManifest {
  const file = path.join(folder, MANIFEST_FILE);
  if (!existsSync(file))
    throw new Error(`${folder} holds no backup (no ${MANIFEST_FILE}). Name the folder "npm run backup" wrote.`);
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as BackupManifest;
  if (manifest.format !== ARCHIVE_FORMAT)
    throw new Error(
      `${file} is not a backup this version reads (format ${String(manifest.format)}, expected ${ARCHIVE_FORMAT}).`,
    );
  return manifest;
}

/**
 * Restores a backup into empty databases. Every check runs before anything is written: each target
 * must be empty (the migrations list aside, so databases a migration Job prepared qualify), the
 * code must know every migration the backup was taken at, and every data file must read through. Then per subgraph:
 * migrate up to the
 * backup's migrations, load the rows in one transaction, apply the newer migrations, and compare the
 * row counts with the manifest's.
 */
export async function restoreHub(targets: DatabaseTargets, folder: string, progress: Progress): Promise<void> {
  const manifest = readManifest(folder);
  const entries = SUBGRAPH_NAMES.flatMap((name) =>
    manifest.subgraphs[name] ? [[name, manifest.subgraphs[name]] as [SubgraphName, DatabaseBackup]] : [],
  );
  progress(`restoring ${folder} (taken ${manifest.createdAt}) into ${targets.where}`);
  const problems: string[] = [];
  for (const [name, backup] of entries) {
    await checkDataFile(path.join(folder, backup.file)).catch((error: unknown) =>
      problems.push(`${name}: ${(error as Error).message}`),
    );
    const known = new Set(MIGRATIONS[name].map(migrationName));
    const unknown = backup.migrations.filter((m) => !known.has(m));
    if (unknown.length > 0)
      problems.push(
        `${name}: the backup was taken by a newer version (migrations ${unknown.join(', ')} are unknown ` +
          `here); restore it with that version`,
      );
    const url = targets.url(name);
    await ensureDatabase(url);
    const filled = await tablesWithRows(url);
    if (filled.length > 0) {
      problems.push(
        `${name}: the target database ${databaseName(url)} is not empty (${filled.length} tables hold ` +
          `rows: ${filled.slice(0, 5).join(', ')}${filled.length > 5 ? ', ...' : ''}); drop it or point ` +
          `${name.toUpperCase()}_DATABASE_URL at a new one`,
      );
    }
  }
  if (problems.length > 0) throw new Error(`Restore refused, nothing was written:\n  ${problems.join('\n  ')}`);

  for (const [name, backup] of entries) {
    const url = targets.url(name);
    const started = Date.now();
    await migrate(
      url,
      name,
      MIGRATIONS[name].filter((m) => backup.migrations.includes(migrationName(m))),
    );
    await loadDataFile(url, path.join(folder, backup.file), (table, rows) =>
      progress(`  ${name}: ${table} ${rows} rows`),
    );
    await migrate(url, name, MIGRATIONS[name]);
    const restored = Object.values(backup.tables).reduce((a, b) => a + b, 0);
    progress(`${name}: ${restored} rows into ${databaseName(url)} in ${Date.now() - started} ms`);
  }
  progress('restore complete');
}

async function migrate(url: string, name: SubgraphName, migrations: readonly Function[]): Promise<void> {
  const db = createServiceDataSource({
    url,
    entities: [],
    migrations: [...migrations],
    poolSize: 1,
    applicationName: `gk-${name}-restore`,
  });
  try {
    await openServiceDatabase(db, url);
  } finally {
    if (db.dataSource.isInitialized) await db.dataSource.destroy();
  }
}
