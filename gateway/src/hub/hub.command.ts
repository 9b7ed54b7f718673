import path from 'node:path';
import { createLogger, DEFAULT_SUBGRAPH_PORTS, isPortFree, safeErrorFields, startEmbeddedServer, SUBGRAPH_NAMES, type EmbeddedServer, type SubgraphName } from '@gk/shared';
import { ensureKeyPair, gatewayPublicKeyFile } from '../auth/keys';
import { REPO_ROOT } from '../config/paths';
import { childNodeOptions, loadHubConfig, type HubConfig } from '../config/hub.config';
import { startChild, waitUntilReady, type ManagedChild } from './child-process';

const logger = createLogger('hub');

function subgraphPort(config: HubConfig, name: SubgraphName): number {
  return { persons: config.personsPort, offers: config.offersPort, network: config.networkPort, funding: config.fundingPort }[name] ?? DEFAULT_SUBGRAPH_PORTS[name];
}

/**
 * `npm start`: the whole hub on one machine. Embedded PostgreSQL (unless a server URL is set),
 * the four subgraphs as processes of their own, then the gateway. Stops in reverse order.
 */
async function main(): Promise<void> {
  const config = loadHubConfig();
  const ports: [string, number][] = [['gateway', config.gatewayPort], ...SUBGRAPH_NAMES.map((n): [string, number] => [n, subgraphPort(config, n)])];
  for (const [name, port] of ports) {
    if (!(await isPortFree(port))) {
      throw new Error(`Port ${port} for the ${name} is already in use. Stop what holds it (perhaps a hub started earlier) or set ${name.toUpperCase()}_PORT to a free port.`);
    }
  }
  const keysDir = path.join(config.dataDir, 'keys');
  await ensureKeyPair(keysDir, 'gateway');
  await ensureKeyPair(keysDir, 'development-issuer');

  let embedded: EmbeddedServer | undefined;
  const children: ManagedChild[] = [];
  let stopping = false;
  const stopAll = async (reason: string, exitCode: number) => {
    if (stopping) return;
    stopping = true;
    logger.info({ reason }, 'hub stopping');
    for (const child of [...children].reverse()) await child.stop();
    if (embedded) {
      try {
        await embedded.stop();
      } catch (error) {
        logger.warn({ ...safeErrorFields(error) }, 'embedded PostgreSQL had already stopped');
      }
    }
    logger.info('hub stopped');
    process.exit(exitCode);
  };
  process.once('SIGINT', () => void stopAll('SIGINT', 0));
  process.once('SIGTERM', () => void stopAll('SIGTERM', 0));
  // A launcher between the operator and the hub (npm, turbo, a shell) may die on a signal without
  // passing it on; an orphaned hub then stops by itself instead of holding ports and the database.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) void stopAll('launcher gone', 0);
  }, 1000).unref();

  try {
    let serverUrl = config.databaseServerUrl;
    if (!serverUrl) {
      logger.info({ dataDir: config.dataDir }, 'starting embedded PostgreSQL');
      embedded = await startEmbeddedServer({ dataDir: path.join(config.dataDir, 'postgres'), port: config.embeddedPgPort });
      serverUrl = embedded.url;
      logger.info({ port: embedded.port }, 'embedded PostgreSQL ready');
    }
    const baseEnv = { ...process.env, DATABASE_SERVER_URL: serverUrl, GATEWAY_PUBLIC_KEY_FILE: gatewayPublicKeyFile(keysDir), LOAD_DEMO_DATA: String(config.loadDemoData), KEYS_DIR: keysDir };
    const subgraphs = SUBGRAPH_NAMES.map((name) => {
      const port = subgraphPort(config, name);
      const child = startChild(name, path.join(REPO_ROOT, 'services', name, 'dist', 'main.js'), { ...baseEnv, [`${name.toUpperCase()}_PORT`]: String(port) }, childNodeOptions(config, 'subgraph'));
      children.push(child);
      return { name, port, child };
    });
    for (const s of subgraphs) watchForCrash(s.child);
    await Promise.all(subgraphs.map((s) => waitUntilReady(s.child, `http://127.0.0.1:${s.port}/ready`, config.startTimeoutMs)));
    const gatewayEnv = Object.fromEntries(subgraphs.map((s) => [`${s.name.toUpperCase()}_URL`, `http://127.0.0.1:${s.port}/graphql`]));
    const gateway = startChild('gateway', path.join(REPO_ROOT, 'gateway', 'dist', 'main.js'), { ...baseEnv, ...gatewayEnv, GATEWAY_PORT: String(config.gatewayPort) }, childNodeOptions(config, 'gateway'));
    children.push(gateway);
    watchForCrash(gateway);
    await waitUntilReady(gateway, `http://127.0.0.1:${config.gatewayPort}/ready`, config.startTimeoutMs);
    printBanner(config);
  } catch (error) {
    logger.fatal({ ...safeErrorFields(error) }, `hub could not start: ${error instanceof Error ? error.message : String(error)}`);
    await stopAll('start failed', 1);
  }

  function watchForCrash(child: ManagedChild) {
    void child.exited.then((code) => {
      if (!stopping) {
        logger.error({ service: child.name, exitCode: code }, `${child.name} stopped unexpectedly; stopping the hub`);
        void stopAll(`${child.name} exited`, 1);
      }
    });
  }
}

function printBanner(config: HubConfig): void {
  const lines = [
    '',
    "Gemeinsam klappt's hub is running.",
    `  GraphQL:   http://localhost:${config.gatewayPort}/graphql`,
    `  Health:    http://localhost:${config.gatewayPort}/health   Ready: http://localhost:${config.gatewayPort}/ready`,
    `  Subgraphs: persons :${config.personsPort}, offers :${config.offersPort}, network :${config.networkPort}, funding :${config.fundingPort} (they accept only gateway tokens)`,
    '',
    'Get a development token and send a query:',
    '  TOKEN=$(npm run --silent token -- --role ADMIN)',
    `  curl -s http://localhost:${config.gatewayPort}/graphql -H "Authorization: Bearer $TOKEN" -H 'content-type: application/json' \\`,
    `    -d '{"query":"{ municipality(ags: \\"05566076\\") { name parent { name } } }"}'`,
    '',
    'Stop with Ctrl-C.',
    '',
  ];
  process.stdout.write(lines.join('\n'));
}

main().catch((error: unknown) => {
  logger.fatal({ ...safeErrorFields(error) }, `hub could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
