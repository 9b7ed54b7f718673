import { ConfigError, loadSettings, positiveInt, subgraphSettings, suppressionThresholdSetting, type SubgraphProcessConfig } from '@gk/shared';
import type { OffersOptions } from '../offers.options';

/** Every setting of the offers subgraph, with defaults and descriptions (listed in the README). */
export const offersSettings = {
  ...subgraphSettings('offers'),
  measureCareerThreshold: positiveInt(
    'OFFERS_MEASURE_CAREER_THRESHOLD',
    'Number of consecutive enrollments ending without progress from which a person is flagged as being in a measure career (Maßnahmen-Karriere).',
    3,
  ),
  minGroupSize: positiveInt('OFFERS_MIN_GROUP_SIZE', 'Offer rates (completion, transition) over fewer ended enrollments than this are suppressed; never below 3.', 5),
  suppressionThreshold: suppressionThresholdSetting,
};

export type OffersConfig = SubgraphProcessConfig & OffersOptions;

export function loadOffersConfig(env: Record<string, string | undefined> = process.env): OffersConfig {
  const config = loadSettings(offersSettings, env);
  if (config.minGroupSize < 3) throw new ConfigError([`OFFERS_MIN_GROUP_SIZE: must be at least 3 (${offersSettings.minGroupSize.description})`]);
  return config;
}

/** The options the code needs, taken from the settings. */
export function offersOptions(config: OffersOptions): OffersOptions {
  return { measureCareerThreshold: config.measureCareerThreshold, maxPageSize: config.maxPageSize, minGroupSize: config.minGroupSize, suppressionThreshold: config.suppressionThreshold };
}
