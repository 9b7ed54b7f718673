import { Client } from 'pg';

/** Replaces the database name of a server URL. */
export function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
}

const SAFE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Creates the database of a URL when it does not exist yet; connects to the server's `postgres` database to do so. */
export async function ensureDatabase(url: string): Promise<void> {
  const name = databaseName(url);
  if (!SAFE_NAME.test(name))
    throw new Error(`Database name "${name}" must be lower-case letters, digits and underscores.`);
  const client = new Client({ connectionString: withDatabase(url, 'postgres') });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) {
      try {
        await client.query(`CREATE DATABASE "${name}"`);
      } catch (error) {
        // Two processes may race to create it; losing that race is fine.
        if ((error as { code?: string }).code !== '42P04') throw error;
      }
    }
  } finally {
    await client.end();
  }
}

export async function dropDatabase(url: string): Promise<void> {
  const name = databaseName(url);
  if (!SAFE_NAME.test(name))
    throw new Error(`Database name "${name}" must be lower-case letters, digits and underscores.`);
  const client = new Client({ connectionString: withDatabase(url, 'postgres') });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
