import type { MigrationInterface, QueryRunner } from 'typeorm';

/** How one table's existing audit columns map onto the kit's stamp (created_*, updated_*). */
interface StampedTable {
  table: string;
  /** Existing columns that become created_at, created_by and created_by_org. */
  created: { at: string; by: string; org: string };
  /** Existing columns that become updated_*; null when the table had none (they are added). */
  updated: { at: string; by: string; org: string } | null;
  /**
   * For a table without updated_*: the last change that the old columns record, as SQL expressions
   * (at, by, org) over the row; the creation when there was none.
   */
  lastChange?: { at: string; by: string; org: string };
}

const TABLES: readonly StampedTable[] = [
  {
    table: 'person',
    created: { at: 'created_at', by: 'created_by_subject', org: 'created_by_organization_id' },
    updated: { at: 'updated_at', by: 'updated_by_subject', org: 'updated_by_organization_id' },
  },
  {
    table: 'need',
    created: { at: 'recorded_at', by: 'recorded_by_subject', org: 'recorded_by_organization_id' },
    updated: { at: 'updated_at', by: 'updated_by_subject', org: 'updated_by_organization_id' },
  },
  {
    table: 'residence_status_period',
    created: { at: 'recorded_at', by: 'recorded_by_subject', org: 'recorded_by_organization_id' },
    updated: null,
  },
  {
    table: 'benefit_regime_period',
    created: { at: 'recorded_at', by: 'recorded_by_subject', org: 'recorded_by_organization_id' },
    updated: null,
  },
  {
    table: 'consent',
    created: { at: 'granted_at', by: 'granted_by_subject', org: 'granted_by_organization_id' },
    updated: null,
    // A revocation is the last change of a revoked consent.
    lastChange: {
      at: 'coalesce(revoked_at, created_at)',
      by: 'coalesce(revoked_by_subject, created_by)',
      org: 'CASE WHEN revoked_at IS NULL THEN created_by_org ELSE CAST(revoked_by_organization_id AS uuid) END',
    },
  },
  {
    table: 'referral',
    created: { at: 'requested_at', by: 'requested_by_subject', org: 'requested_by_organization_id' },
    updated: null,
    // Closing, or else answering, is the last change of a referral.
    lastChange: {
      at: 'coalesce(closed_at, answered_at, created_at)',
      by: 'coalesce(closed_by_subject, answered_by_subject, created_by)',
      org:
        'CASE WHEN closed_at IS NOT NULL THEN CAST(closed_by_organization_id AS uuid)' +
        ' WHEN answered_at IS NOT NULL THEN CAST(answered_by_organization_id AS uuid) ELSE created_by_org END',
    },
  },
  {
    table: 'person_event',
    created: { at: 'occurred_at', by: 'actor_subject', org: 'actor_organization_id' },
    updated: null,
  },
  {
    table: 'erasure_request',
    created: { at: 'requested_at', by: 'requested_by_subject', org: 'requested_by_organization_id' },
    updated: null,
  },
];

/**
 * Every written row of the persons database carries the kit's audit stamp, named alike in every
 * subgraph: created_at, created_by, created_by_org, updated_at, updated_by, updated_by_org. Existing
 * columns are renamed (organisations become uuid, as identities name them); tables that recorded no
 * change get updated_* filled from the last change their rows do record, else from the creation.
 * Nothing is lost: `down` gives the old columns back with their values.
 */
export class PersonsAuditStamp1764500000000 implements MigrationInterface {
  name = 'PersonsAuditStamp1764500000000';

  async up(q: QueryRunner): Promise<void> {
    for (const { table, created, updated, lastChange } of TABLES) {
      await renameStamp(q, table, created, 'created');
      if (updated) {
        await renameStamp(q, table, updated, 'updated');
        continue;
      }
      await q.query(
        `ALTER TABLE ${table} ADD COLUMN updated_at timestamptz, ADD COLUMN updated_by text,` +
          ' ADD COLUMN updated_by_org uuid',
      );
      const last = lastChange ?? { at: 'created_at', by: 'created_by', org: 'created_by_org' };
      await q.query(
        `UPDATE ${table} SET updated_at = ${last.at}, updated_by = ${last.by}, updated_by_org = ${last.org}`,
      );
      await q.query(
        `ALTER TABLE ${table} ALTER COLUMN updated_at SET DEFAULT now(), ALTER COLUMN updated_at SET NOT NULL,` +
          ' ALTER COLUMN updated_by SET NOT NULL',
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const { table, created, updated } of [...TABLES].reverse()) {
      if (updated) await renameStampBack(q, table, updated, 'updated');
      else
        await q.query(
          `ALTER TABLE ${table} DROP COLUMN updated_at, DROP COLUMN updated_by, DROP COLUMN updated_by_org`,
        );
      await renameStampBack(q, table, created, 'created');
    }
  }
}

async function renameStamp(
  q: QueryRunner,
  table: string,
  old: { at: string; by: string; org: string },
  to: 'created' | 'updated',
): Promise<void> {
  if (old.at !== `${to}_at`) await q.query(`ALTER TABLE ${table} RENAME COLUMN ${old.at} TO ${to}_at`);
  await q.query(`ALTER TABLE ${table} RENAME COLUMN ${old.by} TO ${to}_by`);
  await q.query(`ALTER TABLE ${table} RENAME COLUMN ${old.org} TO ${to}_by_org`);
  await q.query(`ALTER TABLE ${table} ALTER COLUMN ${to}_by_org TYPE uuid USING CAST(${to}_by_org AS uuid)`);
}

async function renameStampBack(
  q: QueryRunner,
  table: string,
  old: { at: string; by: string; org: string },
  from: 'created' | 'updated',
): Promise<void> {
  await q.query(`ALTER TABLE ${table} ALTER COLUMN ${from}_by_org TYPE text USING CAST(${from}_by_org AS text)`);
  await q.query(`ALTER TABLE ${table} RENAME COLUMN ${from}_by_org TO ${old.org}`);
  await q.query(`ALTER TABLE ${table} RENAME COLUMN ${from}_by TO ${old.by}`);
  if (old.at !== `${from}_at`) await q.query(`ALTER TABLE ${table} RENAME COLUMN ${from}_at TO ${old.at}`);
}
