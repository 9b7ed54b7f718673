import path from 'node:path';
import { findFreePort, SUBGRAPH_NAMES, type SubgraphName } from '@gk/shared';
import {
  childNodeOptions,
  ensureKeyPair,
  gatewayPublicKeyFile,
  loadHubConfig,
  REPO_ROOT,
  startChild,
  SUPERGRAPH_FILE,
  waitUntilReady,
  type KeyPairPem,
  type ManagedChild,
} from '@gk/gateway';

export interface RunningProcess {
  name: string;
  url: string;
  pid: number;
  child: ManagedChild;
}

export interface RunningHub {
  subgraphs: Record<SubgraphName, RunningProcess>;
  gateway: RunningProcess;
  hive: RunningProcess;
  developmentIssuer: KeyPairPem;
  gatewayKeys: KeyPairPem;
  /** Every process whose memory the benchmark samples. */
  all(): RunningProcess[];
  stop(): Promise<void>;
}

export interface StartHubOptions {
  serverUrl: string;
  loadDemoData: boolean;
  keysDir: string;
  startTimeoutMs?: number;
  onProgress?: (message: string) => void;
  /** Folder for a V8 CPU profile of every process, written when it stops. */
  profileDir?: string | null;
}

/**
 * Starts the four subgraphs, our gateway and the peer gateway as processes of their own in
 * production mode, the way the hub launcher (gateway/src/hub) does: the same child helper (IPC
 * channel, so a dead benchmark takes its children along), the same settings and keys.
 * Logs at warn: a line per request would measure the terminal, not the hub.
 */
export async function startHub(options: StartHubOptions): Promise<RunningHub> {
  const progress = options.onProgress ?? (() => undefined);
  const timeout = options.startTimeoutMs ?? 120_000;
  const gatewayKeys = await ensureKeyPair(options.keysDir, 'gateway');
  const developmentIssuer = await ensureKeyPair(options.keysDir, 'development-issuer');
  // The heap limits the hub launcher gives its children (GATEWAY_MAX_HEAP_MB, SUBGRAPH_MAX_HEAP_MB).
  const hubConfig = loadHubConfig();
  const profiling = options.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(options.profileDir)}`] : [];
  const nodeOptions = (kind: 'gateway' | 'subgraph') => [...childNodeOptions(hubConfig, kind), ...profiling];
  const baseEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    DATABASE_SERVER_URL: options.serverUrl,
    GATEWAY_PUBLIC_KEY_FILE: gatewayPublicKeyFile(options.keysDir),
    LOAD_DEMO_DATA: String(options.loadDemoData),
    KEYS_DIR: options.keysDir,
  };
  const started: RunningProcess[] = [];
  const stopAll = async () => {
    for (const p of [...started].reverse()) await p.child.stop();
  };
  try {
    const subgraphs = {} as Record<SubgraphName, RunningProcess>;
    // Ports first: offers asks persons during enrollments, so every subgraph gets every subgraph's URL, as the hub
    // launcher gives them.
    const ports = {} as Record<SubgraphName, number>;
    for (const name of SUBGRAPH_NAMES) ports[name] = await findFreePort();
    const subgraphEnv = Object.fromEntries(
      SUBGRAPH_NAMES.map((n) => [`${n.toUpperCase()}_URL`, `http://127.0.0.1:${ports[n]}/graphql`]),
    );
    progress(`starting subgraphs: ${SUBGRAPH_NAMES.join(', ')}`);
    await Promise.all(
      SUBGRAPH_NAMES.map(async (name) => {
        const port = ports[name];
        const child = startChild(
          name,
          path.join(REPO_ROOT, 'services', name, 'dist', 'main.js'),
          { ...baseEnv, ...subgraphEnv, [`${name.toUpperCase()}_PORT`]: String(port) },
          nodeOptions('subgraph'),
        );
        const proc = { name, url: `http://127.0.0.1:${port}/graphql`, pid: child.process.pid ?? 0, child };
        started.push(proc);
        subgraphs[name] = proc;
        await waitUntilReady(child, `http://127.0.0.1:${port}/ready`, timeout);
      }),
    );
    progress('starting the hub gateway and Hive Gateway');
    const gatewayPort = await findFreePort();
    const gatewayChild = startChild(
      'gateway',
      path.join(REPO_ROOT, 'gateway', 'dist', 'main.js'),
      { ...baseEnv, ...subgraphEnv, GATEWAY_PORT: String(gatewayPort), ERASURE_SWEEP_INTERVAL_MS: '600000' },
      nodeOptions('gateway'),
    );
    const gateway = {
      name: 'gateway',
      url: `http://127.0.0.1:${gatewayPort}/graphql`,
      pid: gatewayChild.process.pid ?? 0,
      child: gatewayChild,
    };
    started.push(gateway);
    const hivePort = await findFreePort();
    // From dist always: the smoke test runs this module from src, and a child process needs JavaScript.
    const hiveChild = startChild('hive', path.join(REPO_ROOT, 'bench', 'dist', 'benchmark', 'hive-gateway.main.js'), {
      ...baseEnv,
      ...subgraphEnv,
      HIVE_PORT: String(hivePort),
      SUPERGRAPH_FILE,
    });
    const hive = {
      name: 'hive',
      url: `http://127.0.0.1:${hivePort}/graphql`,
      pid: hiveChild.process.pid ?? 0,
      child: hiveChild,
    };
    started.push(hive);
    await Promise.all([
      waitUntilReady(gatewayChild, `http://127.0.0.1:${gatewayPort}/ready`, timeout),
      waitUntilReady(hiveChild, `http://127.0.0.1:${hivePort}/healthcheck`, timeout),
    ]);
    return { subgraphs, gateway, hive, developmentIssuer, gatewayKeys, all: () => [...started], stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
