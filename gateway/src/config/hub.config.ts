import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_SUBGRAPH_PORTS, flag, loadSettings, optionalUrl, port, setting, text } from '@gk/shared';
import { gatewaySettings } from './gateway.config';
import { REPO_ROOT } from './paths';

/** Settings of the hub launcher (`npm start`); the gateway's and subgraphs' own settings pass through to them. */
export const hubSettings = {
  dataDir: text(
    'DATA_DIR',
    'Folder of the embedded PostgreSQL cluster and the development keys (git-ignored).',
    path.join(REPO_ROOT, '.data'),
  ),
  embeddedPgPort: port(
    'EMBEDDED_PG_PORT',
    'Port of the embedded PostgreSQL; 0 picks a free one. Never 5432 by default: a local PostgreSQL may hold it.',
    0,
  ),
  databaseServerUrl: optionalUrl(
    'DATABASE_SERVER_URL',
    'Use this PostgreSQL server instead of the embedded one; each subgraph gets its own database on it.',
  ),
  loadDemoData: flag(
    'LOAD_DEMO_DATA',
    'Load the demo data (Rheine, Rhein-Kreis Neuss) into empty databases at start.',
    true,
  ),
  gatewayPort: port('GATEWAY_PORT', 'HTTP port of the gateway.', 4000),
  personsPort: port('PERSONS_PORT', 'HTTP port of the persons subgraph.', DEFAULT_SUBGRAPH_PORTS.persons),
  offersPort: port('OFFERS_PORT', 'HTTP port of the offers subgraph.', DEFAULT_SUBGRAPH_PORTS.offers),
  networkPort: port('NETWORK_PORT', 'HTTP port of the network subgraph.', DEFAULT_SUBGRAPH_PORTS.network),
  fundingPort: port('FUNDING_PORT', 'HTTP port of the funding subgraph.', DEFAULT_SUBGRAPH_PORTS.funding),
  gatewayMaxHeapMb: setting(
    'GATEWAY_MAX_HEAP_MB',
    'Heap limit (V8 old space, MB) of the gateway process; a bounded heap is collected before it grows, which ' +
      "keeps the process's memory flat under load.",
    '160',
    z.coerce.number().int().min(64),
  ),
  subgraphMaxHeapMb: setting(
    'SUBGRAPH_MAX_HEAP_MB',
    'Heap limit (V8 old space, MB) of each subgraph process.',
    '384',
    z.coerce.number().int().min(64),
  ),
  startTimeoutMs: setting(
    'START_TIMEOUT_MS',
    'How long the hub waits for each service to become ready.',
    '60000',
    z.coerce.number().int().positive(),
  ),
};

export type HubConfig = ReturnType<typeof loadHubConfig>;

export function loadHubConfig(env: Record<string, string | undefined> = process.env) {
  return loadSettings(hubSettings, env);
}

/** Node.js options of the hub's child processes: the heap limits above. */
export function childNodeOptions(
  config: Pick<HubConfig, 'gatewayMaxHeapMb' | 'subgraphMaxHeapMb'>,
  kind: 'gateway' | 'subgraph',
): string[] {
  return [`--max-old-space-size=${kind === 'gateway' ? config.gatewayMaxHeapMb : config.subgraphMaxHeapMb}`];
}

/** The gateway's own signing key, when the operator gives one: the hub must hand its public half to the subgraphs. */
export function hubGatewayPrivateKey(env: Record<string, string | undefined> = process.env): string | undefined {
  return loadSettings({ key: gatewaySettings.gatewayPrivateKey }, env).key;
}

/**
 * KEYS_DIR when the operator sets it (the gateway and the token command read it too), else the keys folder in
 * DATA_DIR.
 */
export function hubKeysDir(
  config: Pick<HubConfig, 'dataDir'>,
  env: Record<string, string | undefined> = process.env,
): string {
  return env.KEYS_DIR || path.join(config.dataDir, 'keys');
}
