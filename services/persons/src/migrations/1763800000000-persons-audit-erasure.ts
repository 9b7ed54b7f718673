import { AUDIT_TRAIL_DOWN, AUDIT_TRAIL_UP } from '@gk/shared';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The append-only audit trail of the persons subgraph, and the durable list of erasures (GDPR
 * Art. 17) with the subgraphs that still have to confirm them. An erasure request holds only the
 * person's id, never their data.
 */
export class PersonsAuditErasure1763800000000 implements MigrationInterface {
  name = 'PersonsAuditErasure1763800000000';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of AUDIT_TRAIL_UP) await q.query(sql);
    await q.query(`
      CREATE TABLE erasure_request (
        person_id uuid PRIMARY KEY,
        requested_at timestamptz NOT NULL DEFAULT now(),
        requested_by_subject text NOT NULL,
        requested_by_organization_id text,
        pending_subgraphs text[] NOT NULL,
        CHECK (array_position(pending_subgraphs, NULL) IS NULL)
      )`);
    await q.query(
      `CREATE INDEX erasure_request_pending_idx ON erasure_request (requested_at) WHERE
        cardinality(pending_subgraphs) > 0`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE erasure_request`);
    for (const sql of AUDIT_TRAIL_DOWN) await q.query(sql);
  }
}
