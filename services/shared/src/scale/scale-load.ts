import type { DataSource, QueryRunner } from 'typeorm';
import { BulkWriter, columns, type ScaleProgress } from './bulk-insert';
import type { ScaleInput } from './scale-definition';
import { ScaleWorld } from './scale-world';

/** What a subgraph's scale slice loader is asked to load. */
export interface ScaleSliceOptions {
  scale: ScaleInput;
  seed: number;
  onProgress?: (progress: ScaleProgress) => void;
  /** Rows per INSERT statement. */
  batchSize?: number;
}

/** What a slice's own loading code gets from {@link runScaleLoad}. */
export interface ScaleLoadContext {
  world: ScaleWorld;
  /** The slice's one connection, inside its transaction. */
  runner: QueryRunner;
  /** Rows per INSERT statement. */
  batchSize: number;
  /** A bulk writer on the transaction that reports every written batch as progress. */
  writer(table: string, spec: string, parent?: BulkWriter): BulkWriter;
  /** Advances how far through its work the slice is (shown with the next written batch). */
  step(by?: number): void;
}

/**
 * The frame every scale slice loader shares: builds the world, writes inside one transaction on one
 * connection, records the run in `seed_run`, commits, ANALYZEs and reports the final progress;
 * rolls back on failure. `load` writes the slice's own tables (and handles its own triggers) and
 * returns the rows written per table.
 */
export async function runScaleLoad(
  dataSource: DataSource,
  options: ScaleSliceOptions,
  slice: { name: string; total: (world: ScaleWorld) => number },
  load: (context: ScaleLoadContext) => Promise<Record<string, number>>,
): Promise<Record<string, number>> {
  const world = new ScaleWorld(options.scale, options.seed);
  const runner = dataSource.createQueryRunner();
  const total = slice.total(world);
  let rows = 0;
  let done = 0;
  const report = (n: number) => {
    rows += n;
    options.onProgress?.({ slice: slice.name, rows, done, total });
  };
  const batchSize = options.batchSize ?? 10_000;
  const context: ScaleLoadContext = {
    world,
    runner,
    batchSize,
    writer: (table, spec, parent) => new BulkWriter(runner, table, columns(spec), batchSize, report, parent),
    step: (by = 1) => {
      done += by;
    },
  };
  await runner.connect();
  try {
    await runner.startTransaction();
    const counts = await load(context);
    await runner.query(`INSERT INTO seed_run (name) VALUES ($1)`, [`scale:${world.size.name}:${options.seed}`]);
    await runner.commitTransaction();
    await runner.query('ANALYZE');
    report(0);
    return counts;
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    throw error;
  } finally {
    await runner.release();
  }
}
