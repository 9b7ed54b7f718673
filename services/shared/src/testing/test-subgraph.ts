import pino from 'pino';
import type { Identity } from '../auth/identity';
import { runSubgraph, type RunningSubgraph } from '../subgraph/run-subgraph';
import type { SubgraphDefinition } from '../subgraph/subgraph-definition';
import { createTestDatabase, type TestDatabase } from './test-database';
import { ADMIN_TEST_IDENTITY, createTestKeys, signTestToken, type TestKeys } from './test-keys';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface TestSubgraph extends RunningSubgraph {
  keys: TestKeys;
  database: TestDatabase;
  /** Sends one operation over HTTP with a valid gateway token for the given identity. */
  query<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    identity?: Identity,
  ): Promise<GraphQLResponse<T>>;
  /** SQL statements the service sent while `fn` ran. */
  countStatements(fn: () => Promise<unknown>): Promise<number>;
  /** Stops the server and its pool, keeping the database (a subgraph that went down). */
  stopServer(): Promise<void>;
  /** Starts the server again on the same database and port. */
  startServer(): Promise<void>;
}

/**
 * Runs a real subgraph in-process on its own fresh database: migrations applied, HTTP on a free
 * port, gateway tokens signed with a key pair of the test's own.
 */
export async function startTestSubgraph<L>(
  definition: SubgraphDefinition<L>,
  options: { loadDemoData?: boolean; keys?: TestKeys; production?: boolean; otlpEndpoint?: string } = {},
): Promise<TestSubgraph> {
  const keys = options.keys ?? (await createTestKeys());
  const database = await createTestDatabase(definition.name);
  const run = (port: number, loadDemoData: boolean) =>
    runSubgraph(definition, {
      databaseUrl: database.url,
      gatewayPublicKeyPem: keys.publicKeyPem,
      port,
      logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
      loadDemoData,
      production: options.production,
      otlpEndpoint: options.otlpEndpoint,
    });
  let running: RunningSubgraph | undefined = await run(0, options.loadDemoData ?? false);
  const { url, port } = running;
  const current = () => {
    if (!running) throw new Error(`the ${definition.name} subgraph is stopped`);
    return running;
  };
  return {
    url,
    port,
    get db() {
      return current().db;
    },
    keys,
    database,
    cacheSizes: () => current().cacheSizes(),
    async query(query, variables, identity = ADMIN_TEST_IDENTITY) {
      const token = await signTestToken(keys, definition.name, identity);
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as never;
    },
    async countStatements(fn) {
      const before = current().db.statements.count;
      await fn();
      return current().db.statements.count - before;
    },
    async stopServer() {
      await running?.close();
      running = undefined;
    },
    async startServer() {
      running ??= await run(port, false);
    },
    async close() {
      await running?.close();
      running = undefined;
      await database.drop();
    },
  };
}

/** The subgraph with another default identity for `query` (the kit's default is ADMIN, who sees no personal data). */
export function actingAs(subgraph: TestSubgraph, identity: Identity): TestSubgraph {
  return Object.assign(Object.create(subgraph) as TestSubgraph, {
    query: <T>(query: string, variables?: Record<string, unknown>, who: Identity = identity) =>
      subgraph.query<T>(query, variables, who),
  });
}

/** The data of a response that must have succeeded; fails with the errors when it did not. */
export function dataOf<T>(res: GraphQLResponse<T>): T {
  if (res.errors) throw new Error(`unexpected errors: ${JSON.stringify(res.errors)}`);
  return res.data as T;
}
