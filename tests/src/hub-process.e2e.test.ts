import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { caseManagerRheine, dataProtectionOfficer, demoPersonId } from '@gk/fixtures';
import { REPO_ROOT } from '@gk/gateway';
import type { Identity } from '@gk/shared';
import {
  descendantRunning,
  descendants,
  environmentOf,
  freeFetchRefusedPort,
  freePorts,
  httpRequest,
  isAlive,
  startProcess,
  type StartedProcess,
} from './support/processes';

const HUB = path.join(REPO_ROOT, 'gateway/dist/hub/hub.command.js');
const TOKEN = path.join(REPO_ROOT, 'gateway/dist/token/token.command.js');
const OFFERS_MAIN = path.join(REPO_ROOT, 'services/offers/dist/main.js');
const PERSONS_MAIN = path.join(REPO_ROOT, 'services/persons/dist/main.js');
const GATEWAY_MAIN = path.join(REPO_ROOT, 'gateway/dist/main.js');
const SUBGRAPH_MAINS = ['persons', 'offers', 'network', 'funding'].map((n) =>
  path.join(REPO_ROOT, 'services', n, 'dist/main.js'),
);

/** The token command's arguments that sign a token for the identity. */
const tokenArgs = (identity: Identity): string[] => [
  '--sub',
  identity.subject,
  ...identity.roles.flatMap((role) => ['--role', role]),
  ...(identity.organizationId ? ['--org', identity.organizationId] : []),
  ...identity.ags.flatMap((ags) => ['--ags', ags]),
];
const CASE_MANAGER = tokenArgs(caseManagerRheine);
const DPO = tokenArgs(dataProtectionOfficer);

interface GraphQLAnswer<T> {
  data?: T;
  errors?: { message: string; path?: (string | number)[] }[];
}

