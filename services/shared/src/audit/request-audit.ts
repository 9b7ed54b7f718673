import type { DataSource, EntityManager } from 'typeorm';
import type { Identity } from '../auth/identity';

export type AuditAction = 'READ' | 'WRITE' | 'ERASE';

/** One access to personal data: who (from the verified identity), what, about whom. */
export interface AuditEvent {
  action: AuditAction;
  /** GraphQL type whose personal fields were touched, e.g. "Person" or "Enrollment". */
  entity: string;
  /** The person concerned: their id (the trail must answer "who saw my data"). */
  personRef: string;
  fields: readonly string[];
  purpose?: string | null;
}

const COLUMNS = [
  'subject',
  'organization_id',
  'roles',
  'purpose',
  'action',
  'entity',
  'person_ref',
  'fields',
  'operation_name',
  'request_id',
];

/**
 * Collects a request's reads of personal data and writes them in one statement before the response
 * leaves (same person, entity and action merge their fields). Writes are recorded inside the
 * transaction that changes the data, with `recordWrite`, so a change never lands without its entry.
 */
export class RequestAudit {
  private readonly reads = new Map<string, AuditEvent & { fieldSet: Set<string> }>();
  operationName: string | null = null;

  constructor(
    private readonly identity: Identity,
    readonly requestId: string,
  ) {}

  read(event: Omit<AuditEvent, 'action'>): void {
    const key = `${event.entity}\u0000${event.personRef}\u0000${event.purpose ?? ''}`;
    const existing = this.reads.get(key);
    if (existing) for (const f of event.fields) existing.fieldSet.add(f);
    else this.reads.set(key, { ...event, action: 'READ', fieldSet: new Set(event.fields) });
  }

  get pendingReads(): number {
    return this.reads.size;
  }

  /** Writes the collected reads in one INSERT; nothing when there were none. */
  async flush(dataSource: DataSource): Promise<void> {
    if (this.reads.size === 0) return;
    const events = [...this.reads.values()].map(({ fieldSet, ...e }) => ({ ...e, fields: [...fieldSet].sort() }));
    this.reads.clear();
    await insert(dataSource, events, this.identity, this.operationName, this.requestId);
  }

  /** Records changes within the caller's transaction. */
  recordWrite(
    manager: EntityManager,
    events: readonly Omit<AuditEvent, 'action'>[],
    action: AuditAction = 'WRITE',
  ): Promise<void> {
    return insert(
      manager,
      events.map((e) => ({ ...e, action })),
      this.identity,
      this.operationName,
      this.requestId,
    );
  }
}

async function insert(
  runner: DataSource | EntityManager,
  events: readonly AuditEvent[],
  identity: Identity,
  operationName: string | null,
  requestId: string,
): Promise<void> {
  if (events.length === 0) return;
  const params: unknown[] = [];
  const rows = events.map((e) => {
    const values = [
      identity.subject,
      identity.organizationId,
      identity.roles,
      e.purpose ?? null,
      e.action,
      e.entity,
      e.personRef,
      [...e.fields],
      operationName,
      requestId,
    ];
    const placeholders = values.map((v) => {
      params.push(v);
      return `$${params.length}`;
    });
    return `(${placeholders.join(', ')})`;
  });
  await runner.query(`INSERT INTO audit_entry (${COLUMNS.join(', ')}) VALUES ${rows.join(', ')}`, params);
}
