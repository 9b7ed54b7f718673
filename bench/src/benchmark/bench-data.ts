import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { cefrAtLeast, startEmbeddedServer, withDatabase, type CefrLevel } from '@gk/shared';
import { demoOrganizationId, demoPersonId } from '@gk/fixtures';
import { benchFixtures } from '../scale/bench-fixtures';
import { ensureScaleData } from '../scale/scale-data';
import type { Scale } from './bench-options';

/** What a case manager tells offers about the person when enrolling (offers checks its rules on these). */
export interface EnrollFacts {
  age: number;
  germanLevel: string | null;
  residenceStatus: string | null;
  benefitRegime: string | null;
}

export interface EnrollPair {
  personId: string;
  offerId: string;
  facts: EnrollFacts;
}

/** The identities and ids the operations use; the same roles at every scale. */
export interface BenchFixtures {
  caseManager: { organizationId: string; ags: string[] };
  /** A person the case manager may open (their own organisation manages them). */
  personId: string;
  /** A provider with as many offers as the scale has (at least 50 at nrw). */
  provider: { organizationId: string };
  /** The municipality whose dashboard operation 3 opens, and the core group's scope. */
  dashboardAgs: string;
  coreGroupAgs: string[];
  /** Scope of the state-wide core-group identity (operation 4), and a small scope to compare statements. */
  stateAgs: string[];
  fewAreasAgs: string[];
}

export interface BenchData {
  scale: Scale;
  serverUrl: string;
  /** The subgraphs load their demo slice themselves on a first start. */
  loadDemoData: boolean;
  fixtures: BenchFixtures;
  /** Fresh (person, offer) pairs for the write, enough for every engine's run. */
  enrollPairs(count: number): Promise<EnrollPair[]>;
  facts: Record<string, number | string>;
  stop(): Promise<void>;
}

type Progress = (message: string) => void;

const RHEINE = '05566076';

/** The demo world's fixtures (services/shared/src/demo): Rheine's case management, the VHS Rheine, both demo Kreise. */
export function demoFixtures(): BenchFixtures {
  return {
    caseManager: { organizationId: demoOrganizationId('kim-rheine'), ags: [RHEINE] },
    personId: demoPersonId(RHEINE, 0),
    provider: { organizationId: demoOrganizationId('vhs-rheine') },
    dashboardAgs: RHEINE,
    coreGroupAgs: ['05566', '05162'],
    stateAgs: ['05566', '05162'],
    fewAreasAgs: ['05566'],
  };
}

/**
 * pg_stat_statements counts every statement the subgraphs send, whoever sends it, without touching
 * their code. The library must be preloaded at server start; the embedded server's flags are fixed
 * in the shared kit, so the setting goes to postgresql.auto.conf and the server is started again.
 */
async function statementStatsLoaded(serverUrl: string): Promise<boolean> {
  const client = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try {
    const { rows } = await client.query<{ shared_preload_libraries: string }>('SHOW shared_preload_libraries');
    if (
      rows[0].shared_preload_libraries
        .split(',')
        .map((s) => s.trim())
        .includes('pg_stat_statements')
    ) {
      await client.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
      return true;
    }
    await client.query(`ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'`);
    await client.query(`ALTER SYSTEM SET pg_stat_statements.max = 10000`);
    return false;
  } finally {
    await client.end();
  }
}

/** Starts a server (twice when the statistics library has to be preloaded first). */
async function withStatementStats<S extends { serverUrl: string; stop(): Promise<void> }>(
  start: () => Promise<S>,
  progress: Progress,
): Promise<S> {
  const first = await start();
  if (await statementStatsLoaded(first.serverUrl)) return first;
  progress('restarting PostgreSQL with pg_stat_statements preloaded');
  await first.stop();
  const second = await start();
  if (!(await statementStatsLoaded(second.serverUrl)))
    throw new Error('pg_stat_statements did not load after a restart; statements per operation cannot be counted.');
  return second;
}

