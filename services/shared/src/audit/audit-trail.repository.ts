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

/** Reads a subgraph's audit trail for one person, newest first (for the data protection officer). */
export async function auditEntriesFor(dataSource: DataSource, personRef: string, limit = 500): Promise<DataAccessRecord[]> {
  const rows: Row[] = await dataSource.query(
    `SELECT occurred_at, subject, organization_id, roles, purpose, action, entity, fields, operation_name
       FROM audit_entry WHERE person_ref = $1 ORDER BY occurred_at DESC, id DESC LIMIT $2`,
    [personRef, limit],
  );
  return rows.map((r) => ({
    occurredAt: r.occurred_at,
    subject: r.subject,
    organizationId: r.organization_id,
    roles: r.roles,
    purpose: r.purpose,
    action: r.action,
    entity: r.entity,
    fields: r.fields,
    operationName: r.operation_name,
  }));
}
