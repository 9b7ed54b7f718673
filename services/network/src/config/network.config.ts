import { loadSubgraphSettings, subgraphSettings, type SubgraphProcessConfig } from '@gk/shared';

/** Every setting of the network subgraph, with defaults and descriptions (listed in the README). */
export const networkSettings = subgraphSettings('network');

export function loadNetworkConfig(env: Record<string, string | undefined> = process.env): SubgraphProcessConfig {
  return loadSubgraphSettings('network', env);
}
