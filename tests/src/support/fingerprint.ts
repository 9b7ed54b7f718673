import type { DataSource } from 'typeorm';

/**
 * One md5 per table over all its rows: equal before and after a refused request proves that the
 * request changed nothing, whatever it tried.
 */
export function tableFingerprint(dataSource: DataSource, tables: readonly string[]): Promise<Record<string, string>[]> {
  const digest = (table: string) =>
    `(SELECT md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) FROM ${table} x) AS ${table}`;
  return dataSource.query(`SELECT ${tables.map(digest).join(', ')}`);
}
