import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Request, type Response } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { RequestAudit } from '../audit/request-audit';
import { delegatedTokenHeader, type GatewayTokenVerifier } from '../auth/gateway-token';
import type { Identity } from '../auth/identity';
import type { SubgraphContext } from '../context/subgraph-context';
import type { StatementCounter } from '../database/statement-counter';
import { createErrorFormatter } from '../errors/format-error';
import type { Logger } from '../logging/logger';
import { ServiceMetrics } from '../observability/metrics';
import type { ServiceTracing } from '../observability/tracing';
import type { ScopeRequest } from '../subgraph/subgraph-definition';
import { auditPlugin } from './audit.plugin';
import { createDocumentStore, createServerCache, type CacheSize } from './bounded-cache';
import { Drain } from './drain';
import { knownOperationTypesRule, nulCharacterGuardPlugin, operationResolutionPlugin } from './request-guard';
import { requestLogPlugin } from './request-log.plugin';

export interface SubgraphServerOptions<Scope> {
  name: string;
  schema: GraphQLSchema;
  dataSource: DataSource;
  statements: StatementCounter;
  logger: Logger;
  verifyToken: GatewayTokenVerifier;
  createScope: (identity: Identity, request: ScopeRequest) => Scope;
  production: boolean;
  knownErrorCodes?: Iterable<string>;
  /** Largest accepted request body. */
  bodyLimit?: string;
  /** How long /ready answers 503 before the server stops accepting, at close (see Drain). */
  shutdownDelayMs?: number;
  /** Traces of this service; none when undefined. */
  tracing?: ServiceTracing;
  /** Size of the database pool, as reported in /metrics. */
  poolSize?: number;
}

export interface RunningServer {
  readonly port: number;
  readonly url: string;
  close(): Promise<void>;
}

export interface SubgraphServer {
  readonly app: express.Express;
  /** Starts listening; port 0 picks a free port. */
  listen(port: number, host?: string): Promise<RunningServer>;
  /** Stops Apollo; call after the HTTP server closed. */
  stop(): Promise<void>;
  /** Sizes of what the server keeps per distinct request document. */
  cacheSizes(): { documents: CacheSize; persistedQueries: CacheSize };
  /** The service's Prometheus metrics (also served at /metrics). */
  readonly metrics: ServiceMetrics;
}

/** Closes an HTTP server and resolves once every connection is gone. */
export function closeHttpServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeIdleConnections();
  });
}

export function listenHttp(
  app: express.Express,
  port: number,
  host: string,
): Promise<{ server: Server; port: number }> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host);
    server.keepAliveTimeout = 65_000;
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(
          new Error(
            `Port ${port} is already in use. Stop the process that holds it or choose another port in the settings.`,
          ),
        );
      } else reject(error);
    });
    server.once('listening', () => {
      const address = server.address();
      resolve({ server, port: typeof address === 'object' && address ? address.port : port });
    });
  });
}

/**
 * The HTTP face of a subgraph: `/health`, `/ready`, and `/graphql` behind the gateway-token check.
 * Built apart from `listen()` so tests run the real server in-process.
 */
export async function createSubgraphServer<Scope>(options: SubgraphServerOptions<Scope>): Promise<SubgraphServer> {
  // Every distinct client document reaches a subgraph as a distinct document: bounded, or the heap fills.
  const documentStore = createDocumentStore();
  const cache = createServerCache();
  const metrics = new ServiceMetrics(options.name);
  metrics.watchPool(options.dataSource, options.poolSize ?? 10);
  const drain = new Drain();
  const apollo = new ApolloServer<SubgraphContext<Scope>>({
    schema: options.schema,
    documentStore,
    cache,
    validationRules: [knownOperationTypesRule],
    introspection: !options.production,
    // The process stops itself in order on SIGINT/SIGTERM; Apollo must not race it.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: options.production,
    formatError: createErrorFormatter({
      logger: options.logger,
      knownCodes: options.knownErrorCodes,
      production: options.production,
    }),
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      // No field carries a cache hint; left on, the plugin wraps every field of every answer to look for one.
      ApolloServerPluginCacheControlDisabled(),
      operationResolutionPlugin(),
      nulCharacterGuardPlugin(),
      auditPlugin(options.dataSource, options.logger),
      requestLogPlugin(options.logger, options.statements),
      metrics.plugin(),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.use(drain.middleware());
  app.use(metrics.httpMiddleware(['/graphql', '/ready', '/health', '/metrics']));
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: options.name });
  });
  // Operation names, error codes and pool use only; reachable inside the cluster (see README, Metrics).
  app.get('/metrics', metrics.handler());
  app.get('/ready', async (_req, res) => {
    if (drain.draining) {
      res.status(503).json({ status: 'stopping', service: options.name });
      return;
    }
    try {
      await options.dataSource.query('SELECT 1');
      res.json({ status: 'ready', service: options.name });
    } catch {
      res.status(503).json({ status: 'database unavailable', service: options.name });
    }
  });

  // The gateway is the only caller: continue its trace.
  if (options.tracing) app.use('/graphql', options.tracing.middleware(`${options.name} POST /graphql`, true));
  const identities = new WeakMap<Request, Identity>();
  app.use('/graphql', async (req: Request, res: Response, next) => {
    try {
      identities.set(req, await options.verifyToken(req.headers.authorization));
    } catch (error) {
      res
        .status(401)
        .json({ errors: [{ message: (error as Error).message, extensions: { code: 'UNAUTHENTICATED' } }] });
      return;
    }
    next();
  });
  app.use(
    '/graphql',
    express.json({ limit: options.bodyLimit ?? '1mb' }),
    // After body parsing, so the per-request statement count follows the whole execution.
    (_req: Request, _res: Response, next: () => void) => options.statements.run(() => next()),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const identity = identities.get(req) as Identity;
        const requestId = String(req.headers['x-request-id'] ?? randomUUID());
        const audit = new RequestAudit(identity, requestId);
        const request: ScopeRequest = {
          audit,
          delegatedToken: (audience) => {
            const value = req.headers[delegatedTokenHeader(audience)];
            return typeof value === 'string' && value !== '' ? value : undefined;
          },
        };
        return { identity, requestId, scope: options.createScope(identity, request), audit };
      },
    }),
  );

  return {
    app,
    async listen(port, host = '127.0.0.1') {
      const { server, port: actual } = await listenHttp(app, port, host);
      return {
        port: actual,
        url: `http://${host}:${actual}/graphql`,
        close: () => drain.close(server, options.shutdownDelayMs ?? 0),
      };
    },
    metrics,
    stop: () => apollo.stop(),
    cacheSizes: () => ({ documents: documentStore.size(), persistedQueries: cache.size() }),
  };
}
