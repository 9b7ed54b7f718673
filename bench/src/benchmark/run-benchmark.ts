import os from 'node:os';
import path from 'node:path';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { importGatewayPrivateKey, signGatewayToken, type SubgraphName } from '@gk/shared';
import { signDevelopmentToken, SUPERGRAPH_FILE } from '@gk/gateway';
import type { KeyLike } from 'jose';
import { ensureBenchData, removeBenchWrites, type EnrollPair } from './bench-data';
import type { BenchOptions } from './bench-options';
import { indicatorSelection } from './dashboard-query';
import { startHub, type RunningHub } from './hub-processes';
import { graphqlErrorOf, runAutocannon, runClosedLoop } from './load';
import { MemorySampler, waitIdle } from './memory';
import {
  actors,
  dashboardQuery,
  DIRECT_OFFERS,
  DIRECT_PERSON,
  enrollRequest,
  identityOf,
  OPEN_PERSON,
  OPERATION_TITLES,
  PROVIDER_OFFERS,
  stateQuery,
  type Actor,
  type GraphQLRequest,
} from './operations';
import { evaluateTargets } from './report';
import { DashboardSql } from './sql-baseline';
import { StatementStats, statementsPerOperation } from './statements';
import type { BenchReport, Engine, EngineResult, LoadResult, OperationResult } from './types';

type Progress = (message: string) => void;

/** Today in Europe/Berlin, the reference date the indicators default to. */
const today = (): string => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());

async function post(
  url: string,
  headers: Record<string, string>,
  request: GraphQLRequest,
): Promise<{ data?: Record<string, unknown>; error: string | null }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(request),
  });
  const text = await response.text();
  if (!response.ok) return { error: `HTTP ${response.status}: ${graphqlErrorOf(text) ?? text.slice(0, 160)}` };
  const error = graphqlErrorOf(text);
  return { data: (JSON.parse(text) as { data?: Record<string, unknown> }).data, error };
}

interface Context {
  options: BenchOptions;
  hub: RunningHub;
  stats: StatementStats;
  progress: Progress;
  userHeaders(actor: Actor): Promise<Record<string, string>>;
  subgraphHeaders(actor: Actor, subgraph: SubgraphName): Promise<Record<string, string>>;
}

/** One engine's load run with memory sampled and statements probed separately. */
async function measure(
  ctx: Context,
  engine: Engine,
  run: () => Promise<LoadResult>,
  probe: (() => Promise<void>) | null,
  warmup: (() => Promise<LoadResult>) | null,
  note?: string,
): Promise<EngineResult> {
  await waitIdle(ctx.hub.all().map((p) => p.pid));
  if (warmup) await warmup();
  const sampler = new MemorySampler(ctx.hub.all().map((p) => ({ name: p.name, pid: p.pid })));
  sampler.start();
  const result = await run();
  const memory = sampler.stop();
  let statements: number | null = null;
  let slowest: EngineResult['slowest'];
  if (probe) {
    await waitIdle(ctx.hub.all().map((p) => p.pid));
    try {
      const counted = await statementsPerOperation(ctx.stats, ctx.options.probeRequests, probe);
      statements = counted.total;
      if (engine === 'gateway') slowest = counted.slowest;
    } catch (error) {
      // An engine that fails the operation has no meaningful count; the error is in the result.
      note = [note, `statement probe failed: ${error instanceof Error ? error.message : String(error)}`]
        .filter(Boolean)
        .join('; ');
    }
  }
  ctx.progress(
    `  ${engine.padEnd(8)} p50 ${result.latencyMs.p50} ms  p95 ${result.latencyMs.p95} ms  ` +
      `p99 ${result.latencyMs.p99} ms  ${result.requestsPerSecond} req/s  errors ${result.errors}` +
      `${result.firstError ? ` (${result.firstError})` : ''}  statements ${statements ?? '-'}`,
  );
  return {
    engine,
    ...result,
    statementsPerOperation: statements,
    memory,
    ...(slowest ? { slowest } : {}),
    ...(note ? { note } : {}),
  };
}

/** Load and probe through an HTTP GraphQL endpoint (our gateway or the peer). */
function httpEngine(
  ctx: Context,
  engine: 'gateway' | 'hive',
  url: string,
  headers: Record<string, string>,
  request: GraphQLRequest,
): Promise<EngineResult> {
  const body = JSON.stringify(request);
  const load = (durationSeconds: number) => () =>
    runAutocannon({ url, headers, body, connections: ctx.options.connections, durationSeconds });
  const probe = async () => {
    const { error } = await post(url, headers, request);
    if (error) throw new Error(`${engine}: ${error}`);
  };
  return measure(ctx, engine, load(ctx.options.durationSeconds), probe, load(ctx.options.warmupSeconds));
}

