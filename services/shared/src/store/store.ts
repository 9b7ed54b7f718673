import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import type { AuditAction, AuditEvent, RequestAudit } from '../audit/request-audit';

/** Records a write's entries in the audit trail, inside the write's own transaction. */
export type AuditTrail = (events: readonly Omit<AuditEvent, 'action'>[], action?: AuditAction) => Promise<void>;

/**
 * Database constraints a racing writer can still hit after a service checked: each becomes the domain
 * error the service itself gives, never an internal error. Keyed by constraint name.
 */
export type ConstraintErrors = Readonly<Record<string, () => Error>>;

/** Name of the database constraint a failed statement violated, if any (PostgreSQL reports it with the error). */
export function violatedConstraint(error: unknown): string | null {
  if (!(error instanceof QueryFailedError)) return null;
  const constraint = (error.driverError as { constraint?: unknown } | undefined)?.constraint;
  return typeof constraint === 'string' ? constraint : null;
}

export interface StoreOptions<R> {
  /** Every repository of the subgraph, bound to one connection or transaction. */
  repositories(manager: EntityManager): R;
  /** The request's audit: writes record their entries through it, in their transaction. */
  audit: RequestAudit;
  constraints?: ConstraintErrors;
}

/**
 * A subgraph's access to its own database, the same in every subgraph: `read` for plain reads, and
 * `write` for a unit of work that lands whole or not at all, with its audit entries in the same
 * transaction. A violated constraint leaves it as the domain error the subgraph names for it.
 */
export class Store<R> {
  readonly read: R;

  constructor(
    private readonly dataSource: DataSource,
    private readonly options: StoreOptions<R>,
  ) {
    this.read = options.repositories(dataSource.manager);
  }

  async write<T>(work: (tx: R, trail: AuditTrail, manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction((manager) =>
        work(
          this.options.repositories(manager),
          (events, action = 'WRITE') => this.options.audit.recordWrite(manager, events, action),
          manager,
        ),
      );
    } catch (error) {
      const constraint = violatedConstraint(error);
      const translate = constraint ? this.options.constraints?.[constraint] : undefined;
      throw translate ? translate() : error;
    }
  }
}
