import { ConfigError } from '../config/settings';
import { createServiceDataSource, openServiceDatabase } from '../database/data-source';
import { createLogger } from '../logging/logger';
import { safeErrorFields } from '../logging/safe-error';
import { resolveDatabaseUrl } from '../subgraph/database-config';
import type { SubgraphProcessConfig } from '../subgraph/serve-process';
import type { SubgraphDefinition } from '../subgraph/subgraph-definition';

/**
 * Only migrates the subgraph's database and exits (0 when it is up to date, 1 otherwise): what a
 * Kubernetes migration Job runs before the Deployment rolls, so N replicas starting at once find the
 * schema done instead of racing each other through it. A normal start still migrates, which keeps
 * `npm start` and single-process installs working unchanged.
 */
export async function migrateSubgraphProcess<C extends SubgraphProcessConfig, L>(
  name: SubgraphDefinition<L>['name'],
  loadConfig: () => C,
  defineSubgraph: (config: C) => SubgraphDefinition<L>,
): Promise<void> {
  let logger = createLogger(name);
  try {
    const config = loadConfig();
    logger = createLogger(name, config.logLevel);
    const definition = defineSubgraph(config);
    const url = resolveDatabaseUrl(definition.name, config.databaseUrl, config.databaseServerUrl);
    const db = createServiceDataSource({
      url,
      entities: definition.entities,
      migrations: definition.migrations,
      poolSize: 1,
      logger,
      applicationName: `gk-${name}-migrate`,
    });
    await openServiceDatabase(db, url);
    const applied = await db.dataSource.query('SELECT count(*)::int AS n FROM migrations');
    await db.dataSource.destroy();
    logger.info({ migrations: (applied as { n: number }[])[0]?.n ?? 0 }, `${name} database migrated`);
  } catch (error) {
    const message = error instanceof ConfigError ? error.message : ((error as Error).message ?? String(error));
    logger.fatal({ ...safeErrorFields(error) }, `${name} database could not be migrated: ${message}`);
    process.exitCode = 1;
  }
}
