import path from 'node:path';
import { REPO_ROOT } from '@gk/gateway';
import { parseBenchArgs } from './bench-options';
import { toMarkdown, writeReport } from './report';
import { runBenchmark } from './run-benchmark';

/** `npm run bench -- --scale nrw [--duration 15] [--connections 10] [--operations 1,2,3]` */
async function main(): Promise<void> {
  const options = parseBenchArgs(process.argv.slice(2), path.join(REPO_ROOT, 'bench', 'results'));
  const report = await runBenchmark(options);
  process.stdout.write(`\n${toMarkdown(report)}\n`);
  if (options.resultsDir)
    for (const file of writeReport(report, options.resultsDir))
      process.stdout.write(`wrote ${path.relative(REPO_ROOT, file)}\n`);
  process.exit(0);
}

main().catch((error: unknown) => {
  process.stderr.write(`benchmark failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
