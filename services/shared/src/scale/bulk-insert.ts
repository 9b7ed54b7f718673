import type { QueryRunner } from 'typeorm';

/** A column of a bulk insert: its name and PostgreSQL type (`text[]` columns travel as array literals). */
export interface BulkColumn {
  name: string;
  type: string;
}

/** Progress of one slice's load: rows written so far and how far through its work it is. */
export interface ScaleProgress {
  slice: string;
  rows: number;
  done: number;
  total: number;
}

/** `{"a","b"}`: an array value as one element of a text[] parameter (unnest would flatten a 2-D array). */
export function arrayLiteral(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}

/**
 * Collects rows column by column and writes them with one `INSERT ... SELECT FROM unnest(...)`
 * per `batchSize` rows: one statement and one parameter per column, whatever the row count.
 */
export class BulkWriter {
  private columns: unknown[][];
  private pending = 0;
  written = 0;

  constructor(
    private readonly runner: QueryRunner,
    private readonly table: string,
    private readonly spec: readonly BulkColumn[],
    private readonly batchSize = 10_000,
    private readonly onWrite?: (rows: number) => void,
    /** Rows this table references: written first, so foreign keys always find their row. */
    private readonly parent?: BulkWriter,
  ) {
    this.columns = spec.map(() => []);
  }

  async add(...row: unknown[]): Promise<void> {
    for (let i = 0; i < row.length; i++) this.columns[i].push(row[i]);
    this.pending += 1;
    if (this.pending >= this.batchSize) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.pending === 0) return;
    await this.parent?.flush();
    const params = this.spec.map((c) => `$${this.spec.indexOf(c) + 1}::${c.type.endsWith('[]') ? 'text' : c.type}[]`);
    const names = this.spec.map((c) => c.name);
    const select = this.spec.map((c) => (c.type.endsWith('[]') ? `${c.name}::${c.type}` : c.name));
    await this.runner.query(
      `INSERT INTO ${this.table} (${names.join(', ')}) SELECT ${select.join(', ')} FROM unnest(${params.join(', ')}) AS t(${names.join(', ')})`,
      this.columns,
    );
    this.written += this.pending;
    this.onWrite?.(this.pending);
    this.pending = 0;
    this.columns = this.spec.map(() => []);
  }
}

/** Parses `name type, name type` into columns. */
export function columns(list: string): BulkColumn[] {
  return list.split(',').map((part) => {
    const [name, ...type] = part.trim().split(/\s+/);
    return { name, type: type.join(' ') };
  });
}
