import { caseManagerNeuss, demoPersonId } from '@gk/fixtures';
import { replicaSetupMissing, startReplicaCluster } from './support/replica-cluster';

/**
 * Throughput with one and with two replicas of every process behind HAProxy: a measurement to read,
 * not a test (no file name jest picks up by default; nothing is asserted about speed). Run it with
 *   cd tests && npx jest --testMatch '**\/replica-throughput.measure.ts' MEASURE_SECONDS (default 15) and
 *   MEASURE_CONNECTIONS (default 8) set the load, MEASURE_REPLICAS the order of the runs (default "1,2"; run "2,1" too:
 *   other work on the machine shifts the numbers).
 */
const SECONDS = Number(process.env.MEASURE_SECONDS ?? 15);
const CONNECTIONS = Number(process.env.MEASURE_CONNECTIONS ?? 8);
const QUERY =
  'query Person($id: ID!) { person(id: $id) { id familyName currentResidenceStatus municipality { name ' +
  'parent { name } } } }';

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

describe('throughput, one and two replicas', () => {
  it('prints requests per second and latency for each', async () => {
    const missing = await replicaSetupMissing();
    if (missing) {
      console.warn(`throughput not measured: ${missing}`);
      return;
    }
    const rows: string[] = ['| replicas | requests/s | p50 ms | p95 ms | errors |', '| --- | --- | --- | --- | --- |'];
    for (const replicas of (process.env.MEASURE_REPLICAS ?? '1,2').split(',').map(Number)) {
      const cluster = await startReplicaCluster({ replicas });
      try {
        const token = await cluster.token(caseManagerNeuss);
        const once = async (i: number) => {
          const started = performance.now();
          const res = await fetch(cluster.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify({ query: QUERY, variables: { id: demoPersonId('05162024', i % 70) } }),
          });
          const body = (await res.json()) as { errors?: unknown[] };
          return { ms: performance.now() - started, ok: res.status === 200 && !body.errors };
        };
        const run = async (seconds: number) => {
          const until = Date.now() + seconds * 1000;
          const samples: { ms: number; ok: boolean }[] = [];
          await Promise.all(
            Array.from({ length: CONNECTIONS }, async (_, c) => {
              for (let i = c; Date.now() < until; i += CONNECTIONS) samples.push(await once(i));
            }),
          );
          return samples;
        };
        await run(3); // warm-up: query plans, token caches, pools
        const samples = await run(SECONDS);
        const ms = samples
          .filter((s) => s.ok)
          .map((s) => s.ms)
          .sort((a, b) => a - b);
        rows.push(
          `| ${replicas} | ${(samples.length / SECONDS).toFixed(1)} | ${percentile(ms, 50).toFixed(1)} | ` +
            `${percentile(ms, 95).toFixed(1)} | ${samples.filter((s) => !s.ok).length} |`,
        );
      } finally {
        await cluster.close();
      }
    }
    console.info(`${CONNECTIONS} connections, ${SECONDS} s each, ${QUERY.slice(0, 60)}...\n${rows.join('\n')}`);
  }, 600_000);
});
