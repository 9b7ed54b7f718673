import { createTestDatabase, type TestDatabase } from '@gk/shared/testing';
import { DataSource } from 'typeorm';
import { networkMigrations } from '../src/migrations';

const ORG = '44444444-4444-4444-8444-444444444444';
const OTHER_ORG = '55555555-5555-4555-8555-555555555555';
const ALLIANCE = '66666666-6666-4666-8666-666666666666';
const FORUM = '77777777-7777-4777-8777-777777777777';
const AGREEMENT = '88888888-8888-4888-8888-888888888888';

const columnsOf = async (db: DataSource, table: string): Promise<Record<string, string>> =>
  Object.fromEntries(
    (
      await db.query(
        `SELECT column_name, data_type, is_nullable FROM information_schema.columns
         WHERE table_name = $1 AND column_name NOT IN ('forum_id', 'agreement_id', 'organization_id')`,
        [table],
      )
    ).map((c: { column_name: string; data_type: string; is_nullable: string }) => [
      c.column_name,
      `${c.data_type}${c.is_nullable === 'NO' ? ' not null' : ''}`,
    ]),
  );

const STAMPED = {
  created_at: 'timestamp with time zone not null',
  created_by: 'text not null',
  created_by_org: 'uuid',
  updated_at: 'timestamp with time zone not null',
  updated_by: 'text not null',
  updated_by_org: 'uuid',
};

/**
 * The two link tables written before the kit's stamp keep who recorded their rows: a forum participant's
 * record becomes its creation and last change, an agreement party takes its agreement's stamp; going back
 * restores the old columns with the same values.
 */
describe('the audit stamp migration', () => {
  let database: TestDatabase;
  let db: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase('network-stamp');
    db = new DataSource({ type: 'postgres', url: database.url, migrations: networkMigrations });
    await db.initialize();
    // Every migration before the stamp, then rows in the old shape.
    for (let i = 0; i < networkMigrations.length - 1; i += 1) {
      const runner = db.createQueryRunner();
      await new networkMigrations[i]().up(runner);
      await runner.release();
    }
    await db.query(`INSERT INTO municipality (ags, name, kind) VALUES ('05566', 'Kreis Steinfurt', 'KREIS')`);
    for (const id of [ORG, OTHER_ORG])
      await db.query(
        `INSERT INTO organization (id, name, kind, areas, ags, created_by, updated_by)
         VALUES ($1, 'O', 'JOBCENTER', ARRAY['SOZIALES'], '05566', 'coordinator', 'coordinator')`,
        [id],
      );
    await db.query(
      `INSERT INTO alliance (id, name, programme, lead_ags, lead_office_id, start_date, created_by, updated_by)
       VALUES ($1, 'A', 'GEMEINSAM_KLAPPTS', '05566', $2, '2019-01-01', 'coordinator', 'coordinator')`,
      [ALLIANCE, ORG],
    );
    await db.query(
      `INSERT INTO alliance_forum (id, alliance_id, kind, title, topic, starts_on, created_by, updated_by)
       VALUES ($1, $2, 'EVENT', 'F', 'T', '2019-03-01', 'coordinator', 'coordinator')`,
      [FORUM, ALLIANCE],
    );
    await db.query(
      `INSERT INTO alliance_forum_participant (forum_id, organization_id, recorded_at, recorded_by, recorded_by_org)
       VALUES ($1, $2, '2019-03-02T10:00Z', 'recorder', $3)`,
      [FORUM, OTHER_ORG, ORG],
    );
    await db.query(
      `INSERT INTO procedure_agreement (id, alliance_id, title, signed_on, summary, created_at, created_by,
         created_by_org, updated_at, updated_by)
       VALUES ($1, $2, 'V', '2019-04-01', 'S', '2019-04-02T10:00Z', 'signer', $3, '2020-01-01T00:00Z', 'later')`,
      [AGREEMENT, ALLIANCE, ORG],
    );
    for (const id of [ORG, OTHER_ORG])
      await db.query(`INSERT INTO procedure_agreement_party (agreement_id, organization_id) VALUES ($1, $2)`, [
        AGREEMENT,
        id,
      ]);
  });

  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  it('renames and adds the six columns, fills them from what exists, and reverses', async () => {
    const migration = new networkMigrations[networkMigrations.length - 1]();
    const runner = db.createQueryRunner();
    await migration.up(runner);

    expect(await columnsOf(db, 'alliance_forum_participant')).toEqual(STAMPED);
    expect(await columnsOf(db, 'procedure_agreement_party')).toEqual(STAMPED);
    const stamp = `SELECT created_at, created_by, created_by_org, updated_at, updated_by, updated_by_org`;
    const recorded = new Date('2019-03-02T10:00Z');
    expect(await db.query(`${stamp} FROM alliance_forum_participant`)).toEqual([
      {
        created_at: recorded,
        created_by: 'recorder',
        created_by_org: ORG,
        updated_at: recorded,
        updated_by: 'recorder',
        updated_by_org: ORG,
      },
    ]);
    // A party was recorded with its agreement: its creation, not the agreement's later change.
    const signed = new Date('2019-04-02T10:00Z');
    const party = {
      created_at: signed,
      created_by: 'signer',
      created_by_org: ORG,
      updated_at: signed,
      updated_by: 'signer',
      updated_by_org: ORG,
    };
    expect(await db.query(`${stamp} FROM procedure_agreement_party`)).toEqual([party, party]);

    await migration.down(runner);
    await runner.release();
    expect(await columnsOf(db, 'alliance_forum_participant')).toEqual({
      recorded_at: 'timestamp with time zone not null',
      recorded_by: 'text not null',
      recorded_by_org: 'uuid',
    });
    expect(await columnsOf(db, 'procedure_agreement_party')).toEqual({});
    expect(await db.query(`SELECT recorded_at, recorded_by, recorded_by_org FROM alliance_forum_participant`)).toEqual([
      { recorded_at: recorded, recorded_by: 'recorder', recorded_by_org: ORG },
    ]);
    expect(await db.query(`SELECT count(*)::int AS n FROM procedure_agreement_party`)).toEqual([{ n: 2 }]);
  });
});
