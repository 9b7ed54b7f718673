import { randomBytes } from 'node:crypto';
import { dropDatabase, ensureDatabase, withDatabase } from '../database/database-url';
import { testServerUrl } from './test-server';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A database of its own for one test file, on the run's server; `drop()` removes it again. */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const name = `gk_test_${label
    .replace(/[^a-z0-9]/gi, '')
    .toLowerCase()
    .slice(0, 20)}_${randomBytes(5).toString('hex')}`;
  const url = withDatabase(testServerUrl(), name);
  await ensureDatabase(url);
  return { url, drop: () => dropDatabase(url) };
}
