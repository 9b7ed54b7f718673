import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Request, type Response } from 'express';
import type { KeyLike } from 'jose';
import {
  BoundedCache,
  createDocumentStore,
  Drain,
  endClientSpan,
  ServiceMetrics,
  ServiceTracing,
  startClientSpan,
  createServerCache,
  createErrorFormatter,
  isPurpose,
  knownOperationTypesRule,
  listenHttp,
  operationResolutionPlugin,
  PURPOSES,
  requestLogPlugin,
  type CacheSize,
  type Identity,
  type Logger,
  type SubgraphName,
} from '@gk/shared';
import { authenticateRequest, type ClientTokenVerifier } from '../auth/client-token';
import { ErasureSweeper } from '../erasure/erasure-sweeper';
import { indicatorsExportHandler } from '../export/indicators-export.route';
import { createApolloGateway, type QueryPlan } from '../gateway/create-gateway';
import type { GatewayContext } from '../gateway/gateway-context';
import { mountAdmin, type AdminOptions } from '../admin';

export interface GatewayServerOptions {
  supergraphSdl: string;
  subgraphUrls: Record<SubgraphName, string>;
  signingKey: KeyLike;
  verifyClientToken: ClientTokenVerifier;
  logger: Logger;
  production: boolean;
  bodyLimit: string;
  subgraphTimeoutMs: number;
  limits: GatewayLimits;
  /** How often pending erasures are carried to the subgraphs; 0 turns the sweeper off. */
  erasureSweepIntervalMs?: number;
  /** Bounds of what the gateway keeps per distinct document (defaults: DEFAULT_CACHE_BOUNDS). */
  caches?: Partial<GatewayCacheBounds>;
  /** Serves the admin UI at /admin/ (its build, how to sign in, development tokens); off when absent. */
  admin?: AdminOptions;
  /** How long /ready answers 503 at close before the server stops accepting (see Drain); default 0. */
  shutdownDelayMs?: number;
  /** OTLP/HTTP endpoint traces are exported to; no tracing when unset. */
  otlpEndpoint?: string;
}

/**
 * Bounds of the gateway's per-document stores. Every distinct document a client sends (a new
 * operation name or alias is enough) leaves a parsed document and a query plan behind; unbounded,
 * or bounded only by JSON length as Apollo's defaults are, they fill a 160 MB heap. Together the
 * defaults hold at most about 28 MB of heap.
 */
export interface GatewayCacheBounds {
  documentEntries: number;
  documentBytes: number;
  queryPlanEntries: number;
  queryPlanBytes: number;
  /** Query texts registered by automatic persisted queries (Apollo's server cache). */
  persistedQueryEntries: number;
  persistedQueryBytes: number;
}

export const DEFAULT_CACHE_BOUNDS: GatewayCacheBounds = {
  documentEntries: 1000,
  documentBytes: 16 * 1024 * 1024,
  queryPlanEntries: 1000,
  queryPlanBytes: 8 * 1024 * 1024,
  persistedQueryEntries: 1000,
  persistedQueryBytes: 4 * 1024 * 1024,
};

/**
 * Heap bytes of a query plan, estimated from its JSON: measured on @apollo/gateway 2.14 at about 6
 * times its JSON length, rounded up.
 */
const queryPlanHeapBytes = (plan: QueryPlan): number => JSON.stringify(plan).length * 8 + 1000;

/** The request limits; each has a setting, and a request exactly at a limit passes. */
export interface GatewayLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  maxCost: number;
}

export const DEFAULT_LIMITS: GatewayLimits = {
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 10,
  maxTokens: 2000,
  maxCost: 10000,
};

