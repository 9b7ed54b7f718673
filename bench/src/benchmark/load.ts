import autocannon from 'autocannon';
import type { LatencySummary, LoadResult } from './types';

/** Percentiles of a set of latencies (ms), nearest-rank. */
export function summarize(latencies: number[]): LatencySummary {
  if (latencies.length === 0) return { p50: 0, p95: 0, p99: 0, mean: 0, max: 0 };
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    p50: round(at(0.5)),
    p95: round(at(0.95)),
    p99: round(at(0.99)),
    mean: round(sorted.reduce((s, n) => s + n, 0) / sorted.length),
    max: round(sorted[sorted.length - 1]),
  };
}

/** The first GraphQL error of an answer (code and message only, never data), or null when there is none. */
export function graphqlErrorOf(body: string): string | null {
  if (!body.includes('"errors"')) return null;
  try {
    const parsed = JSON.parse(body) as { errors?: { message?: string; extensions?: { code?: string } }[] };
    const first = parsed.errors?.[0];
    return first ? `${first.extensions?.code ?? 'ERROR'}: ${(first.message ?? '').slice(0, 160)}` : null;
  } catch {
    return null;
  }
}

class ErrorTally {
  non2xx = 0;
  graphqlErrors = 0;
  transportErrors = 0;
  first: string | undefined;

  note(kind: 'non2xx' | 'graphql' | 'transport', detail: string) {
    if (kind === 'non2xx') this.non2xx += 1;
    else if (kind === 'graphql') this.graphqlErrors += 1;
    else this.transportErrors += 1;
    this.first ??= detail;
  }

  result(latencies: number[], durationSeconds: number): LoadResult {
    const errors = this.non2xx + this.graphqlErrors + this.transportErrors;
    return {
      requests: latencies.length,
      durationSeconds,
      requestsPerSecond: Math.round((latencies.length / durationSeconds) * 10) / 10,
      latencyMs: summarize(latencies),
      errors,
      non2xx: this.non2xx,
      graphqlErrors: this.graphqlErrors,
      transportErrors: this.transportErrors,
      ...(this.first ? { firstError: this.first } : {}),
    };
  }
}

export interface HttpLoad {
  url: string;
  headers: Record<string, string>;
  /** The same body for every request, or a fresh one per request (writes). */
  body: string | (() => string | null);
  connections: number;
  durationSeconds: number;
  /** Stop after this many requests even if time is left (the write's pool of fresh pairs). */
  maxRequests?: number;
}

/**
 * Closed-loop load with autocannon at fixed concurrency. Latencies are recorded per response
 * (autocannon's own summary has no p95); every answer is checked for GraphQL errors.
 */
export async function runAutocannon(load: HttpLoad): Promise<LoadResult> {
  const tally = new ErrorTally();
  const latencies: number[] = [];
  const nextBody = typeof load.body === 'function' ? load.body : null;
  const started = Date.now();
  let finished: (error: Error | null) => void = () => undefined;
  const done = new Promise<void>((resolve, reject) => (finished = (error) => (error ? reject(error) : resolve())));
  const instance = autocannon(
    {
      url: load.url,
      connections: load.connections,
      duration: load.durationSeconds,
      ...(load.maxRequests !== undefined ? { maxOverallRequests: load.maxRequests } : {}),
      timeout: 30,
      requests: [
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...load.headers },
          ...(nextBody
            ? {
                setupRequest: (request: autocannon.Request) => {
                  const body = nextBody();
                  return body === null ? request : { ...request, body };
                },
              }
            : { body: load.body as string }),
          onResponse: (status: number, body: string) => {
            if (status < 200 || status >= 300)
              tally.note('non2xx', `HTTP ${status}: ${graphqlErrorOf(body) ?? body.slice(0, 160)}`);
            else {
              const error = graphqlErrorOf(body);
              if (error) tally.note('graphql', error);
            }
          },
        },
      ],
    },
    (error) => finished(error ?? null),
  );
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) =>
    latencies.push(responseTime),
  );
  instance.on('reqError', (error: Error) => tally.note('transport', error.message));
  await done;
  return tally.result(latencies, (Date.now() - started) / 1000);
}

/**
 * The same closed loop for baselines that are not one HTTP request (the subgraphs called by
 * hand, SQL on a pool): `connections` workers run the task back to back for the duration.
 * A task returns the first GraphQL error it saw, or null.
 */
export async function runClosedLoop(
  task: () => Promise<string | null>,
  connections: number,
  durationSeconds: number,
): Promise<LoadResult> {
  const tally = new ErrorTally();
  const latencies: number[] = [];
  const started = Date.now();
  const deadline = started + durationSeconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < deadline) {
        const t0 = performance.now();
        try {
          const error = await task();
          if (error) tally.note('graphql', error);
        } catch (error) {
          tally.note('transport', error instanceof Error ? error.message : String(error));
        }
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return tally.result(latencies, (Date.now() - started) / 1000);
}
