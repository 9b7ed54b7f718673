import { AUDIT_TRAIL_DOWN, AUDIT_TRAIL_UP } from '@gk/shared';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The append-only audit trail of reads and writes of enrollment data (who took part in what). */
export class OffersAuditTrail1763800000000 implements MigrationInterface {
  name = 'OffersAuditTrail1763800000000';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of AUDIT_TRAIL_UP) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of AUDIT_TRAIL_DOWN) await q.query(sql);
  }
}
