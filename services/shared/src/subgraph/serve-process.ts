import { ConfigError } from '../config/settings';
import { createLogger } from '../logging/logger';
import { safeErrorFields } from '../logging/safe-error';
import { resolveDatabaseUrl } from './database-config';
import { readGatewayPublicKey, runSubgraph, type RunningSubgraph } from './run-subgraph';
import type { SubgraphDefinition } from './subgraph-definition';

/** The settings a subgraph process needs; each service's config module produces them. */
export interface SubgraphProcessConfig {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  databaseServerUrl: string | undefined;
  gatewayPublicKey: string | undefined;
  gatewayPublicKeyFile: string | undefined;
  loadDemoData: boolean;
  logLevel: string;
  dbPoolSize: number;
  nodeEnv: 'development' | 'test' | 'production';
  /** How long /ready answers 503 after SIGTERM before the server stops accepting (0 when absent). */
  shutdownDelayMs?: number;
  /** OTLP/HTTP endpoint for traces; none when absent. */
  otlpEndpoint?: string;
}

function describeStartError(error: unknown): string {
  if (error instanceof ConfigError) return error.message;
  const e = error as { code?: string; message?: string };
  if (e.code === 'ECONNREFUSED')
    return (
      'The database does not answer. Check the *_DATABASE_URL / DATABASE_SERVER_URL setting and that ' +
      'PostgreSQL is running.'
    );
  if (e.code === '28P01' || e.code === '28000')
    return 'The database refused the login. Check user and password in the database URL.';
  if (e.code === '3D000') return 'The database does not exist and could not be created. Create it or grant CREATEDB.';
  return e.message ?? String(error);
}

/**
 * Runs a subgraph as its own process: validated settings, one clear message when the start fails,
 * and an orderly stop on SIGTERM or SIGINT: readiness 503 first, then no new connections, requests
 * in flight finished, pool closed, exit 0 (see Drain).
 */
export async function serveSubgraphProcess<C extends SubgraphProcessConfig, L>(
  name: SubgraphDefinition<L>['name'],
  loadConfig: () => C,
  defineSubgraph: (config: C) => SubgraphDefinition<L>,
): Promise<void> {
  let logger = createLogger(name);
  let running: RunningSubgraph | undefined;
  let definition: SubgraphDefinition<L> | undefined;
  try {
    const config = loadConfig();
    definition = defineSubgraph(config);
    logger = createLogger(definition.name, config.logLevel);
    running = await runSubgraph(definition, {
      databaseUrl: resolveDatabaseUrl(definition.name, config.databaseUrl, config.databaseServerUrl),
      gatewayPublicKeyPem: readGatewayPublicKey(config.gatewayPublicKey, config.gatewayPublicKeyFile),
      port: config.port,
      host: config.host,
      logger,
      production: config.nodeEnv === 'production',
      poolSize: config.dbPoolSize,
      loadDemoData: config.loadDemoData,
      shutdownDelayMs: config.shutdownDelayMs,
      otlpEndpoint: config.otlpEndpoint,
    });
    logger.info({ url: running.url }, `${definition.name} subgraph ready`);
  } catch (error) {
    logger.fatal({ ...safeErrorFields(error) }, `${name} subgraph could not start: ${describeStartError(error)}`);
    process.exitCode = 1;
    return;
  }
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, `${name} subgraph stopping`);
    try {
      await running?.close();
      process.exit(0);
    } catch (error) {
      logger.error({ ...safeErrorFields(error) }, 'unclean stop');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
  // Started by the hub: when the hub is gone, so is the reason to run.
  if (process.send) process.on('disconnect', () => void stop('hub gone'));
}
