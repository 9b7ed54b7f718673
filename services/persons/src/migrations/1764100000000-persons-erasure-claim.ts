import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A claim on a pending erasure, so that with several gateways only one works on an erasure at a
 * time: the sweep that takes it writes its claim id and how long the claim lasts; the others skip it
 * until the claim is released or has run out (a gateway that died mid-sweep).
 */
export class PersonsErasureClaim1764100000000 implements MigrationInterface {
  name = 'PersonsErasureClaim1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE erasure_request ADD COLUMN claim_id uuid, ADD COLUMN claimed_until timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE erasure_request DROP COLUMN claim_id, DROP COLUMN claimed_until`);
  }
}
