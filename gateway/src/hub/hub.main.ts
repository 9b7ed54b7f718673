import path from 'node:path';
import {
  createLogger,
  DEFAULT_SUBGRAPH_PORTS,
  isPortFree,
  safeErrorFields,
  startEmbeddedServer,
  SUBGRAPH_NAMES,
  type EmbeddedServer,
  type SubgraphName,
} from '@gk/shared';
import { ensureKeyPair } from '../auth/keys';
import { REPO_ROOT } from '../config/paths';
import {
  childNodeOptions,
  hubGatewayPrivateKey,
  hubKeysDir,
  loadHubConfig,
  type HubConfig,
} from '../config/hub.config';
import { gatewayKeyEnvironment } from './gateway-key-environment';
import { isAlive, postmasterPid } from './process-tree';
import { startChild, waitUntilReady, type ManagedChild } from './child-process';
import { DEFAULT_RESTART_POLICY, supervise, type SupervisedService, type Supervisor } from './supervisor';

const logger = createLogger('hub', 'info', { sync: true });

function subgraphPort(config: HubConfig, name: SubgraphName): number {
  return (
    {
      persons: config.personsPort,
      offers: config.offersPort,
      network: config.networkPort,
      funding: config.fundingPort,
    }[name] ?? DEFAULT_SUBGRAPH_PORTS[name]
  );
}

/**
 * The hub itself, started by hub.command in a session of its own: embedded PostgreSQL (unless a server
 * URL is set), the four subgraphs as processes of their own, then the gateway, each restarted when it
 * crashes. Stops in reverse order: gateway, subgraphs, database.
 */
