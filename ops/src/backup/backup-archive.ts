import type { SubgraphName } from '@gk/shared';

/**
 * A backup is a folder: manifest.json, and one data file per subgraph (<name>.sql). Each data file
 * holds COPY blocks in PostgreSQL's text format (exact for every column type) and the sequences'
 * positions, data only: the schema comes from the subgraph's own migrations, which restore applies
 * first, up to the migrations the backup was taken at.
 */
export const ARCHIVE_FORMAT = 'gk-hub-backup/1';
export const MANIFEST_FILE = 'manifest.json';

export interface DatabaseBackup {
  /** Data file in the backup folder. */
  file: string;
  /** Database name it was taken from (never the URL: that may hold a password). */
  database: string;
  /** server_version of the source, e.g. "17.6". */
  serverVersion: string;
  /** Migrations applied to the source, oldest first. */
  migrations: string[];
  /** Rows per table (schema.table), to check a restore and to show progress. */
  tables: Record<string, number>;
}

export interface BackupManifest {
  format: typeof ARCHIVE_FORMAT;
  createdAt: string;
  subgraphs: Partial<Record<SubgraphName, DatabaseBackup>>;
}

export const dataFileName = (name: SubgraphName): string => `${name}.sql`;
