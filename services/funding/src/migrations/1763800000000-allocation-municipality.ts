import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every allocation knows the municipality whose money it is (the budget line's or the application's),
 * so access checks by municipality need no further query. The database fills it on insert and never
 * lets it change.
 */
export class AllocationMunicipality1763800000000 implements MigrationInterface {
  name = 'AllocationMunicipality1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE allocation ADD COLUMN municipality_ags varchar(8)`);
    await q.query(`
      UPDATE allocation a SET municipality_ags = coalesce(
        (SELECT b.municipality_ags FROM budget b WHERE b.id = a.budget_id),
        (SELECT app.municipality_ags FROM funding_application app WHERE app.id = a.application_id))`);
    await q.query(`ALTER TABLE allocation ALTER COLUMN municipality_ags SET NOT NULL`);
    await q.query(`CREATE INDEX allocation_municipality_idx ON allocation (municipality_ags)`);
    await q.query(`
      CREATE FUNCTION allocation_municipality() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.municipality_ags := coalesce(
          (SELECT b.municipality_ags FROM budget b WHERE b.id = NEW.budget_id),
          (SELECT app.municipality_ags FROM funding_application app WHERE app.id = NEW.application_id));
        RETURN NEW;
      END $$`);
    await q.query(
      `CREATE TRIGGER allocation_municipality BEFORE INSERT ON allocation FOR EACH ROW EXECUTE FUNCTION
        allocation_municipality()`,
    );
    await q.query(`DROP TRIGGER allocation_append_only ON allocation`);
    await q.query(
      `CREATE TRIGGER allocation_append_only BEFORE DELETE OR UPDATE OF budget_id, application_id, amount_cents,
        fiscal_year, municipality_ags ON allocation FOR EACH ROW EXECUTE FUNCTION funding_append_only()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER allocation_append_only ON allocation`);
    await q.query(
      `CREATE TRIGGER allocation_append_only BEFORE DELETE OR UPDATE OF budget_id, application_id, amount_cents,
        fiscal_year ON allocation FOR EACH ROW EXECUTE FUNCTION funding_append_only()`,
    );
    await q.query(`DROP TRIGGER allocation_municipality ON allocation`);
    await q.query(`DROP FUNCTION allocation_municipality`);
    await q.query(`ALTER TABLE allocation DROP COLUMN municipality_ags`);
  }
}