function closedLoop(
  ctx: Context,
  engine: Engine,
  task: () => Promise<string | null>,
  statements: number | (() => Promise<void>),
  note: string,
): Promise<EngineResult> {
  const load = (durationSeconds: number) => () => runClosedLoop(task, ctx.options.connections, durationSeconds);
  return measure(
    ctx,
    engine,
    load(ctx.options.durationSeconds),
    typeof statements === 'number' ? null : statements,
    load(ctx.options.warmupSeconds),
    note,
  ).then((r) => (typeof statements === 'number' ? { ...r, statementsPerOperation: statements } : r));
}

/** Runs the whole benchmark: data, processes, every operation on every engine, targets. */
export async function runBenchmark(
  options: BenchOptions,
  progress: Progress = (m) => process.stdout.write(`${m}\n`),
): Promise<BenchReport> {
  const startedAt = new Date().toISOString();
  const loadBefore = os.loadavg().map((n) => Math.round(n * 100) / 100);
  if (loadBefore[0] > 0.5)
    progress(
      `note: the machine is busy before the run (load average ${loadBefore.join(', ')}); ` +
        `other work competes with the hub for its ${os.cpus().length} cores`,
    );
  progress(
    `benchmark at scale ${options.scale}: ${options.durationSeconds} s per run, ${options.connections} connections, ` +
      `operations ${options.operations.join(', ')}`,
  );
  const data = await ensureBenchData(options.scale, options.seed, progress);
  let hub: RunningHub | undefined;
  let stats: StatementStats | undefined;
  let sql: DashboardSql | undefined;
  // Private keys only in a folder of our own (mkdtemp makes it 0700), removed when the run ends.
  const keysDir = mkdtempSync(path.join(os.tmpdir(), 'gk-bench-keys-'));
  try {
    hub = await startHub({
      serverUrl: data.serverUrl,
      loadDemoData: data.loadDemoData,
      keysDir,
      onProgress: progress,
      profileDir: options.profileDir,
    });
    stats = await StatementStats.connect(data.serverUrl);
    const issuerKey = hub.developmentIssuer.privateKeyPem;
    const gatewayKey: KeyLike = await importGatewayPrivateKey(hub.gatewayKeys.privateKeyPem);
    const supergraph = readFileSync(SUPERGRAPH_FILE, 'utf8');
    const runningHub = hub;
    const ctx: Context = {
      options,
      hub,
      stats,
      progress,
      userHeaders: async (actor) => ({
        authorization: `Bearer ${await signDevelopmentToken(issuerKey, {
          subject: actor.subject,
          roles: actor.roles,
          organizationId: actor.organizationId,
          ags: actor.ags,
          ttlSeconds: 6 * 3600,
        })}`,
        ...(actor.purpose ? { 'x-purpose': actor.purpose } : {}),
      }),
      // Gateway tokens live 60 s: minted afresh for each run and refreshed by the direct loops.
      subgraphHeaders: async (actor, subgraph) => ({
        authorization: `Bearer ${await signGatewayToken(gatewayKey, identityOf(actor), subgraph)}`,
      }),
    };
    const who = actors(data.fixtures);
    const date = today();
    const operations: OperationResult[] = [];
    const engineRuns = async (actor: Actor, request: GraphQLRequest): Promise<EngineResult[]> => {
      const headers = await ctx.userHeaders(actor);
      return [
        await httpEngine(ctx, 'gateway', runningHub.gateway.url, headers, request),
        await httpEngine(ctx, 'hive', runningHub.hive.url, headers, request),
      ];
    };
    const probeSize = async (url: string, headers: Record<string, string>, request: GraphQLRequest) => {
      let failed: string | undefined;
      await waitIdle(runningHub.all().map((p) => p.pid));
      const { total } = await statementsPerOperation(ctx.stats, options.probeRequests, async () => {
        const { error } = await post(url, headers, request);
        if (error) failed ??= error;
      });
      if (failed) progress(`  statement probe answered with an error: ${failed}`);
      return { statements: total, ...(failed ? { error: failed } : {}) };
    };

    for (const id of options.operations) {
      progress(`operation ${id}: ${OPERATION_TITLES[id]}`);
      const result: OperationResult = { id, title: OPERATION_TITLES[id], engines: [] };
      if (id === 1) {
        const request = { query: OPEN_PERSON, variables: { id: data.fixtures.personId } };
        result.engines = await engineRuns(who.caseManager, request);
        result.engines.push(
          await closedLoop(
            ctx,
            'direct',
            directPerson(ctx, who.caseManager, data.fixtures.personId),
            async () => void (await directPerson(ctx, who.caseManager, data.fixtures.personId)()),
            'persons, then offers _entities, then network _entities, sent by the benchmark with gateway tokens',
          ),
        );
      } else if (id === 2) {
        const request = (first: number) => ({
          query: PROVIDER_OFFERS,
          variables: { provider: data.fixtures.provider.organizationId, first },
        });
        result.engines = await engineRuns(who.provider, request(50));
        result.engines.push(
          await closedLoop(
            ctx,
            'direct',
            directOffers(ctx, who.provider, data.fixtures.provider.organizationId),
            async () => void (await directOffers(ctx, who.provider, data.fixtures.provider.organizationId)()),
            'offers, then funding _entities, sent by the benchmark with gateway tokens',
          ),
        );
        const headers = await ctx.userHeaders(who.provider);
        const small = await probeSize(runningHub.gateway.url, headers, request(10));
        const large = await probeSize(runningHub.gateway.url, headers, request(50));
        result.sizes = {
          label: 'offers listed',
          small: { size: '10 offers', ...small },
          large: { size: '50 offers', ...large },
          equal: small.statements === large.statements,
        };
      } else if (id === 3) {
        const selection = indicatorSelection(supergraph);
        result.note =
          selection.missing.length > 0
            ? `Not in the supergraph yet, so not measured: ${selection.missing.join(', ')}. ` +
              `Measured: ${selection.present.join(', ') || 'ags only'}.`
            : undefined;
        result.engines = await engineRuns(who.coreGroup, dashboardQuery(selection, data.fixtures.dashboardAgs, date));
        sql ??= DashboardSql.create(data.serverUrl, options.connections);
        const dashboardSql = sql;
        result.engines.push(
          await closedLoop(
            ctx,
            'sql',
            async () => {
              await dashboardSql.dashboard(data.fixtures.dashboardAgs, date);
              return null;
            },
            dashboardSql.statementsPerOperation,
            'every figure of the contract by hand-written SQL, four pg pools queried in parallel, no suppression',
          ),
        );
      } else if (id === 4) {
        const gaps = indicatorSelection(supergraph, ['gaps']);
        const selection = gaps.present.length > 0 ? gaps : indicatorSelection(supergraph);
        if (gaps.present.length === 0)
          result.note =
            'AreaIndicators.gaps is not in the supergraph yet; measured with what is there: ' +
            `${selection.present.join(', ') || 'ags only'}.`;
        const request = stateQuery(selection, date);
        result.engines = await engineRuns(who.stateCoreGroup, request);
        const small = await probeSize(runningHub.gateway.url, await ctx.userHeaders(who.fewAreasCoreGroup), request);
        const large = await probeSize(runningHub.gateway.url, await ctx.userHeaders(who.stateCoreGroup), request);
        result.sizes = {
          label: 'areas in scope',
          small: { size: `scope ${data.fixtures.fewAreasAgs.join(', ')}`, ...small },
          large: { size: `scope of ${data.fixtures.stateAgs.length} Kreise/Kommunen`, ...large },
          equal: small.statements === large.statements,
        };
      } else {
        const removed = await removeBenchWrites(data.serverUrl, who.enrollingCaseManager.subject);
        if (removed > 0) progress(`  removed ${removed} enrollments an earlier run wrote`);
        try {
          result.engines = await enrollRuns(
            ctx,
            who.enrollingCaseManager,
            await data.enrollPairs(enrollPoolSize(options)),
          );
        } finally {
          await waitIdle(runningHub.all().map((p) => p.pid));
          await removeBenchWrites(data.serverUrl, who.enrollingCaseManager.subject);
        }
      }
      operations.push(result);
    }
    const report: BenchReport = {
      scale: options.scale,
      seed: options.seed,
      startedAt,
      finishedAt: new Date().toISOString(),
      settings: {
        durationSeconds: options.durationSeconds,
        warmupSeconds: options.warmupSeconds,
        connections: options.connections,
        operations: options.operations,
      },
      machine: {
        loadAverageBefore: loadBefore,
        loadAverageAfter: os.loadavg().map((n) => Math.round(n * 100) / 100),
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model ?? 'unknown',
        memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
        node: process.version,
        postgres: await stats.postgresVersion(),
        platform: `${os.platform()} ${os.release()}`,
      },
      data: data.facts,
      operations,
      targets: [],
    };
    report.targets = evaluateTargets(report, options.resultsDir);
    return report;
  } finally {
    // First, so no later failure leaves the private keys behind; the processes read them at start only.
    rmSync(keysDir, { recursive: true, force: true });
    await sql?.close();
    await stats?.close();
    await hub?.stop();
    await data.stop();
  }
}

