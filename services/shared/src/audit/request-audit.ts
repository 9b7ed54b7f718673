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

/**
 * Collects a request's reads of personal data and writes them in one statement before the response
 * leaves: per person, entity and purpose the union of the fields read; persons with equal unions share
 * one entry. Writes are recorded inside the transaction that changes the data, with `recordWrite`, so a
 * change never lands without its entry.
 */
export class RequestAudit {
  /** entity → purpose ('' for none) → person → fields. Nested maps: a list of thousands of rows records each of
   * its fields here, and a lookup must not build a key for every one. */
  private readonly reads = new Map<string, Map<string, Map<string, Set<string>>>>();
  private readCount = 0;
  operationName: string | null = null;

  constructor(
    private readonly identity: Identity,
    readonly requestId: string,
  ) {}

  read(event: Omit<AuditEvent, 'action'>): void {
    for (const field of event.fields) this.readField(event.entity, event.personRef, field, event.purpose);
  }

  /** One field of one person's data, read under a purpose: the cheap form of `read` for per-field callers. */
  readField(entity: string, personRef: string, field: string, purpose?: string | null): void {
    let byPurpose = this.reads.get(entity);
    if (!byPurpose) {
      byPurpose = new Map();
      this.reads.set(entity, byPurpose);
    }
    let byPerson = byPurpose.get(purpose ?? '');
    if (!byPerson) {
      byPerson = new Map();
      byPurpose.set(purpose ?? '', byPerson);
    }
    const fields = byPerson.get(personRef);
    if (fields) fields.add(field);
    else {
      byPerson.set(personRef, new Set([field]));
      this.readCount++;
    }
  }

  get pendingReads(): number {
    return this.readCount;
  }

  /** Writes the collected reads in one INSERT; nothing when there were none. */
  async flush(dataSource: DataSource): Promise<void> {
    if (this.readCount === 0) return;
    const events: AuditEvent[] = [];
    for (const [entity, byPurpose] of this.reads)
      for (const [purpose, byPerson] of byPurpose)
        for (const [personRef, fields] of byPerson)
          events.push({ action: 'READ', entity, personRef, purpose: purpose || null, fields: [...fields].sort() });
    this.reads.clear();
    this.readCount = 0;
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

/**
 * One statement, and one row for all persons whose same fields were touched in the same way (a list of
 * thousands of enrollments is one entry): per-person field sets are kept exact, persons only share a row
 * when theirs are equal.
 */
async function insert(
  runner: DataSource | EntityManager,
  events: readonly AuditEvent[],
  identity: Identity,
  operationName: string | null,
  requestId: string,
): Promise<void> {
  if (events.length === 0) return;
  const groups = new Map<string, { event: AuditEvent; personRefs: string[] }>();
  for (const event of events) {
    const key = JSON.stringify([event.action, event.entity, event.purpose ?? null, event.fields]);
    const group = groups.get(key);
    if (group) group.personRefs.push(event.personRef);
    else groups.set(key, { event, personRefs: [event.personRef] });
  }
  const params: unknown[] = [identity.subject, identity.organizationId, identity.roles, operationName, requestId];
  const rows = [...groups.values()].map(({ event, personRefs }) => {
    params.push(event.purpose ?? null, event.action, event.entity, personRefs, [...event.fields]);
    const n = params.length;
    return `($1, $2::uuid, $3::text[], $${n - 4}, $${n - 3}, $${n - 2}, $${n - 1}::text[], $${n}::text[], $4, $5)`;
  });
  await runner.query(
    `INSERT INTO audit_entry (subject, organization_id, roles, purpose, action, entity, person_refs, fields,
                              operation_name, request_id)
     VALUES ${rows.join(', ')}`,
    params,
  );
}
