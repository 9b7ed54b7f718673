/** The reference operations the performance targets are stated for, numbered as in the README's benchmark section. */
export const OPERATION_IDS = [1, 2, 3, 4, 5] as const;
export type OperationId = (typeof OPERATION_IDS)[number];

/**
 * Who serves an operation: our Apollo gateway, the peer gateway (Hive Gateway on the same
 * supergraph), the owning subgraphs called straight (the cost of federation), or hand-written
 * SQL (the lower bound of the dashboard).
 */
export type Engine = 'gateway' | 'hive' | 'direct' | 'sql';
export const ENGINE_LABELS: Record<Engine, string> = {
  gateway: 'hub gateway (Apollo)',
  hive: 'Hive Gateway (peer)',
  direct: 'subgraphs direct',
  sql: 'hand-written SQL',
};

export interface LatencySummary {
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
}

export interface LoadResult {
  requests: number;
  durationSeconds: number;
  requestsPerSecond: number;
  latencyMs: LatencySummary;
  /** Non-2xx answers, GraphQL errors in a 200 answer, and requests that failed on the wire. */
  errors: number;
  non2xx: number;
  graphqlErrors: number;
  transportErrors: number;
  /** The first error seen (code and message, never data), to tell what went wrong. */
  firstError?: string;
}

export interface MemorySample {
  /** Largest resident set seen while the operation ran, MB. */
  peakRssMb: number;
  /** Peak resident set since the process started (VmHWM) at the end of the run, MB. */
  hwmMb: number;
}

export interface EngineResult extends LoadResult {
  engine: Engine;
  /** SQL statements per operation (pg_stat_statements delta over a sequential probe). */
  statementsPerOperation: number | null;
  memory: Record<string, MemorySample>;
  /** The statements that took most of the probe's database time (our gateway only). */
  slowest?: { database: string; calls: number; meanMs: number; blocksPerCall: number; query: string }[];
  note?: string;
}

export interface StatementSizes {
  label: string;
  small: { size: string; statements: number; error?: string };
  large: { size: string; statements: number; error?: string };
  equal: boolean;
}

export interface OperationResult {
  id: OperationId;
  title: string;
  engines: EngineResult[];
  sizes?: StatementSizes;
  skipped?: string;
  note?: string;
}

export interface TargetResult {
  target: string;
  met: boolean | null;
  detail: string;
}

export interface MachineFacts {
  /** 1, 5 and 15 minute load averages: other work on the machine competes with the hub. */
  loadAverageBefore: number[];
  loadAverageAfter: number[];
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  node: string;
  postgres: string;
  platform: string;
}

export interface BenchReport {
  scale: string;
  seed: number;
  startedAt: string;
  finishedAt: string;
  settings: { durationSeconds: number; warmupSeconds: number; connections: number; operations: OperationId[] };
  machine: MachineFacts;
  data: Record<string, number | string>;
  operations: OperationResult[];
  targets: TargetResult[];
}