/** Enough fresh pairs for both engines at a generous rate; a run stops early when its share runs out. */
const enrollPoolSize = (options: BenchOptions): number =>
  Math.ceil(2 * (options.durationSeconds + options.warmupSeconds) * 400);

async function enrollRuns(ctx: Context, actor: Actor, pairs: EnrollPair[]): Promise<EngineResult[]> {
  const headers = await ctx.userHeaders(actor);
  // Each engine gets its own half of the pairs, so no request fails for a duplicate or a full offer.
  const halves = [pairs.slice(0, Math.floor(pairs.length / 2)), pairs.slice(Math.floor(pairs.length / 2))];
  const results: EngineResult[] = [];
  for (const [i, engine] of (['gateway', 'hive'] as const).entries()) {
    const pool = halves[i];
    const url = engine === 'gateway' ? ctx.hub.gateway.url : ctx.hub.hive.url;
    let next = 0;
    const probePairs = pool.splice(0, ctx.options.probeRequests);
    const body = () => (next < pool.length ? JSON.stringify(enrollRequest(pool[next++])) : null);
    const note = `${pool.length} fresh (person, offer) pairs for this engine`;
    const run = () =>
      runAutocannon({
        url,
        headers,
        body,
        connections: ctx.options.connections,
        durationSeconds: ctx.options.durationSeconds,
        maxRequests: pool.length,
      });
    let probed = 0;
    const probe = async () => {
      const pair = probePairs[probed++];
      if (!pair) return;
      const { error } = await post(url, headers, enrollRequest(pair));
      if (error) throw new Error(`${engine} enroll: ${error}`);
    };
    // No warm-up of its own: a warm-up write would use up pairs; the reads before warmed the processes.
    results.push(await measure(ctx, engine, run, probe, null, note));
  }
  return results;
}

