import { mkdtempSync, rmSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedServer } from '../database/embedded-server';

/** Where the test run's server URL is handed from jest's global setup to the test workers. */
export const TEST_SERVER_ENV = 'GK_TEST_SERVER_URL';
const STATE_FILE = path.join(os.tmpdir(), `gk-test-server-${process.ppid}-${process.pid}.json`);

interface State {
  dataDir: string | null;
  pidFile: string | null;
}

let stopEmbedded: (() => Promise<void>) | undefined;

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
  stopEmbedded = server.stop;
  process.env[TEST_SERVER_ENV] = server.url;
  writeFileSync(STATE_FILE, JSON.stringify({ dataDir, pidFile: null } satisfies State));
}

export async function stopTestServer(): Promise<void> {
  if (stopEmbedded) await stopEmbedded();
  if (existsSync(STATE_FILE)) {
    const state = JSON.parse(readFileSync(STATE_FILE, 'utf8')) as State;
    if (state.dataDir) rmSync(state.dataDir, { recursive: true, force: true });
    rmSync(STATE_FILE, { force: true });
  }
}

export function testServerUrl(): string {
  const url = process.env[TEST_SERVER_ENV] ?? process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('No test database server: run the tests through jest (global setup starts one) or set TEST_DATABASE_URL.');
  return url;
}
