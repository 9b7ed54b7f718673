import { createTestDatabase, type TestDatabase } from '@gk/shared/testing';
import { DataSource } from 'typeorm';
import { fundingMigrations } from '../src/migrations';

const ORG = '44444444-4444-4444-8444-444444444444';
const PROGRAM = '55555555-5555-4555-8555-555555555555';
const BUDGET = '66666666-6666-4666-8666-666666666666';
const ALLOCATION = '77777777-7777-4777-8777-777777777777';
const OFFER = '88888888-8888-4888-8888-888888888888';

const columnsOf = async (db: DataSource, table: string): Promise<Record<string, string>> =>
  Object.fromEntries(
    (
      await db.query(
        `SELECT column_name, data_type FROM information_schema.columns
         WHERE table_name = $1 AND (column_name LIKE 'created%' OR column_name LIKE 'updated%')`,
        [table],
      )
    ).map((c: { column_name: string; data_type: string }) => [c.column_name, c.data_type]),
  );

/**
 * Rows written before the kit's stamp keep who created them under the new names, and count their
 * creation as their last change; going back restores the old columns with the same values.
 */
describe('the audit stamp migration', () => {
  let database: TestDatabase;
  let db: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase('funding-stamp');
    db = new DataSource({ type: 'postgres', url: database.url, migrations: fundingMigrations });
    await db.initialize();
    // Every migration before the stamp, then rows in the old shape.
    const stamp = fundingMigrations.length - 1;
    for (let i = 0; i < stamp; i += 1) {
      const runner = db.createQueryRunner();
      await new fundingMigrations[i]().up(runner);
      await runner.release();
    }
    await db.query(
      `INSERT INTO funding_program (id, name, funder, period_start, max_funding_rate_bp, target_rule, created_by,
         created_organization_id, created_at)
       VALUES ($1, 'P', 'LAND_NRW', '2019-01-01', 8000, 'WHOLE_TARGET_GROUP', 'officer', $2, '2020-01-01T00:00Z')`,
      [PROGRAM, ORG],
    );
    await db.query(
      `INSERT INTO budget (id, municipality_ags, fiscal_year, budget_product, plan, line_kind, source, title,
         amount_cents, financing_secured, created_by, created_organization_id)
       VALUES ($1, '05566', 2019, '8101', 'RESULT_PLAN', 'AUFWENDUNGEN', 'OWN_FUNDS', 'x', 100, true, 'officer', $2)`,
      [BUDGET, ORG],
    );
    await db.query(
      `INSERT INTO allocation (id, budget_id, offer_id, fiscal_year, amount_cents, created_by, created_organization_id)
       VALUES ($1, $2, $3, 2019, 50, 'officer', $4)`,
      [ALLOCATION, BUDGET, OFFER, ORG],
    );
    await db.query(
      `INSERT INTO expenditure (id, allocation_id, amount_cents, spent_on, purpose, created_by, created_organization_id)
       VALUES (gen_random_uuid(), $1, 20, '2019-05-01', 'x', 'officer', $2)`,
      [ALLOCATION, ORG],
    );
  });

  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  it('renames and adds the six columns, fills them from what exists, and reverses', async () => {
    const migration = new fundingMigrations[fundingMigrations.length - 1]();
    const runner = db.createQueryRunner();
    await migration.up(runner);

    const stamped = {
      created_at: 'timestamp with time zone',
      created_by: 'text',
      created_by_org: 'uuid',
      updated_at: 'timestamp with time zone',
      updated_by: 'text',
      updated_by_org: 'uuid',
    };
    for (const table of ['funding_program', 'budget', 'funding_application', 'allocation', 'expenditure'])
      expect(await columnsOf(db, table)).toEqual(stamped);
    const kept = `SELECT created_by, created_by_org, updated_by, updated_by_org, updated_at = created_at AS same`;
    const officer = { created_by: 'officer', created_by_org: ORG, updated_by: 'officer', updated_by_org: ORG };
    expect(await db.query(`${kept} FROM funding_program`)).toEqual([{ ...officer, same: true }]);
    expect(await db.query(`${kept} FROM allocation`)).toEqual([{ ...officer, same: true }]);
    expect(await db.query(`${kept} FROM expenditure`)).toEqual([{ ...officer, same: true }]);
    expect(await db.query(`${kept} FROM budget`)).toEqual([{ ...officer, same: true }]);
    // Bookings stay append-only after the fill.
    await expect(db.query(`UPDATE expenditure SET purpose = 'y'`)).rejects.toThrow('rows are append-only');

    await migration.down(runner);
    await runner.release();
    const old = { created_at: 'timestamp with time zone', created_by: 'text', created_organization_id: 'text' };
    for (const table of ['funding_program', 'budget', 'allocation', 'expenditure'])
      expect(await columnsOf(db, table)).toEqual(old);
    expect(await columnsOf(db, 'funding_application')).toEqual({
      ...old,
      updated_at: 'timestamp with time zone',
      updated_by: 'text',
      updated_organization_id: 'text',
    });
    expect(await db.query(`SELECT created_by, created_organization_id FROM allocation`)).toEqual([
      { created_by: 'officer', created_organization_id: ORG },
    ]);
  });

  it('stops, changing nothing, on an organisation that is no UUID, rather than forget who wrote the row', async () => {
    await db.query(`UPDATE budget SET created_organization_id = 'not-an-organisation'`);
    const runner = db.createQueryRunner();
    await runner.startTransaction();
    await expect(new fundingMigrations[fundingMigrations.length - 1]().up(runner)).rejects.toThrow(/uuid/);
    await runner.rollbackTransaction();
    await runner.release();
    expect(await columnsOf(db, 'budget')).toEqual({
      created_at: 'timestamp with time zone',
      created_by: 'text',
      created_organization_id: 'text',
    });
    expect(await db.query(`SELECT created_organization_id FROM budget`)).toEqual([
      { created_organization_id: 'not-an-organisation' },
    ]);
  });
});
