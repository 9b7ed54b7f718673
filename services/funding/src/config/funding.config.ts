import { loadSubgraphSettings, subgraphSettings, type SubgraphProcessConfig } from '@gk/shared';

/** Every setting of the funding subgraph, with defaults and descriptions (listed in the README). */
export const fundingSettings = subgraphSettings('funding');

export function loadFundingConfig(env: Record<string, string | undefined> = process.env): SubgraphProcessConfig {
  return loadSubgraphSettings('funding', env);
}