/** The demo world on a throw-away embedded PostgreSQL; the subgraphs load it on their first start. */
async function startDemoData(progress: Progress): Promise<BenchData> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gk-bench-demo-'));
  progress(`embedded PostgreSQL for the demo data in ${dir}`);
  const started = await withStatementStats(async () => {
    const server = await startEmbeddedServer({ dataDir: path.join(dir, 'cluster'), port: 0 });
    return { serverUrl: server.url, stop: server.stop };
  }, progress);
  return {
    scale: 'demo',
    serverUrl: started.serverUrl,
    loadDemoData: true,
    fixtures: demoFixtures(),
    enrollPairs: (count) => openEnrollPairs(started.serverUrl, count, demoFixtures().caseManager.organizationId),
    facts: { data: 'demo catalogue (services/shared/src/demo)' },
    stop: async () => {
      await started.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A person as the persons subgraph records them: what the eligibility rules look at. */
interface PersonFacts {
  id: string;
  age: number;
  german_level: CefrLevel | null;
  current_residence_status: string | null;
  current_benefit_regime: string | null;
}

/**
 * Pairs of a person managed by the enrolling organisation and an open offer with a free seat that
 * the person is not yet enrolled in and whose rules admit the person's real facts (offers asks
 * persons for them at the write; facts the client sends are ignored, a person another organisation
 * manages needs a consent). Read from the databases after the data is loaded, so no enrollment fails
 * for a duplicate, a full offer, a rule or a missing consent.
 */
export async function openEnrollPairs(
  serverUrl: string,
  count: number,
  managingOrganizationId: string,
): Promise<EnrollPair[]> {
  const client = new Client({ connectionString: withDatabase(serverUrl, 'gk_offers') });
  await client.connect();
  try {
    const { rows: offers } = await client.query<{
      id: string;
      free: number;
      min_age: number;
      max_age: number;
      residence_statuses: string[];
      benefit_regimes: string[];
      min_german_level: CefrLevel | null;
    }>(
      `SELECT id, seats - seats_taken AS free, min_age, max_age, residence_statuses, benefit_regimes, min_german_level
         FROM offer
        WHERE status IN ('OPEN', 'RUNNING') AND seats > seats_taken AND end_date >= current_date
        ORDER BY seats - seats_taken DESC, id`,
    );
    const { rows: active } = await client.query<{ person_id: string; offer_id: string }>(
      `SELECT person_id, offer_id FROM enrollment WHERE status IN ('APPLIED', 'ENROLLED') AND person_id IS NOT NULL`,
    );
    const taken = new Set(active.map((r) => `${r.person_id}:${r.offer_id}`));
    const persons = await managedPersons(serverUrl, managingOrganizationId);
    const admits = (o: (typeof offers)[number], p: PersonFacts) =>
      p.age >= o.min_age &&
      p.age <= o.max_age &&
      (o.residence_statuses.length === 0 ||
        (p.current_residence_status !== null && o.residence_statuses.includes(p.current_residence_status))) &&
      (o.benefit_regimes.length === 0 ||
        (p.current_benefit_regime !== null && o.benefit_regimes.includes(p.current_benefit_regime))) &&
      (o.min_german_level === null || cefrAtLeast(p.german_level, o.min_german_level));
    const pairs: EnrollPair[] = [];
    let cursor = 0;
    for (const offer of offers) {
      let free = offer.free;
      for (let tried = 0; free > 0 && tried < persons.length && pairs.length < count; tried += 1) {
        const person = persons[cursor % persons.length];
        cursor += 1;
        if (taken.has(`${person.id}:${offer.id}`) || !admits(offer, person)) continue;
        taken.add(`${person.id}:${offer.id}`);
        pairs.push({
          personId: person.id,
          offerId: offer.id,
          facts: {
            age: person.age,
            germanLevel: person.german_level,
            residenceStatus: person.current_residence_status,
            benefitRegime: person.current_benefit_regime,
          },
        });
        free -= 1;
      }
      if (pairs.length >= count) break;
    }
    return pairs;
  } finally {
    await client.end();
  }
}

async function managedPersons(serverUrl: string, organizationId: string): Promise<PersonFacts[]> {
  const client = new Client({ connectionString: withDatabase(serverUrl, 'gk_persons') });
  await client.connect();
  try {
    const { rows } = await client.query<PersonFacts>(
      `SELECT id, date_part('year', age(current_date, date_of_birth))::int AS age, german_level,
              current_residence_status, current_benefit_regime
         FROM person WHERE case_managing_organization_id = $1 ORDER BY id`,
      [organizationId],
    );
    return rows;
  } finally {
    await client.end();
  }
}

/**
 * Removes the enrollments an earlier write run made (its subject is the benchmark's own), so the
 * reused data is the data that was loaded and the same fresh pairs can be enrolled again. The
 * seat counter follows by offers' own trigger; the audit entries of those writes stay (append-only).
 */
export async function removeBenchWrites(serverUrl: string, subject: string): Promise<number> {
  const client = new Client({ connectionString: withDatabase(serverUrl, 'gk_offers') });
  await client.connect();
  try {
    return (await client.query('DELETE FROM enrollment WHERE created_by = $1', [subject])).rowCount ?? 0;
  } finally {
    await client.end();
  }
}

/** The fixtures of a generated scale (bench/src/scale), in the benchmark's terms. */
function scaleFixtures(scale: Exclude<Scale, 'demo'>, seed: number): { fixtures: BenchFixtures; pairs: EnrollPair[] } {
  const f = benchFixtures(scale, seed);
  return {
    fixtures: {
      caseManager: { organizationId: f.caseManager.organizationId ?? '', ags: f.caseManager.ags },
      personId: f.openPersonId,
      provider: { organizationId: f.provider.organizationId ?? '' },
      dashboardAgs: f.coreGroup.areaAgs,
      coreGroupAgs: f.coreGroup.ags,
      stateAgs: f.stateCoreGroup.ags,
      // A few areas for the small size of the state-wide statement count.
      fewAreasAgs: f.stateCoreGroup.ags.slice(0, 3),
    },
    pairs: f.enrollPairs.map((p) => ({ personId: p.personId, offerId: p.offerId, facts: p.person })),
  };
}

/** Loads or reuses the data of a scale and returns the server it lives on, with the fixtures. */
export async function ensureBenchData(scale: Scale, seed: number, progress: Progress): Promise<BenchData> {
  if (scale === 'demo') return startDemoData(progress);
  let lastReport = 0;
  const started = await withStatementStats(
    () =>
      ensureScaleData({
        scale,
        seed,
        onProgress: (p) => {
          // One line every few seconds: the load of nrw writes millions of rows.
          if (Date.now() - lastReport < 3000 && p.done < p.total) return;
          lastReport = Date.now();
          progress(`  loading ${p.slice}: ${p.done}/${p.total} (${p.rows} rows, ${Math.round(p.seconds)} s)`);
        },
      }),
    progress,
  );
  progress(
    started.reused
      ? `reusing the ${scale} data loaded at ${started.manifest.loadedAt}`
      : `loaded the ${scale} data in ${started.manifest.loadSeconds.total} s`,
  );
  const { fixtures, pairs } = scaleFixtures(scale, seed);
  const counts = started.manifest.counts;
  return {
    scale,
    serverUrl: started.serverUrl,
    loadDemoData: false,
    fixtures,
    enrollPairs: async (count) => pairs.slice(0, count),
    facts: {
      persons: counts.persons?.person ?? 0,
      offers: counts.offers?.offer ?? 0,
      enrollments: counts.offers?.enrollment ?? 0,
      organisations: counts.network?.organization ?? 0,
      areas: fixtures.stateAgs.length,
      seed,
    },
    stop: () => started.stop(),
  };
}
