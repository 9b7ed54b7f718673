import {
  loadSettings,
  subgraphSettings,
  suppressionThresholdSetting,
  text,
  type SubgraphProcessConfig,
} from '@gk/shared';

/** Every setting of the persons subgraph, with defaults and descriptions (listed in the README). */
export const personsSettings = {
  ...subgraphSettings('persons'),
  pseudonymKey: text(
    'PSEUDONYM_KEY',
    'Secret key of the persons subgraph for pseudonyms (keyed hash of the person id). Set your ' +
      'own in production; the default is for development only.',
    'development-only-pseudonym-key',
  ),
  erasurePeers: text(
    'ERASURE_PEERS',
    'Comma-separated names of the other subgraphs that hold data about persons and must confirm ' +
      'an erasure before it counts as complete.',
    'offers',
  ),
  suppressionThreshold: suppressionThresholdSetting,
};

export type PersonsConfig = SubgraphProcessConfig & {
  pseudonymKey: string;
  maxPageSize: number;
  erasurePeers: readonly string[];
  suppressionThreshold: number;
};

/** Splits the ERASURE_PEERS list: trimmed, without blanks or repeats. */
export function parseErasurePeers(value: string): string[] {
  return [
    ...new Set(
      value
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s.length > 0),
    ),
  ];
}

export function loadPersonsConfig(env: Record<string, string | undefined> = process.env): PersonsConfig {
  const settings = loadSettings(personsSettings, env);
  return { ...settings, erasurePeers: parseErasurePeers(settings.erasurePeers) };
}
