import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The persons slice: the person record. */
export class PersonsInit1763700000000 implements MigrationInterface {
  name = 'PersonsInit1763700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE seed_run (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`
      CREATE TABLE person (
        id uuid PRIMARY KEY,
        given_name text NOT NULL CHECK (length(given_name) BETWEEN 1 AND 100),
        family_name text NOT NULL CHECK (length(family_name) BETWEEN 1 AND 100),
        date_of_birth date NOT NULL,
        german_level text,
        current_residence_status text,
        current_benefit_regime text,
        municipality_ags varchar(8) NOT NULL CHECK (municipality_ags ~ '^[0-9]{8}$'),
        case_managing_organization_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX person_municipality_idx ON person (municipality_ags)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE person`);
    await q.query(`DROP TABLE seed_run`);
  }
}
