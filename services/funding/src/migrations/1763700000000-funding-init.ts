import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The funding slice: programmes, budget lines, allocations to offers. */
export class FundingInit1763700000000 implements MigrationInterface {
  name = 'FundingInit1763700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE seed_run (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE TABLE funding_program (id uuid PRIMARY KEY, name text NOT NULL CHECK (length(name) BETWEEN 1 AND 300))`);
    await q.query(`
      CREATE TABLE budget (
        id uuid PRIMARY KEY,
        municipality_ags varchar(8) NOT NULL CHECK (municipality_ags ~ '^[0-9]{5}([0-9]{3})?$'),
        fiscal_year integer NOT NULL CHECK (fiscal_year BETWEEN 2000 AND 2100),
        budget_product text NOT NULL,
        amount_cents bigint NOT NULL CHECK (amount_cents >= 0)
      )`);
    await q.query(`CREATE INDEX budget_municipality_idx ON budget (municipality_ags, fiscal_year)`);
    await q.query(`
      CREATE TABLE allocation (
        id uuid PRIMARY KEY,
        budget_id uuid NOT NULL REFERENCES budget (id),
        offer_id uuid NOT NULL,
        amount_cents bigint NOT NULL CHECK (amount_cents > 0)
      )`);
    await q.query(`CREATE INDEX allocation_offer_idx ON allocation (offer_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE allocation`);
    await q.query(`DROP TABLE budget`);
    await q.query(`DROP TABLE funding_program`);
    await q.query(`DROP TABLE seed_run`);
  }
}
