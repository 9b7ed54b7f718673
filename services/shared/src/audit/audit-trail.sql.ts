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

/**
 * One entry per request and kind of read instead of one per person: `person_refs` lists every person
 * whose same fields one request touched under one purpose, so a provider's list of thousands of
 * enrollments adds one row (and one GIN index entry per person) where it added thousands of rows. Rows
 * already written get their single person as a one-element list. The append-only trigger is set aside
 * for that one UPDATE, inside the migration's transaction, and nothing else changes.
 */
export const AUDIT_TRAIL_PER_REQUEST_UP: readonly string[] = [
  `ALTER TABLE audit_entry ADD COLUMN person_refs text[]`,
  `ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_change`,
  `UPDATE audit_entry SET person_refs = ARRAY[person_ref]`,
  `ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_no_change`,
  `ALTER TABLE audit_entry ALTER COLUMN person_refs SET NOT NULL, DROP COLUMN person_ref,
     ADD CONSTRAINT audit_entry_person_refs_check
       CHECK (cardinality(person_refs) > 0 AND array_position(person_refs, NULL) IS NULL)`,
  `CREATE INDEX audit_entry_person_refs_idx ON audit_entry USING gin (person_refs)`,
];

/** Back to one row per person: an entry naming several persons becomes one entry for each, in the same order. */
export const AUDIT_TRAIL_PER_REQUEST_DOWN: readonly string[] = [
  `ALTER TABLE audit_entry ADD COLUMN person_ref text`,
  `ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_change`,
  `INSERT INTO audit_entry (occurred_at, subject, organization_id, roles, purpose, action, entity, person_ref,
                            person_refs, fields, operation_name, request_id)
   SELECT a.occurred_at, a.subject, a.organization_id, a.roles, a.purpose, a.action, a.entity, r.ref, ARRAY[r.ref],
          a.fields, a.operation_name, a.request_id
     FROM audit_entry a CROSS JOIN LATERAL unnest(a.person_refs) WITH ORDINALITY AS r(ref, position)
    WHERE cardinality(a.person_refs) > 1
    ORDER BY a.id, r.position`,
  `DELETE FROM audit_entry WHERE cardinality(person_refs) > 1`,
  `UPDATE audit_entry SET person_ref = person_refs[1]`,
  `ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_no_change`,
  `ALTER TABLE audit_entry ALTER COLUMN person_ref SET NOT NULL, DROP COLUMN person_refs`,
  `CREATE INDEX audit_entry_person_idx ON audit_entry (person_ref, occurred_at)`,
];
