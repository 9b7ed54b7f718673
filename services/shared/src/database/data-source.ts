import { DataSource, type MixedList, type EntitySchema } from 'typeorm';
import type { Logger } from '../logging/logger';
import { ensureDatabase } from './database-url';
import { StatementCounter } from './statement-counter';

export interface ServiceDataSourceOptions {
  url: string;
  entities: MixedList<Function | string | EntitySchema>;
  migrations: MixedList<Function | string>;
  poolSize?: number;
  logger?: Logger;
  applicationName?: string;
}

export interface ServiceDatabase {
  dataSource: DataSource;
  statements: StatementCounter;
}

/** A TypeORM data source for one subgraph's own database. Schema changes only through migrations. */
export function createServiceDataSource(options: ServiceDataSourceOptions): ServiceDatabase {
  const statements = new StatementCounter(options.logger);
  const dataSource = new DataSource({
    type: 'postgres',
    url: options.url,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: ['query', 'error', 'warn', 'migration'],
    logger: statements,
    maxQueryExecutionTime: 1000,
    poolSize: options.poolSize ?? 10,
    applicationName: options.applicationName,
    // A burst of writes to one offer queues on its row lock while holding connections. Waiting up to
    // 8 s for one serves such a burst on 2 cores, and ends before the gateway's 10 s for a subgraph, so
    // the client hears SERVICE_BUSY from the subgraph instead of a timeout that leaves it guessing.
    extra: { connectionTimeoutMillis: 8_000 },
  });
  return { dataSource, statements };
}

/** Creates the database if needed, connects and applies pending migrations. Safe to run on every start. */
export async function openServiceDatabase(db: ServiceDatabase, url: string): Promise<void> {
  await ensureDatabase(url);
  await db.dataSource.initialize();
  await db.dataSource.runMigrations({ transaction: 'each' });
}
