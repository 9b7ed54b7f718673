import type { DataSource } from 'typeorm';
import type { DataAccessRecord } from './data-access-record.type';

interface Row {
  occurred_at: Date;
  subject: string;
  organization_id: string | null;
  roles: string[];
  purpose: string | null;
  action: string;
  entity: string;
  fields: string[];
  operation_name: string | null;
}

function toRecord(r: Row): DataAccessRecord {
  return {
    occurredAt: r.occurred_at,
    subject: r.subject,
    organizationId: r.organization_id,
    roles: r.roles,
    purpose: r.purpose,
    action: r.action,
    entity: r.entity,
    fields: r.fields,
    operationName: r.operation_name,
  };
}

/**
 * Reads a subgraph's audit trail for several persons in one statement (for a DataLoader), newest
 * first and at most `limitPerPerson` entries each; one list per person, in the order asked.
 */
export async function auditEntriesForPersons(
  dataSource: DataSource,
  personRefs: readonly string[],
  limitPerPerson = 500,
): Promise<DataAccessRecord[][]> {
  // Per person the newest entries through the GIN index (`&&` with one element needs no recheck, so the long
  // lists of other entries are never read), at most `limitPerPerson` each.
  const rows: (Row & { person_ref: string })[] = await dataSource.query(
    `SELECT e.occurred_at, e.subject, e.organization_id, e.roles, e.purpose, e.action, e.entity, e.fields,
            e.operation_name, q.ref AS person_ref
       FROM unnest($1::text[]) AS q(ref)
       CROSS JOIN LATERAL (
         SELECT id, occurred_at, subject, organization_id, roles, purpose, action, entity, fields, operation_name
           FROM audit_entry WHERE person_refs && ARRAY[q.ref]
          ORDER BY occurred_at DESC, id DESC LIMIT $2) e
      ORDER BY q.ref, e.occurred_at DESC, e.id DESC`,
    [personRefs, limitPerPerson],
  );
  const byPerson = new Map<string, DataAccessRecord[]>();
  for (const row of rows) {
    const list = byPerson.get(row.person_ref) ?? [];
    list.push(toRecord(row));
    byPerson.set(row.person_ref, list);
  }
  return personRefs.map((ref) => byPerson.get(ref) ?? []);
}

/** Reads a subgraph's audit trail for one person, newest first (for the data protection officer). */
export async function auditEntriesFor(
  dataSource: DataSource,
  personRef: string,
  limit = 500,
): Promise<DataAccessRecord[]> {
  return (await auditEntriesForPersons(dataSource, [personRef], limit))[0];
}
