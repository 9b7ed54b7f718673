import { z } from 'zod';

/** One setting: the environment variable that sets it, what it means, and its default. */
export interface Setting<T> {
  readonly env: string;
  readonly description: string;
  /** Default as the environment would spell it; undefined means "not set" is a valid value. */
  readonly default: string | undefined;
  readonly schema: z.ZodType<T>;
}

export type SettingValues<S extends Record<string, Setting<unknown>>> = {
  [K in keyof S]: S[K] extends Setting<infer T> ? T : never;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Invalid settings:\n  ${problems.join('\n  ')}\nFix the environment variables named above (see the ` +
        `README's "Settings" table) and start again.`,
    );
    this.name = 'ConfigError';
  }
}

export function setting<T>(
  env: string,
  description: string,
  defaultValue: string | undefined,
  schema: z.ZodType<T>,
): Setting<T> {
  return { env, description, default: defaultValue, schema };
}

export const port = (env: string, description: string, defaultValue: number): Setting<number> =>
  setting(env, description, String(defaultValue), z.coerce.number().int().min(0).max(65535));

export const optionalUrl = (env: string, description: string): Setting<string | undefined> =>
  setting(env, description, undefined, z.string().url().optional());

export const flag = (env: string, description: string, defaultValue: boolean): Setting<boolean> =>
  setting(
    env,
    description,
    String(defaultValue),
    z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1'),
  );

export const positiveInt = (env: string, description: string, defaultValue: number): Setting<number> =>
  setting(env, description, String(defaultValue), z.coerce.number().int().positive());

export const text = (env: string, description: string, defaultValue: string): Setting<string> =>
  setting(env, description, defaultValue, z.string().min(1));

export const choice = <T extends string>(
  env: string,
  description: string,
  values: readonly [T, ...T[]],
  defaultValue: T,
): Setting<T> => setting(env, description, defaultValue, z.enum(values));

/**
 * Reads and validates every setting at once, so a start with bad settings fails with one message
 * that lists them all. Values are never echoed: a setting may hold a secret or a database password.
 */
export function loadSettings<S extends Record<string, Setting<unknown>>>(
  settings: S,
  env: Record<string, string | undefined> = process.env,
): SettingValues<S> {
  const values: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, s] of Object.entries(settings)) {
    const raw = env[s.env] === '' ? undefined : env[s.env];
    const parsed = s.schema.safeParse(raw ?? s.default);
    if (parsed.success) values[key] = parsed.data;
    else problems.push(`${s.env}: ${parsed.error.issues.map((i) => i.message).join('; ')} (${s.description})`);
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return values as SettingValues<S>;
}

/** Settings as a Markdown table, for `--help` output and to keep the README honest. */
export function describeSettings(settings: Record<string, Setting<unknown>>): string {
  const rows = Object.values(settings).map(
    (s) => `| \`${s.env}\` | ${s.default === undefined ? '(unset)' : `\`${s.default}\``} | ${s.description} |`,
  );
  return ['| Variable | Default | Meaning |', '| --- | --- | --- |', ...rows].join('\n');
}
