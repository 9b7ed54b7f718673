import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  ENGINE_LABELS,
  type BenchReport,
  type Engine,
  type EngineResult,
  type OperationId,
  type TargetResult,
} from './types';

const engineOf = (report: BenchReport, id: OperationId, engine: Engine): EngineResult | undefined =>
  report.operations.find((o) => o.id === id)?.engines.find((e) => e.engine === engine);

/** Each performance target the hub is held to, met or not with the numbers; null where this run cannot tell. */
export function evaluateTargets(report: BenchReport, resultsDir: string | null): TargetResult[] {
  const targets: TargetResult[] = [];
  for (const op of report.operations) {
    if (!op.sizes) continue;
    const { small, large } = op.sizes;
    const failed = small.error ?? large.error;
    // A count over failed requests says nothing; "not growing" allows the larger answer fewer statements.
    targets.push({
      target: `Op ${op.id}: statements do not grow with the answer`,
      met: failed ? null : large.statements <= small.statements,
      detail:
        `${small.size}: ${small.statements}, ${large.size}: ${large.statements}` +
        (failed ? ` (a probe request failed: ${failed})` : ''),
    });
  }
  for (const [id, limit, name] of [
    [3, 50, 'Dashboard'],
    [4, 250, 'State-wide gap analysis'],
  ] as const) {
    const r = engineOf(report, id, 'gateway');
    if (r)
      targets.push({
        target: `${name} p95 under ${limit} ms`,
        met: r.errors === 0 && r.latencyMs.p95 < limit,
        detail: `p95 ${r.latencyMs.p95} ms${r.errors ? `, ${r.errors} errors` : ''}`,
      });
  }
  for (const id of [1, 2] as const) {
    const gw = engineOf(report, id, 'gateway');
    const direct = engineOf(report, id, 'direct');
    if (gw && direct && direct.latencyMs.p50 > 0) {
      const ratio = Math.round((gw.latencyMs.p50 / direct.latencyMs.p50) * 100) / 100;
      targets.push({
        target: `Op ${id}: federation overhead at most 1.3x the direct call (p50)`,
        met: ratio <= 1.3,
        detail:
          `gateway p50 ${gw.latencyMs.p50} ms vs direct ${direct.latencyMs.p50} ms = ${ratio}x ` +
          `(p95 ${gw.latencyMs.p95} vs ${direct.latencyMs.p95} ms)`,
      });
    }
  }
  for (const op of report.operations) {
    const gw = engineOf(report, op.id, 'gateway');
    const hive = engineOf(report, op.id, 'hive');
    const errors = (e: EngineResult) => (e.errors > 0 ? ` (${e.errors} errors)` : '');
    if (gw && hive)
      targets.push({
        target: `Op ${op.id}: throughput at least the peer gateway's`,
        met: gw.errors === 0 && gw.requestsPerSecond >= hive.requestsPerSecond,
        detail: `${gw.requestsPerSecond}${errors(gw)} vs ${hive.requestsPerSecond}${errors(hive)} req/s`,
      });
  }
  const gatewayPeak = Math.max(
    0,
    ...report.operations.flatMap((o) => o.engines.map((e) => e.memory.gateway?.peakRssMb ?? 0)),
  );
  targets.push({
    target: 'Gateway memory under 300 MB under load',
    met: gatewayPeak > 0 ? gatewayPeak < 300 : null,
    detail: `peak RSS ${gatewayPeak} MB`,
  });
  const dashboard = engineOf(report, 3, 'gateway');
  const nrwFile = resultsDir ? path.join(resultsDir, 'latest-nrw.json') : null;
  if (report.scale === 'xl' && dashboard && nrwFile && existsSync(nrwFile)) {
    const nrw = JSON.parse(readFileSync(nrwFile, 'utf8')) as BenchReport;
    const base = engineOf(nrw, 3, 'gateway');
    if (base) {
      const ratio = Math.round((dashboard.latencyMs.p95 / base.latencyMs.p95) * 100) / 100;
      targets.push({
        target: 'xl vs nrw: dashboard within 1.5x its nrw latency (p95)',
        met: ratio <= 1.5,
        detail: `xl ${dashboard.latencyMs.p95} ms vs nrw ${base.latencyMs.p95} ms = ${ratio}x`,
      });
    }
  } else {
    targets.push({
      target: 'xl vs nrw: dashboard within 1.5x its nrw latency (p95)',
      met: null,
      detail: report.scale === 'xl' ? 'no nrw result to compare with' : 'measured by a run at --scale xl',
    });
  }
  return targets;
}

const mark = (met: boolean | null): string => (met === null ? 'not measured' : met ? 'met' : 'NOT met');

