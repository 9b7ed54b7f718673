import { readFileSync } from 'node:fs';
import { createGatewayTokenVerifier, importGatewayPublicKey } from '../auth/gateway-token';
import { createServiceDataSource, openServiceDatabase, type ServiceDatabase } from '../database/data-source';
import type { CacheSize } from '../http/bounded-cache';
import { createSubgraphServer, type RunningServer } from '../http/subgraph-server';
import type { Logger } from '../logging/logger';
import { ServiceTracing } from '../observability/tracing';
import type { SubgraphDefinition } from './subgraph-definition';

export interface SubgraphRuntimeOptions {
  databaseUrl: string;
  gatewayPublicKeyPem: string;
  port: number;
  host?: string;
  logger: Logger;
  production?: boolean;
  poolSize?: number;
  loadDemoData?: boolean;
  /** How long /ready answers 503 before the server stops accepting, at close. */
  shutdownDelayMs?: number;
  /** OTLP/HTTP endpoint traces are exported to; no tracing when unset. */
  otlpEndpoint?: string;
}

export interface RunningSubgraph {
  readonly url: string;
  readonly port: number;
  readonly db: ServiceDatabase;
  /** Sizes of what the server keeps per distinct request document. */
  cacheSizes(): { documents: CacheSize; persistedQueries: CacheSize };
  close(): Promise<void>;
}

export function readGatewayPublicKey(inline: string | undefined, file: string | undefined): string {
  if (inline) return inline.replace(/\\n/g, '\n');
  if (file) return readFileSync(file, 'utf8');
  throw new Error(
    'No gateway public key. Set GATEWAY_PUBLIC_KEY or GATEWAY_PUBLIC_KEY_FILE (the hub started by "npm ' +
      'start" sets it for you).',
  );
}

/**
 * Opens the subgraph's own database (creating it and applying migrations), loads the demo slice on
 * request, and serves the schema over HTTP. `close()` stops taking requests, then closes the pool.
 */
export async function runSubgraph<L>(
  definition: SubgraphDefinition<L>,
  options: SubgraphRuntimeOptions,
): Promise<RunningSubgraph> {
  const db = createServiceDataSource({
    url: options.databaseUrl,
    entities: definition.entities,
    migrations: definition.migrations,
    poolSize: options.poolSize,
    logger: options.logger,
    applicationName: `gk-${definition.name}`,
  });
  await openServiceDatabase(db, options.databaseUrl);
  if (options.loadDemoData && definition.loadDemoData) {
    await definition.loadDemoData(db.dataSource, options.logger);
  }
  const publicKey = await importGatewayPublicKey(options.gatewayPublicKeyPem);
  const tracing = options.otlpEndpoint ? new ServiceTracing(definition.name, options.otlpEndpoint) : undefined;
  const server = await createSubgraphServer({
    name: definition.name,
    schema: await definition.buildSchema(),
    dataSource: db.dataSource,
    statements: db.statements,
    logger: options.logger,
    verifyToken: createGatewayTokenVerifier(publicKey, definition.name),
    createScope: (identity, request) => definition.createScope(db.dataSource, identity, request),
    production: options.production ?? false,
    knownErrorCodes: definition.errorCodes,
    shutdownDelayMs: options.shutdownDelayMs,
    tracing,
    poolSize: options.poolSize,
  });
  let running: RunningServer;
  try {
    running = await server.listen(options.port, options.host);
  } catch (error) {
    await server.stop();
    await db.dataSource.destroy();
    await tracing?.shutdown();
    throw error;
  }
  return {
    url: running.url,
    port: running.port,
    db,
    cacheSizes: () => server.cacheSizes(),
    async close() {
      await running.close();
      await server.stop();
      await db.dataSource.destroy();
      await tracing?.shutdown();
    },
  };
}
