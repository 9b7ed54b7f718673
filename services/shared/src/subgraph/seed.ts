import type { DataSource, EntityManager } from 'typeorm';

/**
 * Runs a named seed once per database, inside one transaction, under an advisory lock so that two
 * starts cannot load it twice. Needs the `seed_run` table that every service's first migration creates.
 */
export async function seedOnce(
  dataSource: DataSource,
  name: string,
  load: (manager: EntityManager) => Promise<void>,
): Promise<boolean> {
  return dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`seed:${name}`]);
    const done = await manager.query('SELECT 1 FROM seed_run WHERE name = $1', [name]);
    if (done.length > 0) return false;
    await load(manager);
    await manager.query('INSERT INTO seed_run (name) VALUES ($1)', [name]);
    return true;
  });
}
