import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedServer } from '../database/embedded-server';

/** Where the test run's server URL is handed from jest's global setup to the test workers. */
export const TEST_SERVER_ENV = 'GK_TEST_SERVER_URL';

/** The embedded server of this run; global set-up and teardown run in one process and share this module. */
let embedded: { stop: () => Promise<void>; dataDir: string } | undefined;

/**
 * Jest global setup: the server named by TEST_DATABASE_URL, or a fresh embedded PostgreSQL in a
 * temporary folder that teardown removes again.
 */
export async function startTestServer(): Promise<void> {
  const external = process.env.TEST_DATABASE_URL;
  if (external) {
    process.env[TEST_SERVER_ENV] = external;
    return;
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'gk-test-pg-'));
  const server = await startEmbeddedServer({ dataDir: path.join(dataDir, 'cluster'), port: 0 });
  embedded = { stop: server.stop, dataDir };
  process.env[TEST_SERVER_ENV] = server.url;
}

export async function stopTestServer(): Promise<void> {
  if (!embedded) return;
  await embedded.stop();
  rmSync(embedded.dataDir, { recursive: true, force: true });
  embedded = undefined;
}

export function testServerUrl(): string {
  const url = process.env[TEST_SERVER_ENV] ?? process.env.TEST_DATABASE_URL;
  if (!url)
    throw new Error(
      'No test database server: run the tests through jest (global setup starts one) or set TEST_DATABASE_URL.',
    );
  return url;
}
