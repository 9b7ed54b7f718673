import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { SUBGRAPH_NAMES, type SubgraphName } from '@gk/shared';
import { createTestDatabase, createTestKeys, type TestDatabase, type TestKeys } from '@gk/shared/testing';
import { layOutImage, type ImageSettings } from './dockerfile-layout';

/**
 * The image as the Dockerfile lays it out, without a Docker engine: its runtime stage built in a
 * temporary folder (production install from the lock file, the built output), every service started
 * from there with the image's environment against a real PostgreSQL, and the hub's data backed up,
 * destroyed and restored with the image's own backup command.
 */
const REPO = path.resolve(__dirname, '../..');
const PORTS: Record<SubgraphName, number> = { persons: 0, offers: 0, network: 0, funding: 0 };
const OFFER_QUERY =
  '{ offer(id: "08f9af92-e6de-5909-b826-f44ea4195788") { title provider { name municipality { name parent { ' +
  'name } } } funding { allocated } } }';
const PERSON_QUERY =
  '{ person(id: "b5d5785e-2467-53c8-aca0-286a7a1a33ae") { givenName municipality { name } needs { category ' +
  'status } enrollments { offer { title } status } } }';
const DASHBOARD_QUERY =
  '{ municipality(ags: "05566076") { name indicators(referenceDate: "2026-11-21") { targetGroup { total { ' +
  'value suppressed } } offerLandscape { category offers seats enrolled { value suppressed } } } } }';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilReady(url: string, child: ChildProcess, output: () => string): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    if (child.exitCode !== null)
      throw new Error(`process ended (${child.exitCode}) before ${url} was ready:\n${output()}`);
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} not ready after 60 s:\n${output()}`);
}

describe('the container image (Dockerfile) laid out and started without Docker', () => {
  let root: string;
  let image: ImageSettings;
  let keys: TestKeys;
  const databases = {} as Record<SubgraphName, TestDatabase>;
  const running: ChildProcess[] = [];
  let gatewayPort = 0;
  const tokens: Record<string, string> = {};

  const node = (script: string, args: string[], env: NodeJS.ProcessEnv) =>
    spawnSync(process.execPath, [script, ...args], {
      cwd: root,
      env: { PATH: process.env.PATH, ...image.env, ...env },
      encoding: 'utf8',
      timeout: 120_000,
    });

  const databaseEnv = (): NodeJS.ProcessEnv =>
    Object.fromEntries(SUBGRAPH_NAMES.map((n) => [`${n.toUpperCase()}_DATABASE_URL`, databases[n].url]));

  function start(script: string, env: NodeJS.ProcessEnv): { child: ChildProcess; output: () => string } {
    let log = '';
    const child = spawn(process.execPath, [script], {
      cwd: root,
      env: { PATH: process.env.PATH, ...image.env, LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
    running.push(child);
    return { child, output: () => log };
  }

  async function startSubgraphs(loadDemoData: boolean): Promise<void> {
    await Promise.all(
      SUBGRAPH_NAMES.map(async (name) => {
        const s = start(`services/${name}/dist/main.js`, {
          [`${name.toUpperCase()}_PORT`]: String(PORTS[name]),
          [`${name.toUpperCase()}_DATABASE_URL`]: databases[name].url,
          GATEWAY_PUBLIC_KEY: keys.publicKeyPem,
          LOAD_DEMO_DATA: String(loadDemoData),
          PERSONS_URL: `http://127.0.0.1:${PORTS.persons}/graphql`,
        });
        await waitUntilReady(`http://127.0.0.1:${PORTS[name]}/ready`, s.child, s.output);
      }),
    );
  }

  async function stopAll(): Promise<void> {
    await Promise.all(
      running.splice(0).map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
          }),
      ),
    );
  }

  async function ask(token: string, query: string, purpose?: string): Promise<unknown> {
    const res = await fetch(`http://127.0.0.1:${gatewayPort}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        ...(purpose ? { 'x-purpose': purpose } : {}),
      },
      body: JSON.stringify({ query }),
    });
    return res.json();
  }

  const answers = async () => ({
    offer: await ask(tokens.core, OFFER_QUERY),
    dashboard: await ask(tokens.core, DASHBOARD_QUERY),
    person: await ask(tokens.caseManager, PERSON_QUERY, 'COUNSELLING'),
  });

  beforeAll(async () => {
    root = mkdtempSync(path.join(os.tmpdir(), 'gk-image-'));
    image = layOutImage(REPO, path.join(REPO, 'Dockerfile'), root);
    keys = await createTestKeys();
    for (const name of SUBGRAPH_NAMES) {
      databases[name] = await createTestDatabase(`image${name}`);
      PORTS[name] = await freePort();
    }
    gatewayPort = await freePort();
  });

  afterAll(async () => {
    await stopAll();
    for (const db of Object.values(databases)) await db?.drop().catch(() => undefined);
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it(
    'holds production dependencies only, runs as a non-root user with NODE_ENV=production, and starts the ' +
      'gateway by default',
    () => {
      expect(image.env.NODE_ENV).toBe('production');
      expect(image.user).toBe('node');
      expect(image.cmd).toEqual(['node', 'gateway/dist/main.js']);
      for (const served of [
        '@gk/shared',
        '@gk/fixtures',
        '@gk/persons',
        '@gk/offers',
        '@gk/network',
        '@gk/funding',
        '@gk/gateway',
        '@gk/ops',
        '@apollo/gateway',
        'pg',
        'pg-copy-streams',
      ]) {
        expect([served, existsSync(path.join(root, 'node_modules', served))]).toEqual([served, true]);
      }
      // Test tools, compilers, the benchmark's peer gateway and the admin UI's toolchain stay out.
      for (const tool of [
        'jest',
        'typescript',
        '@swc/core',
        'turbo',
        'kubernetes-models',
        'autocannon',
        '@graphql-hive/gateway-runtime',
        'vite',
        'react',
        '@gk/bench',
        '@gk/tests',
      ]) {
        expect([tool, existsSync(path.join(root, 'node_modules', tool))]).toEqual([tool, false]);
      }
      expect(existsSync(path.join(root, 'schema/supergraph.graphql'))).toBe(true);
      expect(existsSync(path.join(root, 'admin/dist/index.html'))).toBe(true);
      expect(existsSync(path.join(root, 'services/persons/src'))).toBe(false);
    },
  );

  it('migrates each subgraph with its migrate command and exits, as the migration Jobs do', () => {
    for (const name of SUBGRAPH_NAMES) {
      const run = node(`services/${name}/dist/migrate.js`, [], {
        [`${name.toUpperCase()}_DATABASE_URL`]: databases[name].url,
      });
      expect([name, run.status, run.stderr]).toEqual([name, 0, '']);
      expect(run.stdout).toContain(`${name} database migrated`);
    }
  });

  it(
    'serves the demo hub from the image, backs it up, and gives the same answers after its databases are ' +
      'destroyed and restored',
    async () => {
      await startSubgraphs(true);
      const keysDir = path.join(root, '.keys');
      const gatewayEnv = {
        GATEWAY_PORT: String(gatewayPort),
        GATEWAY_PRIVATE_KEY: keys.privateKeyPem,
        KEYS_DIR: keysDir,
        ...Object.fromEntries(
          SUBGRAPH_NAMES.map((n) => [`${n.toUpperCase()}_URL`, `http://127.0.0.1:${PORTS[n]}/graphql`]),
        ),
      };
      const token = (args: string[]) => {
        const run = node('gateway/dist/token/token.command.js', args, { KEYS_DIR: keysDir });
        expect(run.status).toBe(0);
        return run.stdout.trim();
      };
      tokens.core = token(['--role', 'CORE_GROUP', '--ags', '05566', '--ags', '05162']);
      tokens.caseManager = token(['--role', 'CASE_MANAGER', '--org', 'kim-rheine', '--ags', '05566076']);
      const startGateway = async () => {
        const g = start(image.cmd[1], gatewayEnv);
        await waitUntilReady(`http://127.0.0.1:${gatewayPort}/ready`, g.child, g.output);
      };
      await startGateway();
      const before = await answers();
      expect(JSON.stringify(before)).not.toContain('"errors"');
      expect(before.offer).toMatchObject({
        data: { offer: { provider: { municipality: { name: expect.any(String) } } } },
      });
      expect(before.person).toMatchObject({ data: { person: { givenName: expect.any(String) } } });

      const backupDir = path.join(root, 'backup');
      const backup = node('ops/dist/backup/backup.command.js', [backupDir], databaseEnv());
      expect(backup.stderr).toBe('');
      expect(backup.status).toBe(0);
      expect(backup.stdout).toMatch(/persons: \d+ rows in \d+ tables from gk_test_/);
      expect(backup.stdout).toMatch(/ {2}offers: enrollment \d+ rows/);
      const manifest = JSON.parse(readFileSync(path.join(backupDir, 'manifest.json'), 'utf8')) as {
        subgraphs: Record<string, { tables: Record<string, number>; migrations: string[] }>;
      };
      expect(Object.keys(manifest.subgraphs).sort()).toEqual([...SUBGRAPH_NAMES].sort());
      expect(manifest.subgraphs.persons.tables.person).toBeGreaterThan(0);
      // No URL (it may carry a password) in what the backup writes down.
      expect(readFileSync(path.join(backupDir, 'manifest.json'), 'utf8')).not.toContain('postgres://');

      await stopAll();
      for (const db of Object.values(databases)) await db.drop();

      const restore = node('ops/dist/backup/restore.command.js', [backupDir], databaseEnv());
      expect(restore.stderr).toBe('');
      expect(restore.status).toBe(0);
      expect(restore.stdout).toMatch(/ {2}persons: person \d+ rows/);
      expect(restore.stdout).toContain('restore complete');

      await startSubgraphs(false);
      await startGateway();
      expect(await answers()).toEqual(before);

      // A second restore would mix two states: refused before anything is written, naming what is in the way.
      const again = node('ops/dist/backup/restore.command.js', [backupDir], databaseEnv());
      expect(again.status).toBe(1);
      expect(again.stderr).toMatch(
        /nothing was written:\n {2}persons: the target database gk_test_\w+ is not empty \(\d+ tables hold rows: /,
      );
      for (const name of SUBGRAPH_NAMES) expect(again.stderr).toContain(`${name}: the target database`);
      expect(await answers()).toEqual(before);
    },
  );
});
