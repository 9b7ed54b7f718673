import path from 'node:path';
import { loadSettings, optionalUrl, text } from '@gk/shared';

/** The repository (or image) root, seen from ops/dist/... or ops/src/... */
export const REPO_ROOT = path.resolve(__dirname, '../../..');

/**
 * Where backup and restore find each subgraph's database: the same settings the subgraphs and the
 * hub read, so one environment serves them all.
 */
export const opsSettings = {
  dataDir: text(
    'DATA_DIR',
    'Folder of the embedded PostgreSQL cluster, used when no database URL is set.',
    path.join(REPO_ROOT, '.data'),
  ),
  databaseServerUrl: optionalUrl(
    'DATABASE_SERVER_URL',
    'PostgreSQL server URL; each subgraph database is gk_<name> on it.',
  ),
  personsDatabaseUrl: optionalUrl('PERSONS_DATABASE_URL', 'Database URL of the persons subgraph.'),
  offersDatabaseUrl: optionalUrl('OFFERS_DATABASE_URL', 'Database URL of the offers subgraph.'),
  networkDatabaseUrl: optionalUrl('NETWORK_DATABASE_URL', 'Database URL of the network subgraph.'),
  fundingDatabaseUrl: optionalUrl('FUNDING_DATABASE_URL', 'Database URL of the funding subgraph.'),
};

export type OpsConfig = ReturnType<typeof loadOpsConfig>;

export function loadOpsConfig(env: Record<string, string | undefined> = process.env) {
  return loadSettings(opsSettings, env);
}
