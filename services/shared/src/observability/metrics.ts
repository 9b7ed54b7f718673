import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { DataSource } from 'typeorm';
import { OperationNames } from './operation-names';

/** Buckets (seconds) from a cached dashboard (a few ms) to a state-wide gap list (seconds). */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** The error codes a label may take: GraphQL codes are upper snake case; anything else is "OTHER". */
const ERROR_CODE = /^[A-Z][A-Z0-9_]{0,39}$/;

/**
 * The Prometheus metrics of one service, in a registry of its own (tests run several services in
 * one process). Labels are operation names (bounded, see OperationNames), error codes, subgraph
 * names and pool states: never an id, a variable or anything else a client sends unchecked.
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  private readonly operations: OperationNames;
  private readonly requests: Counter<'operation' | 'code'>;
  private readonly durations: Histogram<'operation'>;
  private fetches: Histogram<'subgraph' | 'outcome'> | undefined;
  private readonly http: Counter<'path' | 'status'>;

  constructor(service: string, options: { maxOperationNames?: number } = {}) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry, prefix: 'gk_' });
    this.operations = new OperationNames(options.maxOperationNames ?? 100);
    this.requests = new Counter({
      name: 'gk_graphql_requests_total',
      help:
        'GraphQL requests by operation name (bounded; "other" beyond the bound) and first error code ("OK" ' +
        'without errors).',
      labelNames: ['operation', 'code'],
      registers: [this.registry],
    });
    this.http = new Counter({
      name: 'gk_http_responses_total',
      help:
        'HTTP responses by path (the service\'s own routes, else "other") and status, including those refused ' +
        'before GraphQL (401, 413, 400).',
      labelNames: ['path', 'status'],
      registers: [this.registry],
    });
    this.durations = new Histogram({
      name: 'gk_graphql_request_duration_seconds',
      help: 'Duration of GraphQL requests from parsing to the response, by operation name.',
      labelNames: ['operation'],
      buckets: DURATION_BUCKETS,
      registers: [this.registry],
    });
  }

  /** An Apollo plugin counting and timing every GraphQL request. */
  plugin(): ApolloServerPlugin {
    return {
      requestDidStart: async () => {
        const started = process.hrtime.bigint();
        return {
          willSendResponse: async ({ operationName, request, document, response }) => {
            // A request that failed validation has no resolved operation; its document still names it.
            const named = document?.definitions.find(
              (d) =>
                d.kind === 'OperationDefinition' && (!request.operationName || d.name?.value === request.operationName),
            );
            const operation = this.operations.label(
              operationName ?? (named?.kind === 'OperationDefinition' ? named.name?.value : undefined),
            );
            const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
            const code = errors?.length ? String(errors[0].extensions?.code ?? 'INTERNAL_SERVER_ERROR') : 'OK';
            this.requests.inc({ operation, code: ERROR_CODE.test(code) ? code : 'OTHER' });
            this.durations.observe({ operation }, Number(process.hrtime.bigint() - started) / 1e9);
          },
        };
      },
    };
  }

  /** Times the gateway's fetches from subgraphs; outcome is the HTTP status class or "error". */
  observeFetch(subgraph: string, seconds: number, outcome: string): void {
    this.fetches ??= new Histogram({
      name: 'gk_subgraph_fetch_duration_seconds',
      help: "Duration of the gateway's fetches from each subgraph, by outcome (2xx, 4xx, 5xx, error).",
      labelNames: ['subgraph', 'outcome'],
      buckets: DURATION_BUCKETS,
      registers: [this.registry],
    });
    this.fetches.observe({ subgraph, outcome }, seconds);
  }

  /** Connections of the service's database pool: in use, idle, and requests waiting for one. */
  watchPool(dataSource: DataSource, size: number): void {
    const pool = () =>
      (dataSource.driver as unknown as { master?: { totalCount: number; idleCount: number; waitingCount: number } })
        .master;
    new Gauge({
      name: 'gk_db_pool_connections',
      help:
        'Connections of the database pool by state: busy, idle, waiting (requests queued for a connection) and ' +
        'max (the pool size).',
      labelNames: ['state'],
      registers: [this.registry],
      collect() {
        const p = pool();
        this.set({ state: 'max' }, size);
        this.set({ state: 'busy' }, p ? p.totalCount - p.idleCount : 0);
        this.set({ state: 'idle' }, p ? p.idleCount : 0);
        this.set({ state: 'waiting' }, p ? p.waitingCount : 0);
      },
    });
  }

  /** Counts every HTTP response; the path label is one of `paths` or "other", never what a client typed. */
  httpMiddleware(paths: readonly string[]): RequestHandler {
    return (req, res, next) => {
      // Taken now: routers mounted further on rewrite req.path.
      const path = paths.find((p) => req.path === p || req.path.startsWith(`${p}/`)) ?? 'other';
      res.once('finish', () => this.http.inc({ path, status: String(res.statusCode) }));
      next();
    };
  }

  /** GET /metrics in Prometheus' text format. */
  handler(): RequestHandler {
    return async (_req, res) => {
      res.setHeader('content-type', this.registry.contentType);
      res.send(await this.registry.metrics());
    };
  }
}
