import { commonSubgraphSettings } from './common.settings';
import { loadSettings, optionalUrl, port, text } from './settings';
import type { SubgraphName } from '../subgraph/subgraph-definition';
import { DEFAULT_SUBGRAPH_PORTS } from '../subgraph/subgraph-definition';

/** The settings of one subgraph process: its port and own database URL, plus the common ones. */
export function subgraphSettings(name: SubgraphName) {
  const upper = name.toUpperCase();
  return {
    port: port(`${upper}_PORT`, `HTTP port of the ${name} subgraph.`, DEFAULT_SUBGRAPH_PORTS[name]),
    host: text(`${upper}_HOST`, `Interface the ${name} subgraph listens on.`, '127.0.0.1'),
    databaseUrl: optionalUrl(`${upper}_DATABASE_URL`, `PostgreSQL URL of the ${name} subgraph's own database.`),
    ...commonSubgraphSettings,
  };
}

export function loadSubgraphSettings(name: SubgraphName, env: Record<string, string | undefined> = process.env) {
  return loadSettings(subgraphSettings(name), env);
}
