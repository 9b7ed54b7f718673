import { withDatabase } from '../database/database-url';
import type { SubgraphName } from './subgraph-definition';

export const databaseEnvName = (name: SubgraphName): string => `${name.toUpperCase()}_DATABASE_URL`;
export const defaultDatabaseName = (name: SubgraphName): string => `gk_${name}`;

/** The subgraph's own database URL: its own setting, else derived from the server URL. */
export function resolveDatabaseUrl(
  name: SubgraphName,
  ownUrl: string | undefined,
  serverUrl: string | undefined,
): string {
  if (ownUrl) return ownUrl;
  if (serverUrl) return withDatabase(serverUrl, defaultDatabaseName(name));
  throw new Error(
    `No database for the ${name} subgraph. Set ${databaseEnvName(name)} (its own database) or ` +
      `DATABASE_SERVER_URL (a PostgreSQL server), or start the whole hub with "npm start", which runs an ` +
      `embedded PostgreSQL.`,
  );
}