/** Operation 1 by hand against the subgraphs: the fetches of the gateway's plan, in its order. */
function directPerson(ctx: Context, actor: Actor, personId: string): () => Promise<string | null> {
  const urls = ctx.hub.subgraphs;
  const tokens = tokenCache(ctx, actor);
  return async () => {
    const persons = await post(urls.persons.url, await tokens('persons'), {
      query: DIRECT_PERSON.persons,
      variables: { id: personId },
    });
    if (persons.error) return persons.error;
    const person = persons.data?.person as {
      id: string;
      enrollmentsVisibleToViewer: boolean;
      consents?: { organization: { id: string } }[];
    } | null;
    if (!person) return 'persons: no person';
    const offers = await post(urls.offers.url, await tokens('offers'), {
      query: DIRECT_PERSON.offers,
      variables: {
        r: [{ __typename: 'Person', id: person.id, enrollmentsVisibleToViewer: person.enrollmentsVisibleToViewer }],
      },
    });
    if (offers.error) return offers.error;
    const entities = offers.data?._entities as
      | { enrollments?: { offer: { provider: { id: string } } }[] | null }[]
      | undefined;
    if (!entities) return 'offers: no entities';
    const enrollments = entities[0]?.enrollments ?? [];
    const orgs = new Set([
      ...(person.consents ?? []).map((c) => c.organization.id),
      ...enrollments.map((e) => e.offer.provider.id),
    ]);
    if (orgs.size === 0) return null;
    const network = await post(urls.network.url, await tokens('network'), {
      query: DIRECT_PERSON.network,
      variables: { r: [...orgs].map((id) => ({ __typename: 'Organization', id })) },
    });
    return network.error;
  };
}

/** Operation 2 by hand: the provider's offers from offers, then their funding from funding. */
function directOffers(ctx: Context, actor: Actor, providerId: string): () => Promise<string | null> {
  const urls = ctx.hub.subgraphs;
  const tokens = tokenCache(ctx, actor);
  return async () => {
    const offers = await post(urls.offers.url, await tokens('offers'), {
      query: DIRECT_OFFERS.offers,
      variables: { provider: providerId, first: 50 },
    });
    if (offers.error) return offers.error;
    const page = offers.data?.offers as { items: { id: string }[] } | undefined;
    if (!page) return 'offers: no page';
    const items = page.items;
    if (items.length === 0) return null;
    const funding = await post(urls.funding.url, await tokens('funding'), {
      query: DIRECT_OFFERS.funding,
      variables: { r: items.map((o) => ({ __typename: 'Offer', id: o.id })) },
    });
    return funding.error;
  };
}

/** A gateway token per subgraph, re-signed every 30 s (they live 60 s); signing is not part of the baseline's cost. */
function tokenCache(ctx: Context, actor: Actor): (subgraph: SubgraphName) => Promise<Record<string, string>> {
  const cache = new Map<SubgraphName, { at: number; headers: Promise<Record<string, string>> }>();
  return (subgraph) => {
    const hit = cache.get(subgraph);
    if (hit && Date.now() - hit.at < 30_000) return hit.headers;
    const headers = ctx.subgraphHeaders(actor, subgraph);
    cache.set(subgraph, { at: Date.now(), headers });
    return headers;
  };
}
