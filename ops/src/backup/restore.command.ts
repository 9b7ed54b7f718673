import 'reflect-metadata';
import path from 'node:path';
import { loadOpsConfig } from '../config/ops.config';
import { restoreHub } from './backup.service';
import { openDatabaseTargets } from './database-targets';

/** `npm run restore -- <folder>`: a backup into empty databases (see restoreHub for the checks). */
async function main(): Promise<void> {
  const folder = process.argv[2];
  if (!folder) throw new Error('Name the backup folder: npm run restore -- backups/<timestamp>');
  const targets = await openDatabaseTargets(loadOpsConfig(), { createCluster: true });
  try {
    await restoreHub(targets, path.resolve(folder), (line) => console.log(line));
  } finally {
    await targets.close();
  }
}

main().catch((error: unknown) => {
  console.error(`restore failed: ${(error as Error).message}`);
  process.exitCode = 1;
});
