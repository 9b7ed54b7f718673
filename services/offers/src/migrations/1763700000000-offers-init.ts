import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The offers slice: offers and enrollments. */
export class OffersInit1763700000000 implements MigrationInterface {
  name = 'OffersInit1763700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE seed_run (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`
      CREATE TABLE offer (
        id uuid PRIMARY KEY,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
        category text NOT NULL,
        seats integer NOT NULL CHECK (seats >= 0),
        provider_id uuid NOT NULL,
        municipality_ags varchar(8) NOT NULL CHECK (municipality_ags ~ '^[0-9]{5}([0-9]{3})?$'),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX offer_provider_idx ON offer (provider_id)`);
    await q.query(`CREATE INDEX offer_municipality_idx ON offer (municipality_ags, category)`);
    await q.query(`
      CREATE TABLE enrollment (
        id uuid PRIMARY KEY,
        person_id uuid,
        offer_id uuid NOT NULL REFERENCES offer (id),
        status text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX enrollment_person_idx ON enrollment (person_id)`);
    await q.query(`CREATE INDEX enrollment_offer_idx ON enrollment (offer_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE enrollment`);
    await q.query(`DROP TABLE offer`);
    await q.query(`DROP TABLE seed_run`);
  }
}
