import 'reflect-metadata';
import { SCALE_SIZES, type ScaleProgress } from '@gk/fixtures';
import { dataFolder, ensureScaleData } from './scale-data';

/**
 * `npm run seed -- --scale nrw [--seed 42] [--fresh]`: loads (or reuses) a scale's data into the
 * embedded PostgreSQL in .data/bench-<scale>/ (or DATABASE_SERVER_URL) and prints a summary.
 */
function parse(argv: string[]): { scale: 'demo' | 'nrw' | 'xl'; seed: number; fresh: boolean } {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const scale = value('--scale') ?? 'nrw';
  if (scale !== 'demo' && !(scale in SCALE_SIZES)) throw new Error(`Unknown scale "${scale}": use demo, nrw or xl.`);
  const seed = Number(value('--seed') ?? 42);
  if (!Number.isInteger(seed) || seed < 0) throw new Error('--seed takes a whole number of 0 or more.');
  return { scale: scale as 'demo' | 'nrw' | 'xl', seed, fresh: argv.includes('--fresh') };
}

async function main(): Promise<void> {
  const args = parse(process.argv.slice(2));
  const last = new Map<string, ScaleProgress & { seconds: number }>();
  let printed = 0;
  let lastLine = 0;
  const show = () => {
    if (!process.stdout.isTTY && Date.now() - lastLine < 2000) return;
    lastLine = Date.now();
    const line = [...last.values()]
      .map(
        (p) =>
          `${p.slice} ${p.rows.toLocaleString('en')} rows ` +
          `${Math.round(p.rows / Math.max(0.1, p.seconds)).toLocaleString('en')}/s ` +
          `${Math.floor((100 * p.done) / Math.max(1, p.total))}%`,
      )
      .join(' | ');
    if (process.stdout.isTTY) process.stdout.write(`\r${line.padEnd(printed)}`);
    else console.log(line);
    printed = line.length;
  };
  console.log(
    `seed: scale ${args.scale}, seed ${args.seed}, data in ${dataFolder(args.scale)}${args.fresh ? ' (fresh)' : ''}`,
  );
  const data = await ensureScaleData({
    ...args,
    onProgress: (p) => {
      last.set(p.slice, p);
      show();
    },
  });
  if (process.stdout.isTTY && printed > 0) process.stdout.write('\n');
  const { manifest } = data;
  console.log(
    data.reused
      ? `reused the data loaded at ${manifest.loadedAt} (same scale, seed, generator and migrations); --fresh reloads`
      : 'loaded',
  );
  for (const [slice, counts] of Object.entries(manifest.counts)) {
    const rows = Object.values(counts).reduce((a, b) => a + b, 0);
    const seconds = manifest.loadSeconds[slice as keyof typeof manifest.loadSeconds];
    console.log(
      `  ${slice.padEnd(8)} ${String(seconds).padStart(6)} s  ` +
        `${rows.toLocaleString('en').padStart(10)} rows  ` +
        Object.entries(counts)
          .map(([t, n]) => `${t} ${n.toLocaleString('en')}`)
          .join(', '),
    );
  }
  console.log(
    `  total    ${String(manifest.loadSeconds.total).padStart(6)} s (wall time of the load; slices two at a time)`,
  );
  console.log(`server: ${data.serverUrl.replace(/:[^:@/]+@/, ':***@')}`);
  await data.stop();
}

main().catch((error: unknown) => {
  console.error(`\nseed failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
