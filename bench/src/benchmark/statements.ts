import { Client } from 'pg';
import { withDatabase } from '@gk/shared';

/** One statement's share of an operation's database time (text cut short; parameters are never shown). */
export interface SlowStatement {
  database: string;
  calls: number;
  meanMs: number;
  /** Shared buffers touched per call (8 kB each): how much data the statement reads. */
  blocksPerCall: number;
  query: string;
}

/** Transaction control is not work; the subgraphs' own counter leaves it out too (StatementCounter). */
const NOT_COUNTED = `'^\\s*(BEGIN|COMMIT|ROLLBACK|START TRANSACTION|SAVEPOINT|RELEASE)'`;

/**
 * Statements the subgraphs' databases ran, read from pg_stat_statements (every top-level
 * statement of every gk_* database, whoever sent it). The benchmark's own connection lives in
 * the `postgres` database and is not counted.
 */
export class StatementStats {
  private constructor(private readonly client: Client) {}

  static async connect(serverUrl: string): Promise<StatementStats> {
    const client = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
    await client.connect();
    return new StatementStats(client);
  }

  /**
   * Waits until no statement runs in the subgraphs' databases: a load run ends with requests still
   * in flight on the server side, and their statements must not count for the probe after it.
   */
  async waitQuiet(timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let quietChecks = 0;
    while (Date.now() < deadline && quietChecks < 3) {
      const { rows } = await this.client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname LIKE 'gk\\_%' AND state <> 'idle'`,
      );
      quietChecks = rows[0].n === 0 ? quietChecks + 1 : 0;
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async reset(): Promise<void> {
    await this.client.query('SELECT pg_stat_statements_reset()');
  }

  /** Calls per subgraph database since the last reset. */
  async calls(): Promise<Record<string, number>> {
    const { rows } = await this.client.query<{ datname: string; calls: string }>(
      `SELECT d.datname, sum(s.calls)::bigint AS calls
         FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
        WHERE d.datname LIKE 'gk\\_%' AND s.query !~* ${NOT_COUNTED}
        GROUP BY d.datname`,
    );
    return Object.fromEntries(rows.map((r) => [r.datname.replace(/^gk_/, ''), Number(r.calls)]));
  }

  /** The statements that took the most time since the last reset: where an operation's database time goes. */
  async slowest(limit: number): Promise<SlowStatement[]> {
    const { rows } = await this.client.query<{
      datname: string;
      calls: string;
      mean_ms: string;
      blocks: string;
      query: string;
    }>(
      `SELECT d.datname, s.calls, round(s.mean_exec_time::numeric, 1) AS mean_ms,
              (s.shared_blks_hit + s.shared_blks_read) / greatest(s.calls, 1) AS blocks, s.query
         FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
        WHERE d.datname LIKE 'gk\\_%' AND s.query !~* ${NOT_COUNTED}
        ORDER BY s.total_exec_time DESC LIMIT $1`,
      [limit],
    );
    return rows.map((r) => ({
      database: r.datname,
      calls: Number(r.calls),
      meanMs: Number(r.mean_ms),
      blocksPerCall: Number(r.blocks),
      query: r.query.replace(/\s+/g, ' ').slice(0, 140),
    }));
  }

  async postgresVersion(): Promise<string> {
    const { rows } = await this.client.query<{ server_version: string }>('SHOW server_version');
    return rows[0].server_version;
  }

  async close(): Promise<void> {
    await this.client.end();
  }
}

/**
 * Statements per operation: reset, run the operation `requests` times one after another, read the
 * counts. Sequential, so nothing else runs in between (the load runs are not used for counting).
 */
export async function statementsPerOperation(
  stats: StatementStats,
  requests: number,
  send: () => Promise<void>,
): Promise<{ total: number; bySubgraph: Record<string, number>; slowest: SlowStatement[] }> {
  await stats.waitQuiet();
  await stats.reset();
  for (let i = 0; i < requests; i += 1) await send();
  // The subgraphs answer before their audit writes settle in some paths; give them a moment.
  await new Promise((r) => setTimeout(r, 100));
  const calls = await stats.calls();
  const bySubgraph = Object.fromEntries(
    Object.entries(calls).map(([k, v]) => [k, Math.round((v / requests) * 100) / 100]),
  );
  const total = Math.round((Object.values(calls).reduce((s, n) => s + n, 0) / requests) * 100) / 100;
  return { total, bySubgraph, slowest: await stats.slowest(3) };
}
