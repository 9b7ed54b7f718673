import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables whose rows already carried who created and who last changed them. */
const CHANGED_TABLES = ['offer', 'enrollment'];

/**
 * The kit's audit stamp on every written row, named alike in every subgraph's database:
 * `created_by_organization_id` and `updated_by_organization_id` become `created_by_org` and
 * `updated_by_org`. Quality reviews were never changed after they were recorded, so their last change
 * is their creation: `updated_at`, `updated_by` and `updated_by_org` are added and filled from the
 * `created_*` columns. No row is lost or altered otherwise; `down` restores the former columns.
 */
export class OffersAuditStamp1764500000000 implements MigrationInterface {
  name = 'OffersAuditStamp1764500000000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of CHANGED_TABLES) {
      await q.query(`ALTER TABLE ${table} RENAME COLUMN created_by_organization_id TO created_by_org`);
      await q.query(`ALTER TABLE ${table} RENAME COLUMN updated_by_organization_id TO updated_by_org`);
    }
    await q.query(`ALTER TABLE quality_review RENAME COLUMN created_by_organization_id TO created_by_org`);
    await q.query(
      `ALTER TABLE quality_review ADD COLUMN updated_at timestamptz, ADD COLUMN updated_by text, ` +
        `ADD COLUMN updated_by_org uuid`,
    );
    await q.query(
      `UPDATE quality_review SET updated_at = created_at, updated_by = created_by, updated_by_org = created_by_org`,
    );
    await q.query(
      `ALTER TABLE quality_review ALTER COLUMN updated_at SET NOT NULL, ALTER COLUMN updated_at SET DEFAULT now(), ` +
        `ALTER COLUMN updated_by SET NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE quality_review DROP COLUMN updated_by_org, DROP COLUMN updated_by, DROP COLUMN updated_at`,
    );
    await q.query(`ALTER TABLE quality_review RENAME COLUMN created_by_org TO created_by_organization_id`);
    for (const table of CHANGED_TABLES) {
      await q.query(`ALTER TABLE ${table} RENAME COLUMN updated_by_org TO updated_by_organization_id`);
      await q.query(`ALTER TABLE ${table} RENAME COLUMN created_by_org TO created_by_organization_id`);
    }
  }
}
