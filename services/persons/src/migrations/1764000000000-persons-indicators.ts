import { dataVersionDown, dataVersionUp } from '@gk/shared';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What the target-group figures are computed from: a write to any of these changes the data version. */
const FIGURE_TABLES = ['person', 'residence_status_period', 'benefit_regime_period', 'need'];

/**
 * The core group's indicators: an index for whole Kreis families (first five digits of the AGS, with the
 * birth date that bounds the target group), and the data version that lets protected figures be kept
 * across requests until the data change.
 */
export class PersonsIndicators1764000000000 implements MigrationInterface {
  name = 'PersonsIndicators1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX person_kreis_idx ON person (left(municipality_ags, 5), date_of_birth)`);
    for (const sql of dataVersionUp(FIGURE_TABLES)) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of dataVersionDown(FIGURE_TABLES)) await q.query(sql);
    await q.query(`DROP INDEX person_kreis_idx`);
  }
}
