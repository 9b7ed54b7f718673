import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { demoOrganizationId, demoPersonId } from '@gk/shared';
import { descendants, freePorts, isAlive, startProcess, type StartedProcess } from './support/processes';

const REPO = path.resolve(__dirname, '../..');
const HUB = path.join(REPO, 'gateway/dist/hub/hub.command.js');
const TOKEN = path.join(REPO, 'gateway/dist/token/token.command.js');

/** `npm start` as an operator runs it: the built hub command with its own data folder and ports. */
describe('the hub process (npm start)', () => {
  let dataDir: string;
  let env: NodeJS.ProcessEnv;
  let gatewayPort: number;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'gk-hub-'));
    const [g, p, o, n, f] = await freePorts(5);
    gatewayPort = g;
    const { TEST_DATABASE_URL: _ignored, DATABASE_SERVER_URL: _alsoIgnored, ...rest } = process.env;
    env = {
      ...rest,
      DATA_DIR: dataDir,
      KEYS_DIR: path.join(dataDir, 'keys'),
      GATEWAY_PORT: String(g),
      PERSONS_PORT: String(p),
      OFFERS_PORT: String(o),
      NETWORK_PORT: String(n),
      FUNDING_PORT: String(f),
      LOG_LEVEL: 'warn',
    };
  });

  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  const query = async (body: string) => {
    // The person's own case management may read them (ADMIN sees no personal data).
    const token = execFileSync(process.execPath, [TOKEN, '--role', 'CASE_MANAGER', '--org', demoOrganizationId('kim-rheine'), '--ags', '05566076'], { env, encoding: 'utf8' }).trim();
    expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    const res = await fetch(`http://127.0.0.1:${gatewayPort}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: body }),
    });
    return res.json();
  };

  const stopAndCheckNothingIsLeft = async (hub: StartedProcess) => {
    const children = descendants(hub.child.pid as number);
    const postmaster = Number(readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
    expect(children.length).toBeGreaterThanOrEqual(5);
    expect(isAlive(postmaster)).toBe(true);
    hub.child.kill('SIGTERM');
    expect(await hub.exited).toBe(0);
    expect(children.filter(isAlive)).toEqual([]);
    expect(isAlive(postmaster)).toBe(false);
    expect(hub.output()).toContain('"msg":"hub stopped"');
  };

  it('starts everything, answers through the gateway, stops in order, and keeps the data for the next start', async () => {
    const personQuery = `{ person(id: "${demoPersonId('05566076', 3)}") { id givenName municipality { name } } }`;
    const first = startProcess(process.execPath, [HUB], { ...env, LOG_LEVEL: 'info' }, REPO);
    let before: { data: { person: { id: string; givenName: string; municipality: { name: string } } } };
    try {
      await first.waitFor("Gemeinsam klappt's hub is running.", 90_000);
      expect(first.output()).toContain('persons demo data loaded');
      before = (await query(personQuery)) as typeof before;
      expect(before.data.person).toMatchObject({ id: demoPersonId('05566076', 3), municipality: { name: 'Rheine' } });
      expect(before.data.person.givenName).toEqual(expect.any(String));
      await stopAndCheckNothingIsLeft(first);
    } finally {
      first.child.kill('SIGTERM');
      await first.exited;
    }

    const second = startProcess(process.execPath, [HUB], { ...env, LOG_LEVEL: 'info' }, REPO);
    try {
      await second.waitFor("Gemeinsam klappt's hub is running.", 90_000);
      expect(second.output()).not.toContain('demo data loaded');
      expect(await query(personQuery)).toEqual(before);
      await stopAndCheckNothingIsLeft(second);
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
  });

  it('ends with one clear message when a port is taken', async () => {
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(gatewayPort, '127.0.0.1', () => r()));
    try {
      const hub = startProcess(process.execPath, [HUB], env, REPO);
      expect(await hub.exited).toBe(1);
      expect(hub.output()).toContain(`Port ${gatewayPort} for the gateway is already in use`);
    } finally {
      await new Promise((r) => blocker.close(r));
    }
  });

  it('ends with one clear message when the database does not answer', async () => {
    const [deadPort] = await freePorts(1);
    const hub = startProcess(process.execPath, [HUB], { ...env, DATABASE_SERVER_URL: `postgres://postgres@127.0.0.1:${deadPort}/postgres` }, REPO);
    expect(await hub.exited).toBe(1);
    expect(hub.output()).toContain('The database does not answer. Check the *_DATABASE_URL / DATABASE_SERVER_URL setting and that PostgreSQL is running.');
    expect(hub.output()).toContain('stopped unexpectedly; stopping the hub');
  });

  it('ends with one clear message on a bad setting', async () => {
    const hub = startProcess(process.execPath, [HUB], { ...env, GATEWAY_PORT: 'eighty' }, REPO);
    expect(await hub.exited).toBe(1);
    expect(hub.output()).toContain('GATEWAY_PORT');
    expect(hub.output()).toContain('README');
  });
});
