import { dataVersionDown, dataVersionUp } from '@gk/shared';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What the core group's indicators are computed from: a write to either changes the data version. */
const INDICATOR_TABLES = ['offer', 'enrollment'];

/** The data version that lets protected indicator families be kept across requests until the data change. */
export class OffersIndicators1764000000000 implements MigrationInterface {
  name = 'OffersIndicators1764000000000';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of dataVersionUp(INDICATOR_TABLES)) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of dataVersionDown(INDICATOR_TABLES)) await q.query(sql);
  }
}
