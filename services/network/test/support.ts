import type { GraphQLResponse, TestSubgraph } from '@gk/shared/testing';
import { actingAs, dataOf } from '@gk/shared/testing';
import type { Identity } from '@gk/shared';

const TABLES = [
  'municipality',
  'organization',
  'alliance',
  'core_group_membership',
  'alliance_forum',
  'alliance_forum_participant',
  'alliance_priority',
  'procedure_agreement',
  'procedure_agreement_party',
  'alliance_standing_task',
];

/** A fingerprint of every row of every table: equal before and after means nothing changed. */
export async function databaseFingerprint(subgraph: TestSubgraph): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const table of TABLES) {
    const [row] = await subgraph.db.dataSource.query(
      `SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS hash FROM ${table} t`,
    );
    result[table] = `${row.n}:${row.hash}`;
  }
  return result;
}

/** Sends an operation that must be refused and checks that it changed nothing; returns the response. */
export async function refused(
  subgraph: TestSubgraph,
  query: string,
  variables?: Record<string, unknown>,
  identity?: Identity,
): Promise<GraphQLResponse> {
  const before = await databaseFingerprint(subgraph);
  const res = await subgraph.query(query, variables, identity);
  expect(await databaseFingerprint(subgraph)).toEqual(before);
  return res;
}

export { actingAs, dataOf };