/** A hub's own data folder and ports, and how to talk to it (over node:http: its port may be one fetch refuses). */
function hubUnderTest() {
  let dataDir = '';
  let ports: { gateway: number; persons: number; offers: number; network: number; funding: number };
  const tokens = new Map<string, string>();
  return {
    get dataDir() {
      return dataDir;
    },
    get ports() {
      return ports;
    },
    /** In beforeAll, never at collection: a describe whose tests are all skipped runs no afterAll to remove it. */
    async prepare(gateway: number) {
      dataDir = mkdtempSync(path.join(os.tmpdir(), 'gk-hub-'));
      const [persons, offers, network, funding] = await freePorts(4);
      ports = { gateway, persons, offers, network, funding };
    },
    remove() {
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
    /** The settings an operator puts in front of `npm start`, as the README lists them. */
    settings(): NodeJS.ProcessEnv {
      const { TEST_DATABASE_URL: _ignored, DATABASE_SERVER_URL: _alsoIgnored, KEYS_DIR: _keys, ...rest } = process.env;
      return {
        ...rest,
        DATA_DIR: dataDir,
        GATEWAY_PORT: String(ports.gateway),
        PERSONS_PORT: String(ports.persons),
        OFFERS_PORT: String(ports.offers),
        NETWORK_PORT: String(ports.network),
        FUNDING_PORT: String(ports.funding),
        LOG_LEVEL: 'info',
      };
    },
    token(args: string[]): string {
      const key = args.join(' ');
      if (!tokens.has(key)) {
        const token = execFileSync(process.execPath, [TOKEN, ...args], {
          env: { ...process.env, KEYS_DIR: path.join(dataDir, 'keys') },
          encoding: 'utf8',
        }).trim();
        expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
        tokens.set(key, token);
      }
      return tokens.get(key) as string;
    },
    async query<T>(
      tokenArgs: string[],
      query: string,
      variables: Record<string, unknown> = {},
    ): Promise<GraphQLAnswer<T>> {
      const res = await httpRequest(`http://127.0.0.1:${ports.gateway}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token(tokenArgs)}` },
        body: JSON.stringify({ query, variables }),
      });
      return JSON.parse(res.body) as GraphQLAnswer<T>;
    },
    async ready(): Promise<boolean> {
      return httpRequest(`http://127.0.0.1:${ports.gateway}/ready`).then(
        (r) => r.status === 200,
        () => false,
      );
    },
    postmaster(): number {
      return Number(readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
    },
  };
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Every one of the processes has ended. The hub's own exit comes first, and a process it stopped may still be
 * finishing its exit or waiting to be reaped then, which a busy machine may take a moment to do; one still
 * running after that moment was left behind.
 */
async function expectAllEnded(pids: readonly number[]): Promise<void> {
  await until('the stopped processes to end', async () => (pids.some(isAlive) ? undefined : true), 5_000).catch(
    () => undefined,
  );
  expect(pids.filter(isAlive)).toEqual([]);
}

/** Lines of the hub's output in the order they were written; the index of the first matching all parts. */
function lineIndex(output: string, ...parts: string[]): number {
  return output.split('\n').findIndex((line) => parts.every((p) => line.includes(p)));
}

/**
 * `npm start` exactly as the README has operators run it: through npm, with the documented settings in
 * the environment, as a job of its own in which Ctrl-C reaches every process.
 */
describe('npm start with the settings the README lists', () => {
  const hub = hubUnderTest();
  let npm: StartedProcess;
  const personQuery = `query($id: ID!) { person(id: $id) { id givenName enrollments { id } } }`;
  const personId = demoPersonId('05566076', 3);

  beforeAll(async () => {
    // A port Node's fetch refuses: readiness must not depend on fetch.
    await hub.prepare(await freeFetchRefusedPort());
    npm = startProcess('npm', ['start'], { ...hub.settings(), ERASURE_SWEEP_INTERVAL_MS: '300' }, REPO_ROOT, {
      detached: true,
    });
    await npm.waitFor("Gemeinsam klappt's hub is running.", 240_000);
  }, 250_000);

  afterAll(async () => {
    if (npm && npm.child.exitCode === null && npm.child.signalCode === null) {
      process.kill(-(npm.child.pid as number), 'SIGTERM');
      await npm.exited;
    }
    hub.remove();
  });

  it(
    'starts on the ports and in the data folder it is given, with every subgraph URL passed to ' + 'every service',
    async () => {
      expect(await hub.ready()).toBe(true);
      expect(npm.output()).toContain(`GraphQL:   http://localhost:${hub.ports.gateway}/graphql`);
      expect(isAlive(hub.postmaster())).toBe(true);
      expect(existsSync(path.join(hub.dataDir, 'keys', 'gateway.private.pem'))).toBe(true);

      const answer = await hub.query<{ person: { id: string; givenName: string; enrollments: unknown[] } }>(
        CASE_MANAGER,
        personQuery,
        { id: personId },
      );
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.person).toMatchObject({ id: personId, givenName: expect.any(String) });

      const offers = descendantRunning(npm.child.pid as number, OFFERS_MAIN) as number;
      expect(environmentOf(offers)).toMatchObject({
        OFFERS_PORT: String(hub.ports.offers),
        PERSONS_URL: `http://127.0.0.1:${hub.ports.persons}/graphql`,
        OFFERS_URL: `http://127.0.0.1:${hub.ports.offers}/graphql`,
        NETWORK_URL: `http://127.0.0.1:${hub.ports.network}/graphql`,
        FUNDING_URL: `http://127.0.0.1:${hub.ports.funding}/graphql`,
      });
      const gateway = descendantRunning(npm.child.pid as number, GATEWAY_MAIN) as number;
      expect(environmentOf(gateway)).toMatchObject({
        GATEWAY_PORT: String(hub.ports.gateway),
        ERASURE_SWEEP_INTERVAL_MS: '300',
      });
    },
  );

  it(
    'restarts a killed subgraph while the other slices keep answering, and carries an erasure to it once it is ' +
      'back',
    async () => {
      const root = npm.child.pid as number;
      const offersBefore = descendantRunning(root, OFFERS_MAIN) as number;
      const personsBefore = descendantRunning(root, PERSONS_MAIN) as number;
      const gatewayBefore = descendantRunning(root, GATEWAY_MAIN) as number;
      const managed = await hub.query<{ persons: { items: { id: string; enrollments: { id: string }[] | null }[] } }>(
        CASE_MANAGER,
        '{ persons(first: 50) { items { id enrollments { id } } } }',
      );
      const erased = managed.data?.persons.items.find((p) => p.id !== personId && (p.enrollments?.length ?? 0) > 0)
        ?.id as string;
      expect(erased).toEqual(expect.any(String));

      const askForPerson = async () => {
        const answer = await hub.query<{ person: { id: string; givenName: string; enrollments: unknown[] | null } }>(
          CASE_MANAGER,
          personQuery,
          { id: personId },
        );
        expect(answer.data?.person).toMatchObject({ id: personId, givenName: expect.any(String) });
        return answer;
      };
      // Tokens first: the token command is a process of its own, run synchronously, and on a busy machine it
      // takes longer than the second in which the hub brings offers back.
      hub.token(DPO);
      hub.token(CASE_MANAGER);
      process.kill(offersBefore, 'SIGKILL');
      // Both at once, right after the kill: an erasure asked first could use up the moment without offers.
      const [first, erasure] = await Promise.all([
        askForPerson(),
        hub.query<{ erasePerson: { personId: string; complete: boolean } }>(
          DPO,
          'mutation($id: ID!) { erasePerson(personId: $id) { personId complete } }',
          { id: erased },
        ),
      ]);
      expect(erasure.data?.erasePerson).toEqual({ personId: erased, complete: false });

      // While offers is away the persons part keeps coming, then full answers return.
      const partial = first.errors
        ? first
        : await until('an answer without the offers part', async () => {
            const answer = await askForPerson();
            return answer.errors ? answer : undefined;
          });
      expect(partial.data?.person.enrollments).toBeNull();
      expect(partial.errors?.length).toBeGreaterThan(0);
      await until('a full answer again', async () => {
        const answer = await hub.query<{ person: { id: string; enrollments: unknown[] | null } }>(
          CASE_MANAGER,
          personQuery,
          { id: personId },
        );
        expect(answer.data?.person.id).toBe(personId);
        return answer.errors === undefined && Array.isArray(answer.data?.person.enrollments) ? answer : undefined;
      });

      const offersAfter = descendantRunning(root, OFFERS_MAIN) as number;
      expect(offersAfter).toEqual(expect.any(Number));
      expect(offersAfter).not.toBe(offersBefore);
      expect(isAlive(offersBefore)).toBe(false);
      expect(descendantRunning(root, PERSONS_MAIN)).toBe(personsBefore);
      expect(descendantRunning(root, GATEWAY_MAIN)).toBe(gatewayBefore);
      expect(npm.output()).toContain('offers stopped unexpectedly (killed (SIGKILL');
      await until('the hub to report offers back', async () =>
        npm.output().includes('offers is back after a restart') ? true : undefined,
      );

      await until('the erasure to complete in offers', async () => {
        const answer = await hub.query<{ dataSubject: { erasure: { complete: boolean; pendingSubgraphs: string[] } } }>(
          DPO,
          'query($id: ID!) { dataSubject(personId: $id) { erasure { complete pendingSubgraphs } } }',
          { id: erased },
        );
        return answer.data?.dataSubject.erasure.complete ? answer : undefined;
      });
    },
  );

  it('restarts a gateway that died (for example of memory) and leaves the subgraphs running', async () => {
    const root = npm.child.pid as number;
    const gatewayBefore = descendantRunning(root, GATEWAY_MAIN) as number;
    const subgraphsBefore = SUBGRAPH_MAINS.map((main) => descendantRunning(root, main));
    process.kill(gatewayBefore, 'SIGKILL');
    const gatewayAfter = await until('a new gateway process', async () => {
      const pid = descendantRunning(root, GATEWAY_MAIN);
      return pid !== undefined && pid !== gatewayBefore ? pid : undefined;
    });
    await until('the new gateway to be ready', async () => ((await hub.ready()) ? true : undefined));
    expect(isAlive(gatewayAfter)).toBe(true);
    expect(SUBGRAPH_MAINS.map((main) => descendantRunning(root, main))).toEqual(subgraphsBefore);
    const answer = await hub.query<{ person: { id: string } }>(CASE_MANAGER, personQuery, { id: personId });
    expect(answer).toMatchObject({ data: { person: { id: personId } } });
  });

  it('stops on Ctrl-C in order (gateway, subgraphs, database) and leaves nothing running', async () => {
    const root = npm.child.pid as number;
    const processes = descendants(root);
    const postmaster = hub.postmaster();
    expect(processes.length).toBeGreaterThanOrEqual(7);
    // Ctrl-C in a terminal signals every process of the job at once.
    process.kill(-root, 'SIGINT');
    await npm.exited;
    const out = npm.output();
    const order = [
      lineIndex(out, '"msg":"hub stopping"', '"reason":"SIGINT"'),
      lineIndex(out, '"msg":"gateway stopping"', '"signal":"SIGTERM"'),
      lineIndex(out, '"msg":"gateway stopped"'),
      ...['persons', 'offers', 'network', 'funding'].map((n) =>
        lineIndex(out, `"msg":"${n} subgraph stopping"`, '"signal":"SIGTERM"'),
      ),
      lineIndex(out, '"msg":"subgraphs stopped"'),
      lineIndex(out, '"msg":"stopping embedded PostgreSQL"'),
      lineIndex(out, '"msg":"hub stopped"'),
    ];
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order.slice(0, 3)).toEqual([...order.slice(0, 3)].sort((a, b) => a - b));
    expect(Math.max(...order.slice(3, 7))).toBeLessThan(order[7]);
    expect(Math.min(...order.slice(3, 7))).toBeGreaterThan(order[2]);
    expect(order.slice(7)).toEqual([...order.slice(7)].sort((a, b) => a - b));
    expect(out).not.toContain('"signal":"SIGINT"');
    await expectAllEnded(processes);
    expect(isAlive(postmaster)).toBe(false);
  });
});

