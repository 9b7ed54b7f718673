import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import {
  createLogger,
  createServiceDataSource,
  dropDatabase,
  openServiceDatabase,
  startEmbeddedServer,
  withDatabase,
  type SubgraphDefinition,
} from '@gk/shared';
import { SCALE_GENERATOR_VERSION, scaleSize, type ScaleInput, type ScaleProgress } from '@gk/fixtures';
import { REPO_ROOT } from '@gk/gateway';
import { fundingSubgraph, loadFundingScaleSlice } from '@gk/funding';
import { loadNetworkScaleSlice, networkSubgraph } from '@gk/network';
import { loadOffersScaleSlice, offersSubgraph } from '@gk/offers';
import { loadPersonsScaleSlice, personsSubgraph } from '@gk/persons';

export type SliceName = 'persons' | 'offers' | 'network' | 'funding';

export interface ScaleManifest {
  scale: string;
  seed: number;
  generatorVersion: number;
  /** Migration names per database: data loaded under another schema is reloaded. */
  schemaVersion: Record<SliceName, string[]>;
  counts: Record<SliceName, Record<string, number>>;
  loadSeconds: Record<SliceName, number> & { total: number };
  loadedAt: string;
}

type Loader = (
  dataSource: DataSource,
  options: { scale: ScaleInput; seed: number; onProgress?: (p: ScaleProgress) => void },
) => Promise<Record<string, number>>;

interface Slice {
  name: SliceName;
  definition: SubgraphDefinition<unknown>;
  load: Loader;
}

/** Heaviest first, so that two at a time finish close together. */
const SLICES: readonly Slice[] = [
  { name: 'persons', definition: personsSubgraph as SubgraphDefinition<unknown>, load: loadPersonsScaleSlice },
  { name: 'offers', definition: offersSubgraph as SubgraphDefinition<unknown>, load: loadOffersScaleSlice },
  { name: 'network', definition: networkSubgraph as SubgraphDefinition<unknown>, load: loadNetworkScaleSlice },
  { name: 'funding', definition: fundingSubgraph as SubgraphDefinition<unknown>, load: loadFundingScaleSlice },
];

export const dataFolder = (scale: string): string => path.join(REPO_ROOT, '.data', `bench-${scale}`);
const scaleName = (scale: ScaleInput | 'demo'): string => (typeof scale === 'string' ? scale : scale.name);

export function schemaVersion(): Record<SliceName, string[]> {
  const names = (d: SubgraphDefinition<unknown>) =>
    (d.migrations as (new () => { name?: string })[]).map((M) => new M().name ?? M.name);
  return Object.fromEntries(SLICES.map((s) => [s.name, names(s.definition)])) as Record<SliceName, string[]>;
}

export function readManifest(folder: string): ScaleManifest | null {
  const file = path.join(folder, 'manifest.json');
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as ScaleManifest;
  } catch {
    return null;
  }
}

/** Whether stored data can be reused: same scale, seed, generator and migrations. */
export function manifestMatches(
  manifest: ScaleManifest | null,
  scale: string,
  seed: number,
): manifest is ScaleManifest {
  return (
    manifest !== null &&
    manifest.scale === scale &&
    manifest.seed === seed &&
    manifest.generatorVersion === SCALE_GENERATOR_VERSION &&
    JSON.stringify(manifest.schemaVersion) === JSON.stringify(schemaVersion())
  );
}

export interface LoadOptions {
  scale: ScaleInput | 'demo';
  seed: number;
  onProgress?: (p: ScaleProgress & { seconds: number }) => void;
  /** Slices loaded at the same time (default 2: this machine has two cores). */
  concurrency?: number;
}

/**
 * Drops and recreates the four databases on a server, applies each subgraph's migrations and loads
 * its slice (two at a time), then returns the manifest. `demo` loads each subgraph's demo slice.
 */
