import 'reflect-metadata';
import path from 'node:path';
import { loadOpsConfig } from '../config/ops.config';
import { backupHub } from './backup.service';
import { openDatabaseTargets } from './database-targets';

/**
 * `npm run backup -- [folder]`: every subgraph's database into a new folder (default
 * backups/<timestamp>), with a line per table as it goes.
 */
async function main(): Promise<void> {
  const folder = path.resolve(process.argv[2] ?? path.join('backups', new Date().toISOString().replace(/[:.]/g, '-')));
  const targets = await openDatabaseTargets(loadOpsConfig(), { createCluster: false });
  try {
    await backupHub(targets, folder, (line) => console.log(line));
  } finally {
    await targets.close();
  }
}

main().catch((error: unknown) => {
  console.error(`backup failed: ${(error as Error).message}`);
  process.exitCode = 1;
});
