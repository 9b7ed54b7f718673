import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Gives the two link tables the stamp every other written table of the network already carries (the kit's
 * AuditedRow): forum participants had their own recorded_* names and no last change, agreement parties had no
 * stamp at all. Existing rows keep what they knew: a participant's record becomes its creation and last change,
 * a party takes the stamp of the agreement it was recorded with.
 */
export class NetworkAuditStamp1764500000000 implements MigrationInterface {
  name = 'NetworkAuditStamp1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE alliance_forum_participant RENAME COLUMN recorded_at TO created_at`);
    await q.query(`ALTER TABLE alliance_forum_participant RENAME COLUMN recorded_by TO created_by`);
    await q.query(`ALTER TABLE alliance_forum_participant RENAME COLUMN recorded_by_org TO created_by_org`);
    await q.query(`
      ALTER TABLE alliance_forum_participant
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN updated_by text,
        ADD COLUMN updated_by_org uuid`);
    await q.query(`
      UPDATE alliance_forum_participant
         SET updated_at = created_at, updated_by = created_by, updated_by_org = created_by_org`);
    await q.query(`ALTER TABLE alliance_forum_participant ALTER COLUMN updated_by SET NOT NULL`);

    await q.query(`
      ALTER TABLE procedure_agreement_party
        ADD COLUMN created_at timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN created_by text,
        ADD COLUMN created_by_org uuid,
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN updated_by text,
        ADD COLUMN updated_by_org uuid`);
    await q.query(`
      UPDATE procedure_agreement_party p
         SET created_at = a.created_at, created_by = a.created_by, created_by_org = a.created_by_org,
             updated_at = a.created_at, updated_by = a.created_by, updated_by_org = a.created_by_org
        FROM procedure_agreement a
       WHERE a.id = p.agreement_id`);
    await q.query(`
      ALTER TABLE procedure_agreement_party
        ALTER COLUMN created_by SET NOT NULL,
        ALTER COLUMN updated_by SET NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE procedure_agreement_party
        DROP COLUMN created_at, DROP COLUMN created_by, DROP COLUMN created_by_org,
        DROP COLUMN updated_at, DROP COLUMN updated_by, DROP COLUMN updated_by_org`);
    await q.query(`
      ALTER TABLE alliance_forum_participant
        DROP COLUMN updated_at, DROP COLUMN updated_by, DROP COLUMN updated_by_org`);
    await q.query(`ALTER TABLE alliance_forum_participant RENAME COLUMN created_by_org TO recorded_by_org`);
    await q.query(`ALTER TABLE alliance_forum_participant RENAME COLUMN created_by TO recorded_by`);
    await q.query(`ALTER TABLE alliance_forum_participant RENAME COLUMN created_at TO recorded_at`);
  }
}
