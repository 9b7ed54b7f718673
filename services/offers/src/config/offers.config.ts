import { loadSubgraphSettings, subgraphSettings, type SubgraphProcessConfig } from '@gk/shared';

/** Every setting of the offers subgraph, with defaults and descriptions (listed in the README). */
export const offersSettings = subgraphSettings('offers');

export function loadOffersConfig(env: Record<string, string | undefined> = process.env): SubgraphProcessConfig {
  return loadSubgraphSettings('offers', env);
}
