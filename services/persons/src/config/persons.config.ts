import { loadSettings, subgraphSettings, text, type SubgraphProcessConfig } from '@gk/shared';

/** Every setting of the persons subgraph, with defaults and descriptions (listed in the README). */
export const personsSettings = {
  ...subgraphSettings('persons'),
  pseudonymKey: text(
    'PSEUDONYM_KEY',
    'Secret key of the persons subgraph for pseudonyms (keyed hash of the person id). Set your own in production; the default is for development only.',
    'development-only-pseudonym-key',
  ),
};

export type PersonsConfig = SubgraphProcessConfig & { pseudonymKey: string; maxPageSize: number };

export function loadPersonsConfig(env: Record<string, string | undefined> = process.env): PersonsConfig {
  return loadSettings(personsSettings, env);
}
