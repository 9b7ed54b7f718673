import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  resolveDatabaseUrl,
  startEmbeddedServer,
  SUBGRAPH_NAMES,
  withDatabase,
  defaultDatabaseName,
  type SubgraphName,
} from '@gk/shared';
import type { OpsConfig } from '../config/ops.config';

export interface DatabaseTargets {
  /** Where the databases are, for the progress lines: "embedded PostgreSQL in <dir>" or "PostgreSQL by URL". */
  where: string;
  url(name: SubgraphName): string;
  close(): Promise<void>;
}

/** The running embedded server's port from its pid file (line 4), when its process is alive. */
function runningEmbeddedPort(clusterDir: string): number | undefined {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  try {
    process.kill(Number(lines[0]), 0);
  } catch {
    return undefined;
  }
  return Number(lines[3]);
}

/**
 * Each subgraph's database as the subgraphs themselves find it: its own *_DATABASE_URL, else
 * gk_<name> on DATABASE_SERVER_URL; with neither set, the embedded cluster in DATA_DIR, the one
 * `npm start` runs (reached while the hub runs, started for the command's duration otherwise).
 */
export async function openDatabaseTargets(
  config: OpsConfig,
  options: { createCluster: boolean },
): Promise<DatabaseTargets> {
  const ownUrls: Record<SubgraphName, string | undefined> = {
    persons: config.personsDatabaseUrl,
    offers: config.offersDatabaseUrl,
    network: config.networkDatabaseUrl,
    funding: config.fundingDatabaseUrl,
  };
  if (config.databaseServerUrl || SUBGRAPH_NAMES.some((n) => ownUrls[n])) {
    const urls = Object.fromEntries(
      SUBGRAPH_NAMES.map((n) => [n, resolveDatabaseUrl(n, ownUrls[n], config.databaseServerUrl)]),
    ) as Record<SubgraphName, string>;
    return { where: 'PostgreSQL by URL', url: (n) => urls[n], close: async () => undefined };
  }
  const clusterDir = path.join(config.dataDir, 'postgres');
  const where = `embedded PostgreSQL in ${clusterDir}`;
  const port = runningEmbeddedPort(clusterDir);
  if (port) {
    const serverUrl = `postgres://postgres:postgres@127.0.0.1:${port}`;
    return {
      where: `${where} (running hub)`,
      url: (n) => withDatabase(serverUrl, defaultDatabaseName(n)),
      close: async () => undefined,
    };
  }
  if (!options.createCluster && !existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    throw new Error(
      `No database to back up: there is no embedded cluster in ${clusterDir} and no database URL is set. ` +
        `Set DATA_DIR to the hub's data folder, or DATABASE_SERVER_URL / <NAME>_DATABASE_URL.`,
    );
  }
  const server = await startEmbeddedServer({ dataDir: clusterDir });
  return { where, url: (n) => withDatabase(server.url, defaultDatabaseName(n)), close: () => server.stop() };
}
