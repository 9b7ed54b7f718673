/**
 * The append-only audit trail every subgraph keeps in its own database. A trigger refuses UPDATE,
 * DELETE and TRUNCATE for every role, the service's own included; entries only ever get added.
 * Call from a migration: `for (const sql of AUDIT_TRAIL_UP) await queryRunner.query(sql)`.
 */
export const AUDIT_TRAIL_UP: readonly string[] = [
  `CREATE TABLE audit_entry (
    id bigserial PRIMARY KEY,
    occurred_at timestamptz NOT NULL DEFAULT now(),
    subject text NOT NULL,
    organization_id uuid,
    roles text[] NOT NULL,
    purpose text,
    action text NOT NULL CHECK (action IN ('READ', 'WRITE', 'ERASE')),
    entity text NOT NULL,
    person_ref text NOT NULL,
    fields text[] NOT NULL,
    operation_name text,
    request_id text
  )`,
  `CREATE INDEX audit_entry_person_idx ON audit_entry (person_ref, occurred_at)`,
  `CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'audit entries are append-only' USING ERRCODE = 'insufficient_privilege';
    END $$`,
  `CREATE TRIGGER audit_entry_no_change BEFORE UPDATE OR DELETE ON audit_entry FOR EACH ROW EXECUTE ` +
    `FUNCTION audit_entry_append_only()`,
  `CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry FOR EACH STATEMENT EXECUTE ` +
    `FUNCTION audit_entry_append_only()`,
];

export const AUDIT_TRAIL_DOWN: readonly string[] = [
  `DROP TABLE audit_entry`,
  `DROP FUNCTION audit_entry_append_only()`,
];
