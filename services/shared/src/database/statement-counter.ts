import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger as TypeOrmLogger } from 'typeorm';
import type { Logger } from '../logging/logger';

interface Scope {
  statements: number;
}

/**
 * Counts the SQL statements a service sends, in total and per request, so tests can assert that
 * batching keeps the count constant and the benchmark can report statements per operation.
 * It logs only that a statement ran, never its parameters (they may be personal data).
 */
export class StatementCounter implements TypeOrmLogger {
  private total = 0;
  private runs = 0;
  private readonly storage = new AsyncLocalStorage<Scope>();

  constructor(private readonly logger?: Logger) {}

  get count(): number {
    return this.total;
  }

  /** GraphQL requests the service has served (each runs once through `run`): the fetches a gateway's plan made. */
  get requests(): number {
    return this.runs;
  }

  /** Runs `fn` with its own per-request count, readable through `current()`. */
  run<T>(fn: () => T): T {
    this.runs += 1;
    return this.storage.run({ statements: 0 }, fn);
  }

  current(): number {
    return this.storage.getStore()?.statements ?? 0;
  }

  logQuery(query: string): void {
    if (/^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE SAVEPOINT|SET TRANSACTION)/i.test(query.trim()))
      return;
    this.total += 1;
    const scope = this.storage.getStore();
    if (scope) scope.statements += 1;
  }

  logQueryError(error: string | Error): void {
    this.logger?.warn(
      { errorName: error instanceof Error ? error.name : 'QueryError', dbCode: (error as { code?: string }).code },
      'query failed',
    );
  }

  logQuerySlow(time: number): void {
    this.logger?.warn({ durationMs: time }, 'slow query');
  }

  logSchemaBuild(): void {}

  logMigration(message: string): void {
    this.logger?.info({ migration: message }, 'migration');
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger?.warn({ detail: String(message).slice(0, 200) }, 'typeorm');
  }
}