async function main(): Promise<void> {
  const config = loadHubConfig();
  const ports: [string, number][] = [
    ['gateway', config.gatewayPort],
    ...SUBGRAPH_NAMES.map((n): [string, number] => [n, subgraphPort(config, n)]),
  ];
  for (const [name, port] of ports) {
    if (!(await isPortFree(port))) {
      throw new Error(
        `Port ${port} for the ${name} is already in use. Stop what holds it (perhaps a hub started earlier) or ` +
          `set ${name.toUpperCase()}_PORT to a free port.`,
      );
    }
  }
  const keysDir = hubKeysDir(config);
  const postgresDir = path.join(config.dataDir, 'postgres');
  await ensureKeyPair(keysDir, 'gateway');
  await ensureKeyPair(keysDir, 'development-issuer');

  let embedded: EmbeddedServer | undefined;
  let embeddedStarting: Promise<EmbeddedServer> | undefined;
  const starting: ManagedChild[] = [];
  const subgraphs: Supervisor[] = [];
  let gateway: Supervisor | undefined;
  let stopping = false;
  const stopAll = async (reason: string, exitCode: number) => {
    if (stopping) {
      logger.info({ reason }, 'hub is already stopping');
      return;
    }
    stopping = true;
    logger.info({ reason }, 'hub stopping');
    const startingGateway = starting.filter((c) => c.name === 'gateway');
    if (gateway || startingGateway.length > 0) {
      await Promise.all([gateway?.stop(), ...startingGateway.map((c) => c.stop())]);
      logger.info('gateway stopped');
    }
    await Promise.all([...subgraphs.map((s) => s.stop()), ...starting.map((c) => c.stop())]);
    logger.info('subgraphs stopped');
    // A stop during the database's start waits for it, so no server is left behind without its hub.
    if (!embedded && embeddedStarting) embedded = await embeddedStarting.catch(() => undefined);
    if (embedded) {
      const pid = postmasterPid(postgresDir);
      if (pid !== undefined && isAlive(pid)) logger.info({ pid }, 'stopping embedded PostgreSQL');
      else logger.warn('embedded PostgreSQL had already stopped');
      try {
        await embedded.stop();
      } catch (error) {
        logger.warn({ ...safeErrorFields(error) }, 'embedded PostgreSQL did not stop cleanly');
      }
    }
    logger.info('hub stopped');
    process.exit(exitCode);
  };
  // Repeated signals (the terminal's Ctrl-C and npm passing it on) must not cut an orderly stop short.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stopAll(signal, 0));
  // hub.command holds the other end: when it is gone (killed, terminal closed), so is the reason to run.
  if (process.send) process.on('disconnect', () => void stopAll('launcher gone', 0));
  const giveUp = (reason: string) => void stopAll(reason, 1);

  try {
    let serverUrl = config.databaseServerUrl;
    if (!serverUrl) {
      logger.info({ dataDir: config.dataDir }, 'starting embedded PostgreSQL');
      embeddedStarting = startEmbeddedServer({ dataDir: postgresDir, port: config.embeddedPgPort });
      embedded = await embeddedStarting;
      serverUrl = embedded.url;
      logger.info({ port: embedded.port }, 'embedded PostgreSQL ready');
    }
    if (stopping) return;
    // Every service learns where every subgraph is: the gateway to plan queries, a subgraph to call
    // another one directly where it needs to (harmless for those that do not).
    const urls = Object.fromEntries(
      SUBGRAPH_NAMES.map((n) => [`${n.toUpperCase()}_URL`, `http://127.0.0.1:${subgraphPort(config, n)}/graphql`]),
    );
    const baseEnv = {
      ...process.env,
      ...urls,
      DATABASE_SERVER_URL: serverUrl,
      ...gatewayKeyEnvironment(hubGatewayPrivateKey(), keysDir),
      LOAD_DEMO_DATA: String(config.loadDemoData),
      KEYS_DIR: keysDir,
    };
    const policy = { ...DEFAULT_RESTART_POLICY, readyTimeoutMs: config.startTimeoutMs };

    const subgraphServices = SUBGRAPH_NAMES.map((name) => {
      const port = subgraphPort(config, name);
      return {
        name,
        readyUrl: `http://127.0.0.1:${port}/ready`,
        spawn: () =>
          startChild(
            name,
            path.join(REPO_ROOT, 'services', name, 'dist', 'main.js'),
            { ...baseEnv, [`${name.toUpperCase()}_PORT`]: String(port) },
            childNodeOptions(config, 'subgraph'),
          ),
      };
    });
    // A service that fails its first start is a set-up problem (settings, database): say so and stop,
    // rather than retrying what cannot work. Once ready, it is supervised at once, so one that dies
    // while the others are still starting is restarted too.
    const startSupervised = async (service: SupervisedService): Promise<Supervisor | undefined> => {
      const child = service.spawn();
      starting.push(child);
      await waitUntilReady(child, service.readyUrl, config.startTimeoutMs);
      starting.splice(starting.indexOf(child), 1);
      if (stopping) {
        await child.stop();
        return undefined;
      }
      return supervise(service, child, policy, logger, giveUp);
    };
    await Promise.all(
      subgraphServices.map(async (service) => {
        const supervisor = await startSupervised(service);
        if (supervisor) subgraphs.push(supervisor);
      }),
    );
    if (stopping) return;

    const gatewayService = {
      name: 'gateway',
      readyUrl: `http://127.0.0.1:${config.gatewayPort}/ready`,
      spawn: () =>
        startChild(
          'gateway',
          path.join(REPO_ROOT, 'gateway', 'dist', 'main.js'),
          { ...baseEnv, GATEWAY_PORT: String(config.gatewayPort) },
          childNodeOptions(config, 'gateway'),
        ),
    };
    gateway = await startSupervised(gatewayService);
    if (stopping) return;
    printBanner(config, keysDir);
  } catch (error) {
    if (stopping) return;
    logger.fatal(
      { ...safeErrorFields(error) },
      `hub could not start: ${error instanceof Error ? error.message : String(error)}`,
    );
    await stopAll('start failed', 1);
  }
}

function printBanner(config: HubConfig, keysDir: string): void {
  const lines = [
    '',
    "Gemeinsam klappt's hub is running.",
    `  GraphQL:   http://localhost:${config.gatewayPort}/graphql`,
    `  Health:    http://localhost:${config.gatewayPort}/health   Ready: http://localhost:${config.gatewayPort}/ready`,
    `  Subgraphs: persons :${config.personsPort}, offers :${config.offersPort}, network :${config.networkPort}, ` +
      `funding :${config.fundingPort} (they accept only gateway tokens)`,
    `  Data:      ${config.dataDir}`,
    '',
    'Get a development token and send a query:',
    `  TOKEN=$(${keysDir === DEFAULT_KEYS_DIR ? '' : `KEYS_DIR=${keysDir} `}npm run --silent token -- --role ADMIN)`,
    `  curl -s http://localhost:${config.gatewayPort}/graphql -H "Authorization: Bearer $TOKEN" -H ` +
      `'content-type: application/json' \\`,
    `    -d '{"query":"{ municipality(ags: \\"05566076\\") { name parent { name } } }"}'`,
    '',
    'A crashed service is restarted; Ctrl-C stops the gateway, then the subgraphs, then the database.',
    '',
  ];
  process.stdout.write(lines.join('\n'));
}

/** Where the token command looks for the key when KEYS_DIR is not set. */
const DEFAULT_KEYS_DIR = path.join(REPO_ROOT, '.data', 'keys');

main().catch((error: unknown) => {
  logger.fatal(
    { ...safeErrorFields(error) },
    `hub could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
