import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { ensureKeyPair, gatewayPublicKeyFile, REPO_ROOT, signDevelopmentToken } from '@gk/gateway';
import { SUBGRAPH_NAMES, type Identity, type SubgraphName } from '@gk/shared';
import { freePorts, startProcess, type StartedProcess } from './processes';

/** The external PostgreSQL the replicas share, as production would have it. */
export const EXTERNAL_DATABASE_URL = process.env.REPLICAS_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Why the replica setup cannot run here, or undefined when it can: a PostgreSQL at 5432 and HAProxy. */
export async function replicaSetupMissing(): Promise<string | undefined> {
  const answers = await new Promise<boolean>((resolve) => {
    const url = new URL(EXTERNAL_DATABASE_URL);
    const socket = net.connect(Number(url.port || 5432), url.hostname);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
  if (!answers) return `no PostgreSQL answers at ${EXTERNAL_DATABASE_URL}`;
  if (spawnSync('haproxy', ['-v']).status !== 0)
    return 'haproxy is not installed (apt-get install -y haproxy; .ci/run installs it)';
  return undefined;
}

/** One process of the cluster, restartable on the same port. */
export interface Replica {
  readonly name: string;
  readonly port: number;
  /** The running process, or the last one after a stop. */
  readonly process: StartedProcess | undefined;
  /** SIGTERM, then waits for the exit code (0 after an orderly drain). */
  stop(): Promise<number | null>;
  /** Starts the process and waits until its /ready answers 200. */
  start(): Promise<void>;
}

export interface ReplicaCluster {
  /** The gateways' address behind HAProxy: what clients use. */
  readonly url: string;
  readonly gateways: Replica[];
  readonly subgraphs: Record<SubgraphName, Replica[]>;
  /** A database of the cluster, for counting what landed. */
  query<T>(subgraph: SubgraphName, sql: string, params?: unknown[]): Promise<T[]>;
  token(identity: Partial<Identity>): Promise<string>;
  /** HAProxy's log and every process's output, for a failure message. */
  output(): string;
  close(): Promise<void>;
}

export interface ReplicaClusterOptions {
  /** Replicas of each subgraph and gateways (2 unless given). */
  replicas?: number;
  /** SHUTDOWN_DELAY_MS of every process: longer than HAProxy needs to see /ready fail (2 checks, 200 ms apart). */
  shutdownDelayMs?: number;
}

async function waitReady(url: string, process: StartedProcess | undefined, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(1000) })).ok) return;
    } catch {
      // not listening yet
    }
    if (process && process.child.exitCode !== null)
      throw new Error(`process ended before it was ready:\n${process.output().slice(-3000)}`);
    if (Date.now() > deadline)
      throw new Error(`${url} not ready within ${timeoutMs} ms:\n${process?.output().slice(-3000) ?? ''}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function haproxyConfig(frontends: { name: string; port: number; servers: number[] }[]): string {
  const lines = [
    'global',
    '  maxconn 2000',
    'defaults',
    '  mode http',
    '  timeout connect 2s',
    '  timeout client 60s',
    '  timeout server 60s',
    // No retries on another server: a Kubernetes Service does not retry either, so no request may
    // reach a process that no longer accepts. The drain has to get that right on its own.
    '  retries 0',
    // A check may wait as long as a busy process needs (two cores, processes starting); two failed
    // checks 200 ms apart take a server out, so a drain's delay of a second is plenty.
    '  timeout check 3s',
    '  default-server inter 200ms fall 2 rise 2',
  ];
  for (const f of frontends) {
    lines.push(`frontend ${f.name}`, `  bind 127.0.0.1:${f.port}`, `  default_backend ${f.name}_servers`);
    lines.push(
      `backend ${f.name}_servers`,
      '  balance roundrobin',
      '  option httpchk GET /ready',
      '  http-check expect status 200',
    );
    for (const [i, port] of f.servers.entries()) lines.push(`  server ${f.name}${i + 1} 127.0.0.1:${port} check`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Replicas of every subgraph and of the gateway as real processes (the built dist/main.js, as the
 * image runs them) on fresh databases of the external PostgreSQL, behind one HAProxy that stands in
 * for the Kubernetes Services and the ingress: each subgraph name and the gateway get a frontend,
 * health-checked on /ready. The gateways and offers (asking persons) reach subgraphs only through it.
 */
export async function startReplicaCluster(options: ReplicaClusterOptions = {}): Promise<ReplicaCluster> {
  const replicas = options.replicas ?? 2;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gk-replicas-'));
  const keysDir = path.join(dir, 'keys');
  const gatewayKeys = await ensureKeyPair(keysDir, 'gateway');
  const issuer = await ensureKeyPair(keysDir, 'development-issuer');
  const runId = `gk_rep_${process.pid}_${Date.now().toString(36)}`;
  const databaseUrl = (name: SubgraphName) => {
    const url = new URL(EXTERNAL_DATABASE_URL);
    url.pathname = `/${runId}_${name}`;
    return url.toString();
  };
  const ports = await freePorts(1 + SUBGRAPH_NAMES.length + replicas * (1 + SUBGRAPH_NAMES.length));
  const frontendPort = {
    gateway: ports[0],
    ...Object.fromEntries(SUBGRAPH_NAMES.map((n, i) => [n, ports[1 + i]])),
  } as Record<'gateway' | SubgraphName, number>;
  let next = 1 + SUBGRAPH_NAMES.length;
  const replicaPorts = (count: number) => Array.from({ length: count }, () => ports[next++]);
  const subgraphUrls = Object.fromEntries(
    SUBGRAPH_NAMES.map((n) => [`${n.toUpperCase()}_URL`, `http://127.0.0.1:${frontendPort[n]}/graphql`]),
  );
  const common: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    SHUTDOWN_DELAY_MS: String(options.shutdownDelayMs ?? 1000),
    ...subgraphUrls,
  };
  const started: Replica[] = [];
  const makeReplica = (name: string, port: number, script: string, env: NodeJS.ProcessEnv): Replica => {
    let current: StartedProcess | undefined;
    const replica: Replica = {
      name,
      port,
      get process() {
        return current;
      },
      async stop() {
        if (!current || current.child.exitCode !== null) return current?.child.exitCode ?? null;
        current.child.kill('SIGTERM');
        return current.exited;
      },
      async start() {
        // With the hub's IPC channel: a test run that dies takes its replicas along.
        current = startProcess('node', [script], env, REPO_ROOT, { ipc: true });
        await waitReady(`http://127.0.0.1:${port}/ready`, current, 120_000);
      },
    };
    started.push(replica);
    return replica;
  };

  let haproxy: StartedProcess | undefined;
  const close = async () => {
    await Promise.all(started.map((r) => r.stop()));
    if (haproxy && haproxy.child.exitCode === null) {
      haproxy.child.kill('SIGTERM');
      await haproxy.exited;
    }
    const admin = new Client({ connectionString: EXTERNAL_DATABASE_URL });
    await admin.connect();
    try {
      for (const name of SUBGRAPH_NAMES) await admin.query(`DROP DATABASE IF EXISTS "${runId}_${name}" WITH (FORCE)`);
    } finally {
      await admin.end();
    }
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    const subgraphs = {} as Record<SubgraphName, Replica[]>;
    for (const name of SUBGRAPH_NAMES) {
      const upper = name.toUpperCase();
      subgraphs[name] = replicaPorts(replicas).map((port, i) =>
        makeReplica(`${name}-${i + 1}`, port, path.join('services', name, 'dist', 'main.js'), {
          ...common,
          [`${upper}_PORT`]: String(port),
          [`${upper}_DATABASE_URL`]: databaseUrl(name),
          GATEWAY_PUBLIC_KEY_FILE: gatewayPublicKeyFile(keysDir),
          // The first replica creates the database, migrates and loads the demo slice; the rest start on it.
          LOAD_DEMO_DATA: String(i === 0),
        }),
      );
    }
    // The replicas of one subgraph one after the other: the first creates the database, migrates and
    // loads the demo slice, the others find that done.
    await Promise.all(
      SUBGRAPH_NAMES.map(async (name) => {
        for (const replica of subgraphs[name]) await replica.start();
      }),
    );
    const gateways = replicaPorts(replicas).map((port, i) =>
      makeReplica(`gateway-${i + 1}`, port, path.join('gateway', 'dist', 'main.js'), {
        ...common,
        GATEWAY_PORT: String(port),
        KEYS_DIR: keysDir,
        GATEWAY_PRIVATE_KEY: gatewayKeys.privateKeyPem,
      }),
    );
    const config = path.join(dir, 'haproxy.cfg');
    writeFileSync(
      config,
      haproxyConfig([
        { name: 'gateway', port: frontendPort.gateway, servers: gateways.map((g) => g.port) },
        ...SUBGRAPH_NAMES.map((n) => ({ name: n, port: frontendPort[n], servers: subgraphs[n].map((r) => r.port) })),
      ]),
    );
    haproxy = startProcess('haproxy', ['-f', config, '-db'], { PATH: process.env.PATH }, dir);
    for (const g of gateways) await g.start();
    await waitReady(`http://127.0.0.1:${frontendPort.gateway}/ready`, haproxy, 30_000);

    const pools = new Map<SubgraphName, Client>();
    return {
      url: `http://127.0.0.1:${frontendPort.gateway}/graphql`,
      gateways,
      subgraphs,
      async query<T>(subgraph: SubgraphName, sql: string, params: unknown[] = []) {
        let client = pools.get(subgraph);
        if (!client) {
          client = new Client({ connectionString: databaseUrl(subgraph) });
          await client.connect();
          pools.set(subgraph, client);
        }
        return (await client.query(sql, params)).rows as T[];
      },
      token: (identity) =>
        signDevelopmentToken(issuer.privateKeyPem, {
          subject: identity.subject ?? 'replica-user',
          roles: identity.roles ?? ['ADMIN'],
          organizationId: identity.organizationId ?? undefined,
          ags: identity.ags ?? [],
          ttlSeconds: 600,
        }),
      output: () =>
        [haproxy, ...started.map((r) => r.process)].map((p) => p?.output().slice(-2000) ?? '').join('\n---\n'),
      async close() {
        await Promise.all([...pools.values()].map((c) => c.end()));
        await close();
      },
    };
  } catch (error) {
    await close();
    throw error;
  }
}