export async function loadScaleData(serverUrl: string, options: LoadOptions): Promise<ScaleManifest> {
  const started = Date.now();
  const counts = {} as ScaleManifest['counts'];
  const seconds = {} as ScaleManifest['loadSeconds'];
  const queue = [...SLICES];
  const logger = createLogger('seed', 'warn');
  const run = async (slice: Slice) => {
    const url = withDatabase(serverUrl, `gk_${slice.name}`);
    await dropDatabase(url);
    const db = createServiceDataSource({
      url,
      entities: slice.definition.entities,
      migrations: slice.definition.migrations,
      poolSize: 2,
      applicationName: `gk-seed-${slice.name}`,
    });
    await openServiceDatabase(db, url);
    const t0 = Date.now();
    try {
      if (options.scale === 'demo') {
        await slice.definition.loadDemoData?.(db.dataSource, logger);
        counts[slice.name] = await tableCounts(db.dataSource);
      } else {
        counts[slice.name] = await slice.load(db.dataSource, {
          scale: options.scale,
          seed: options.seed,
          onProgress: (p) => options.onProgress?.({ ...p, seconds: (Date.now() - t0) / 1000 }),
        });
      }
    } finally {
      await db.dataSource.destroy();
    }
    seconds[slice.name] = Math.round((Date.now() - t0) / 100) / 10;
  };
  const workers = Array.from({ length: options.concurrency ?? 2 }, async () => {
    for (let slice = queue.shift(); slice; slice = queue.shift()) await run(slice);
  });
  await Promise.all(workers);
  seconds.total = Math.round((Date.now() - started) / 100) / 10;
  return {
    scale: scaleName(options.scale),
    seed: options.seed,
    generatorVersion: SCALE_GENERATOR_VERSION,
    schemaVersion: schemaVersion(),
    counts,
    loadSeconds: seconds,
    loadedAt: new Date().toISOString(),
  };
}

async function tableCounts(dataSource: DataSource): Promise<Record<string, number>> {
  const rows: { relname: string }[] = await dataSource.query(
    `SELECT relname FROM pg_stat_user_tables WHERE relname NOT IN ('migrations', 'seed_run') ORDER BY relname`,
  );
  const result: Record<string, number> = {};
  for (const { relname } of rows)
    result[relname] = Number((await dataSource.query(`SELECT count(*) AS n FROM "${relname}"`))[0].n);
  return result;
}

export interface ScaleData {
  serverUrl: string;
  manifest: ScaleManifest;
  /** Whether the stored data was reused rather than loaded. */
  reused: boolean;
  stop(): Promise<void>;
}

/** Explains a failure in terms of what the user can do about it. */
export function describeSeedError(error: unknown, folder: string): string {
  const e = error as { code?: string; message?: string };
  if (e.code === '53100' || e.code === 'ENOSPC')
    return (
      'The disk is full. Free space (the nrw scale needs about 2 GB, xl about 15 GB) ' +
      `or remove ${folder} and run again.`
    );
  if (e.code === 'ECONNREFUSED')
    return 'The PostgreSQL server does not answer. Check DATABASE_SERVER_URL, or unset it to use the embedded server.';
  if (e.code === '28P01' || e.code === '28000')
    return 'The database refused the login. Check user and password in DATABASE_SERVER_URL.';
  if (e.code === '42501')
    return 'The database user may not create databases or disable triggers on its tables. Use an owner with CREATEDB.';
  return e.message ?? String(error);
}

/**
 * The data of a scale, ready for the benchmark: starts the embedded PostgreSQL in `.data/bench-<scale>/`
 * on a free port (or uses DATABASE_SERVER_URL), and loads the scale unless the manifest says the
 * same data is already there. `fresh` reloads regardless.
 */
export async function ensureScaleData(
  options: LoadOptions & { fresh?: boolean; serverUrl?: string },
): Promise<ScaleData> {
  const name = scaleName(options.scale);
  if (options.scale !== 'demo') scaleSize(options.scale);
  const folder = dataFolder(name);
  mkdirSync(folder, { recursive: true });
  const external = options.serverUrl ?? process.env.DATABASE_SERVER_URL;
  const server = external
    ? { url: external, stop: async () => undefined }
    : await startEmbeddedServer({ dataDir: path.join(folder, 'pg') });
  try {
    const stored = readManifest(folder);
    if (!options.fresh && manifestMatches(stored, name, options.seed) && (await databasesPresent(server.url))) {
      return { serverUrl: server.url, manifest: stored, reused: true, stop: () => server.stop() };
    }
    const manifestFile = path.join(folder, 'manifest.json');
    // A load that fails halfway must not look complete: the manifest goes first, and comes back only at the end.
    if (existsSync(manifestFile)) writeFileSync(manifestFile, '{}');
    const manifest = await loadScaleData(server.url, options);
    writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
    return { serverUrl: server.url, manifest, reused: false, stop: () => server.stop() };
  } catch (error) {
    await server.stop();
    throw new Error(describeSeedError(error, folder), { cause: error });
  }
}

async function databasesPresent(serverUrl: string): Promise<boolean> {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try {
    const res = await client.query(`SELECT count(*)::int AS n FROM pg_database WHERE datname = ANY($1)`, [
      SLICES.map((s) => `gk_${s.name}`),
    ]);
    return res.rows[0].n === SLICES.length;
  } finally {
    await client.end();
  }
}