export interface RunningGateway {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

export interface GatewayServer {
  readonly app: express.Express;
  /** Sizes of what the gateway keeps per distinct document, to show they stay bounded. */
  cacheSizes(): { documents: CacheSize; queryPlans: CacheSize; persistedQueries: CacheSize };
  /** The gateway's Prometheus metrics (also served at /metrics). */
  readonly metrics: ServiceMetrics;
  /** Runs one erasure sweep now (undefined when the sweeper is off). */
  sweepErasures(): Promise<{ erased: number; failed: number }> | undefined;
  listen(port: number, host?: string): Promise<RunningGateway>;
}

/**
 * The gateway's HTTP face: `/graphql` for verified users, `/export/indicators.csv` for the core group, `/health`,
 * `/metrics`, and `/ready` (503 only while stopping; the subgraphs' states in the body).
 */
export async function createGatewayServer(options: GatewayServerOptions): Promise<GatewayServer> {
  const bounds = { ...DEFAULT_CACHE_BOUNDS, ...options.caches };
  const documentStore = createDocumentStore({ maxEntries: bounds.documentEntries, maxBytes: bounds.documentBytes });
  const cache = createServerCache({ maxEntries: bounds.persistedQueryEntries, maxBytes: bounds.persistedQueryBytes });
  const queryPlanStore = new BoundedCache<QueryPlan>({
    maxEntries: bounds.queryPlanEntries,
    maxBytes: bounds.queryPlanBytes,
    sizeOf: queryPlanHeapBytes,
  });
  const metrics = new ServiceMetrics('gateway');
  const tracing = options.otlpEndpoint ? new ServiceTracing('gateway', options.otlpEndpoint) : undefined;
  const drain = new Drain();
  const gateway = createApolloGateway({
    ...options,
    queryPlanStore,
    observeFetch: (subgraph, setHeader) => {
      const started = process.hrtime.bigint();
      const span = startClientSpan(`fetch ${subgraph}`, setHeader, { 'gk.subgraph': subgraph });
      return (outcome) => {
        metrics.observeFetch(
          subgraph,
          Number(process.hrtime.bigint() - started) / 1e9,
          outcome instanceof Error ? 'error' : `${Math.floor(outcome / 100)}xx`,
        );
        endClientSpan(span, outcome);
      };
    },
  });
  // Maintained protections rather than hand-written rules; the limits are not secrets, so they are named.
  const armor = new ApolloArmor({
    maxDepth: { n: options.limits.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    // An alias of __typename is an alias too: armor leaves it out by default, so 400 of them passed.
    maxAliases: { n: options.limits.maxAliases, allowList: [] },
    maxDirectives: { n: options.limits.maxDirectives },
    // The token limit is graphql-js's own parser option (below): armor's re-parses in a hook whose
    // errors, a plain syntax error included, Apollo answers as a 500.
    maxTokens: { enabled: false },
    costLimit: { maxCost: options.limits.maxCost, ignoreIntrospection: true, flattenFragments: true },
    // Suggestions are cut from every message by the error formatter, whatever stage made them.
    blockFieldSuggestion: { enabled: false },
  }).protect();
  const sweeper = options.erasureSweepIntervalMs
    ? new ErasureSweeper({
        subgraphUrls: options.subgraphUrls,
        signingKey: options.signingKey,
        logger: options.logger,
        intervalMs: options.erasureSweepIntervalMs,
      })
    : undefined;
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    documentStore,
    cache,
    parseOptions: { maxTokens: options.limits.maxTokens },
    introspection: !options.production,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: options.production,
    allowBatchedHttpRequests: false,
    // The process stops itself in order on SIGINT/SIGTERM; Apollo must not race it.
    stopOnTerminationSignals: false,
    csrfPrevention: true,
    formatError: createErrorFormatter({
      logger: options.logger,
      production: options.production,
      trustSubgraphCodes: true,
    }),
    validationRules: [...armor.validationRules, knownOperationTypesRule],
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      operationResolutionPlugin(),
      requestLogPlugin(options.logger),
      metrics.plugin(),
      ...armor.plugins,
      {
        // An erasure is carried to the other subgraphs at once, not only at the next sweep.
        async requestDidStart() {
          return {
            async willSendResponse({ operation }) {
              const erases =
                operation?.operation === 'mutation' &&
                operation.selectionSet.selections.some((s) => s.kind === 'Field' && s.name.value === 'erasePerson');
              if (erases) void sweeper?.sweep();
            },
          };
        },
      },
    ],
  });
  await apollo.start();
  sweeper?.start();

  const app = express();
  app.disable('x-powered-by');
  app.use(drain.middleware());
  app.use(metrics.httpMiddleware(['/graphql', '/export', '/admin', '/ready', '/health', '/metrics']));
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: 'gateway' });
  });
  // Counts, durations and bounded operation names only; keep it inside the cluster (README, Metrics).
  app.get('/metrics', metrics.handler());
  app.get('/ready', async (_req, res) => {
    if (drain.draining) {
      res.status(503).json({ status: 'stopping', service: 'gateway' });
      return;
    }
    const checks = await Promise.all(
      Object.entries(options.subgraphUrls).map(async ([name, url]) => {
        try {
          const r = await fetch(url.replace(/\/graphql$/, '/ready'), { signal: AbortSignal.timeout(2000) });
          return [name, r.ok ? 'ready' : 'not ready'] as const;
        } catch {
          return [name, 'unreachable'] as const;
        }
      }),
    );
    // Only a stopping gateway leaves the rotation. A subgraph that is down, or one of its replicas
    // draining behind the balancer, is the same for every gateway: taking them all out for it would
    // turn partial answers into none, and make a subgraph's rolling restart restart the gateways too.
    const allReady = checks.every(([, state]) => state === 'ready');
    res
      .status(200)
      .json({ status: allReady ? 'ready' : 'degraded', service: 'gateway', subgraphs: Object.fromEntries(checks) });
  });

  if (options.admin) mountAdmin(app, options.admin);
  app.get('/export/indicators.csv', indicatorsExportHandler(apollo, options.verifyClientToken));

  // A trace of its own for every client request: a client's traceparent is not taken as parent, as
  // no other client header is, so a client can neither join nor steer the hub's traces.
  if (tracing) app.use('/graphql', tracing.middleware('gateway POST /graphql', false));
  const identities = new WeakMap<Request, Identity>();
  app.use('/graphql', async (req: Request, res: Response, next) => {
    const purpose = req.headers['x-purpose'];
    if (purpose !== undefined && !isPurpose(purpose)) {
      res.status(400).json({
        errors: [
          {
            message: `The X-Purpose header must be one of ${PURPOSES.join(', ')}.`,
            extensions: { code: 'BAD_USER_INPUT', field: 'X-Purpose' },
          },
        ],
      });
      return;
    }
    const identity = await authenticateRequest(options.verifyClientToken, req, res);
    if (!identity) return;
    identities.set(req, { ...identity, purpose: purpose ?? null });
    next();
  });
  app.use(
    '/graphql',
    express.json({ limit: options.bodyLimit }),
    expressMiddleware(apollo, {
      context: async ({ req }) => ({ identity: identities.get(req), requestId: randomUUID() }),
    }),
  );
  app.use(
    (error: Error & { type?: string; status?: number }, _req: Request, res: Response, next: (e?: unknown) => void) => {
      if (error.type === 'entity.too.large') {
        res.status(413).json({
          errors: [
            { message: `Request body larger than ${options.bodyLimit}.`, extensions: { code: 'PAYLOAD_TOO_LARGE' } },
          ],
        });
        return;
      }
      if (error.status === 400) {
        res.status(400).json({ errors: [{ message: 'Malformed request body.', extensions: { code: 'BAD_REQUEST' } }] });
        return;
      }
      next(error);
    },
  );

  return {
    app,
    cacheSizes: () => ({
      documents: documentStore.size(),
      queryPlans: queryPlanStore.size(),
      persistedQueries: cache.size(),
    }),
    metrics,
    sweepErasures: () => sweeper?.sweep(),
    async listen(port, host = '127.0.0.1') {
      const { server, port: actual } = await listenHttp(app, port, host);
      return {
        url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${actual}/graphql`,
        port: actual,
        // Readiness 503 first, then no new connections and what is in flight finished (Drain).
        async close() {
          await drain.close(server, options.shutdownDelayMs ?? 0);
          await sweeper?.stop();
          await apollo.stop();
          await tracing?.shutdown();
        },
      };
    },
  };
}
