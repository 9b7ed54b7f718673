import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The money of an area and fiscal year found by an index range (byte order, so a Kreis prefix is a range). */
export class AllocationAreaIndex1764000000000 implements MigrationInterface {
  name = 'AllocationAreaIndex1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX allocation_year_area_idx ON allocation (fiscal_year, (municipality_ags COLLATE "C"))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX allocation_year_area_idx`);
  }
}
