import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables that recorded only who created a row; the stamp adds who changed it last. */
const CREATED_ONLY = ['funding_program', 'budget', 'allocation', 'expenditure'] as const;
const ALL = [...CREATED_ONLY, 'funding_application'] as const;

/**
 * An organisation id kept as text becomes a uuid. Text that is no UUID stops the migration (it runs in
 * one transaction, so nothing changes) rather than losing who wrote a row, as in the persons database.
 */
const AS_UUID = (column: string) => `${column}::uuid`;

/**
 * Every written row carries the kit's stamp, named alike in every subgraph's database: created_at,
 * created_by, created_by_org, updated_at, updated_by, updated_by_org, the organisations as uuid.
 * Existing columns are renamed; rows that were never changed get their creation as their last change.
 */
export class FundingAuditStamp1764500000000 implements MigrationInterface {
  name = 'FundingAuditStamp1764500000000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of ALL) {
      await q.query(`ALTER TABLE ${table} RENAME COLUMN created_organization_id TO created_by_org`);
      await q.query(`ALTER TABLE ${table} ALTER COLUMN created_by_org TYPE uuid USING ${AS_UUID('created_by_org')}`);
    }
    await q.query(`ALTER TABLE funding_application RENAME COLUMN updated_organization_id TO updated_by_org`);
    await q.query(
      `ALTER TABLE funding_application ALTER COLUMN updated_by_org TYPE uuid USING ${AS_UUID('updated_by_org')}`,
    );

    // Expenditures are append-only; filling the new columns is no correction of a booking.
    await q.query(`ALTER TABLE expenditure DISABLE TRIGGER expenditure_append_only`);
    for (const table of CREATED_ONLY) {
      await q.query(
        `ALTER TABLE ${table} ADD COLUMN updated_at timestamptz, ADD COLUMN updated_by text, ` +
          `ADD COLUMN updated_by_org uuid`,
      );
      await q.query(
        `UPDATE ${table} SET updated_at = created_at, updated_by = created_by, updated_by_org = created_by_org`,
      );
      await q.query(
        `ALTER TABLE ${table} ALTER COLUMN updated_at SET NOT NULL, ALTER COLUMN updated_at SET DEFAULT now(), ` +
          `ALTER COLUMN updated_by SET NOT NULL`,
      );
    }
    await q.query(`ALTER TABLE expenditure ENABLE TRIGGER expenditure_append_only`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of CREATED_ONLY) {
      await q.query(`ALTER TABLE ${table} DROP COLUMN updated_at, DROP COLUMN updated_by, DROP COLUMN updated_by_org`);
    }
    await q.query(`ALTER TABLE funding_application ALTER COLUMN updated_by_org TYPE text USING updated_by_org::text`);
    await q.query(`ALTER TABLE funding_application RENAME COLUMN updated_by_org TO updated_organization_id`);
    for (const table of ALL) {
      await q.query(`ALTER TABLE ${table} ALTER COLUMN created_by_org TYPE text USING created_by_org::text`);
      await q.query(`ALTER TABLE ${table} RENAME COLUMN created_by_org TO created_organization_id`);
    }
  }
}