/** The Markdown table: every operation x engine, then the targets and the machine. */
export function toMarkdown(report: BenchReport): string {
  const processes = [...new Set(report.operations.flatMap((o) => o.engines.flatMap((e) => Object.keys(e.memory))))];
  const lines = [
    `# Benchmark at scale \`${report.scale}\` (${report.startedAt.slice(0, 10)})`,
    '',
    `Machine: ${report.machine.cpus} cores (${report.machine.cpuModel}), ${report.machine.memoryGb} GB, ` +
      `Node ${report.machine.node}, PostgreSQL ${report.machine.postgres}, ${report.machine.platform}. ` +
      `Load average before ${report.machine.loadAverageBefore.join(' / ')}, ` +
      `after ${report.machine.loadAverageAfter.join(' / ')}.`,
    'Load: autocannon (gateways) or the same closed loop in the benchmark (direct, SQL), ' +
      `${report.settings.connections} connections, ${report.settings.durationSeconds} s per run after ` +
      `${report.settings.warmupSeconds} s warm-up. ` +
      `Data: ${Object.entries(report.data)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}.`,
    'Statements: pg_stat_statements delta over sequential probes, per operation. ' +
      'Memory: peak RSS while the run lasted, MB.',
    '',
    '| Op | Engine | p50 ms | p95 ms | p99 ms | req/s | errors | statements | ' +
      `${processes.map((p) => `${p} MB`).join(' | ')} |`,
    `| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ${processes.map(() => '---:').join(' | ')} |`,
  ];
  for (const op of report.operations) {
    for (const e of op.engines) {
      lines.push(
        `| ${op.id} | ${ENGINE_LABELS[e.engine]} | ${e.latencyMs.p50} | ${e.latencyMs.p95} | ${e.latencyMs.p99} | ` +
          `${e.requestsPerSecond} | ${e.errors} | ${e.statementsPerOperation ?? '-'} | ` +
          `${processes.map((p) => e.memory[p]?.peakRssMb ?? '-').join(' | ')} |`,
      );
    }
  }
  lines.push('', 'Operations:', '');
  for (const op of report.operations) {
    lines.push(`${op.id}. ${op.title}.${op.note ? ` ${op.note}` : ''}`);
    if (op.sizes)
      lines.push(
        `   Statements at two sizes (${op.sizes.label}): ${op.sizes.small.size} ${op.sizes.small.statements}, ` +
          `${op.sizes.large.size} ${op.sizes.large.statements} — ${op.sizes.equal ? 'equal' : 'NOT equal'}` +
          `${(op.sizes.small.error ?? op.sizes.large.error) ? ' (a probe request failed)' : ''}.`,
      );
    for (const e of op.engines) {
      if (e.firstError) lines.push(`   ${ENGINE_LABELS[e.engine]}: ${e.errors} errors, the first: ${e.firstError}`);
      if (e.note) lines.push(`   ${ENGINE_LABELS[e.engine]}: ${e.note}`);
    }
  }
  lines.push(
    '',
    'Where the database time goes (our gateway, statement probe; mean per call, 8 kB buffers touched per call):',
    '',
  );
  for (const op of report.operations) {
    const slowest = op.engines.find((e) => e.engine === 'gateway')?.slowest ?? [];
    for (const s of slowest)
      lines.push(
        `- op ${op.id}, ${s.database}: ${s.meanMs} ms, ${s.blocksPerCall} buffers, ${s.calls} calls: ` +
          `\`${s.query.replace(/`/g, "'")}\``,
      );
  }
  lines.push('', '| Target | Result | Numbers |', '| --- | --- | --- |');
  for (const t of report.targets) lines.push(`| ${t.target} | ${mark(t.met)} | ${t.detail} |`);
  lines.push(
    '',
    `Reproduce: \`npm run bench -- --scale ${report.scale} --duration ${report.settings.durationSeconds} ` +
      `--connections ${report.settings.connections}\``,
    '',
  );
  return lines.join('\n');
}

/** Writes <scale>-<date>.json and .md, and latest-<scale>.md (and .json, read by the xl comparison). */
export function writeReport(report: BenchReport, dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const stem = `${report.scale}-${report.startedAt.slice(0, 10)}`;
  const markdown = toMarkdown(report);
  const json = `${JSON.stringify(report, null, 2)}\n`;
  const files = [
    [path.join(dir, `${stem}.json`), json],
    [path.join(dir, `${stem}.md`), markdown],
    [path.join(dir, `latest-${report.scale}.md`), markdown],
    [path.join(dir, `latest-${report.scale}.json`), json],
  ] as const;
  for (const [file, text] of files) writeFileSync(file, text);
  return files.map(([file]) => file);
}
