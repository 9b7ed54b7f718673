import { AUDIT_TRAIL_PER_REQUEST_DOWN, AUDIT_TRAIL_PER_REQUEST_UP } from '@gk/shared';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit trail lists the persons of an entry (`person_refs`), so one request's reads are one row, not one per
 * person.
 */
export class OffersAuditPerRequest1764600000000 implements MigrationInterface {
  name = 'OffersAuditPerRequest1764600000000';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of AUDIT_TRAIL_PER_REQUEST_UP) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of AUDIT_TRAIL_PER_REQUEST_DOWN) await q.query(sql);
  }
}
