import {
  ConfigError,
  DEFAULT_SUBGRAPH_PORTS,
  loadSettings,
  positiveInt,
  subgraphSettings,
  text,
  suppressionThresholdSetting,
  type SubgraphProcessConfig,
} from '@gk/shared';
import type { OffersOptions } from '../offers.options';

/** Every setting of the offers subgraph, with defaults and descriptions (listed in the README). */
export const offersSettings = {
  ...subgraphSettings('offers'),
  measureCareerThreshold: positiveInt(
    'OFFERS_MEASURE_CAREER_THRESHOLD',
    'Number of consecutive enrollments ending without progress from which a person is flagged as being in a measure ' +
      'career (Maßnahmen-Karriere).',
    3,
  ),
  minGroupSize: positiveInt(
    'OFFERS_MIN_GROUP_SIZE',
    'Offer rates (completion, transition) over fewer ended enrollments than this are suppressed; never below 3.',
    5,
  ),
  suppressionThreshold: suppressionThresholdSetting,
  personsUrl: text(
    'PERSONS_URL',
    "GraphQL URL of the persons subgraph as the offers subgraph reaches it: asked, with the user's identity, whether " +
      'a person exists, may be enrolled by the user, and for the facts eligibility is decided on.',
    `http://127.0.0.1:${DEFAULT_SUBGRAPH_PORTS.persons}/graphql`,
  ),
};

export type OffersConfig = SubgraphProcessConfig & OffersOptions;

export function loadOffersConfig(env: Record<string, string | undefined> = process.env): OffersConfig {
  const config = loadSettings(offersSettings, env);
  const problems: string[] = [];
  if (config.minGroupSize < 3)
    problems.push(`OFFERS_MIN_GROUP_SIZE: must be at least 3 (${offersSettings.minGroupSize.description})`);
  if (!/^https?:$/.test(urlProtocol(config.personsUrl)))
    problems.push(`PERSONS_URL: must be an http(s) URL (${offersSettings.personsUrl.description})`);
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

function urlProtocol(value: string): string {
  try {
    return new URL(value).protocol;
  } catch {
    return '';
  }
}

/** The options the code needs, taken from the settings. */
export function offersOptions(config: OffersOptions): OffersOptions {
  return {
    measureCareerThreshold: config.measureCareerThreshold,
    maxPageSize: config.maxPageSize,
    minGroupSize: config.minGroupSize,
    suppressionThreshold: config.suppressionThreshold,
    personsUrl: config.personsUrl,
  };
}