/** The launcher's own behaviour, started as npm start ends up running it (the build is done above). */
describe('the hub launcher', () => {
  const hub = hubUnderTest();
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    const [gateway] = await freePorts(1);
    await hub.prepare(gateway);
    env = { ...hub.settings(), LOG_LEVEL: 'warn' };
  });

  afterAll(() => {
    hub.remove();
  });

  const stopAndCheckNothingIsLeft = async (started: StartedProcess) => {
    const children = descendants(started.child.pid as number);
    const postmaster = hub.postmaster();
    expect(children.length).toBeGreaterThanOrEqual(6);
    expect(isAlive(postmaster)).toBe(true);
    started.child.kill('SIGTERM');
    expect(await started.exited).toBe(0);
    await expectAllEnded(children);
    expect(isAlive(postmaster)).toBe(false);
    expect(started.output()).toContain('"msg":"hub stopped"');
  };

  it('keeps the data for the next start', async () => {
    const query = `query($id: ID!) { person(id: $id) { id givenName municipality { name } } }`;
    const variables = { id: demoPersonId('05566076', 3) };
    const first = startProcess(process.execPath, [HUB], { ...env, LOG_LEVEL: 'info' }, REPO_ROOT);
    let before: GraphQLAnswer<{ person: { id: string; givenName: string; municipality: { name: string } } }>;
    try {
      await first.waitFor("Gemeinsam klappt's hub is running.", 90_000);
      expect(first.output()).toContain('persons demo data loaded');
      before = await hub.query(CASE_MANAGER, query, variables);
      expect(before.data?.person).toMatchObject({ id: variables.id, municipality: { name: 'Rheine' } });
      await stopAndCheckNothingIsLeft(first);
    } finally {
      first.child.kill('SIGTERM');
      await first.exited;
    }

    const second = startProcess(process.execPath, [HUB], { ...env, LOG_LEVEL: 'info' }, REPO_ROOT);
    try {
      await second.waitFor("Gemeinsam klappt's hub is running.", 90_000);
      expect(second.output()).not.toContain('demo data loaded');
      expect(await hub.query(CASE_MANAGER, query, variables)).toEqual(before);
      await stopAndCheckNothingIsLeft(second);
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
  });

  it('ends with one clear message when a port is taken', async () => {
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(hub.ports.gateway, '127.0.0.1', () => r()));
    try {
      const started = startProcess(process.execPath, [HUB], env, REPO_ROOT);
      expect(await started.exited).toBe(1);
      expect(started.output()).toContain(`Port ${hub.ports.gateway} for the gateway is already in use`);
    } finally {
      await new Promise((r) => blocker.close(r));
    }
  });

  it(
    'ends with one clear message when the database does not answer, without retrying a start that ' + 'cannot work',
    async () => {
      const [deadPort] = await freePorts(1);
      const started = startProcess(
        process.execPath,
        [HUB],
        { ...env, DATABASE_SERVER_URL: `postgres://postgres@127.0.0.1:${deadPort}/postgres` },
        REPO_ROOT,
      );
      expect(await started.exited).toBe(1);
      expect(started.output()).toContain(
        'The database does not answer. Check the *_DATABASE_URL / DATABASE_SERVER_URL setting and that ' +
          'PostgreSQL is running.',
      );
      expect(started.output()).toContain('stopped during start (exit code 1)');
      expect(started.output()).not.toContain('restarting it');
    },
  );

  it('ends with one clear message on a bad setting', async () => {
    const started = startProcess(process.execPath, [HUB], { ...env, GATEWAY_PORT: 'eighty' }, REPO_ROOT);
    expect(await started.exited).toBe(1);
    expect(started.output()).toContain('GATEWAY_PORT');
    expect(started.output()).toContain('README');
  });
});
