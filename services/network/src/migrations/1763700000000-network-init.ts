import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Reference data of the network slice: municipalities and organisations. */
export class NetworkInit1763700000000 implements MigrationInterface {
  name = 'NetworkInit1763700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE seed_run (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`
      CREATE TABLE municipality (
        ags varchar(8) PRIMARY KEY CHECK (ags ~ '^[0-9]{5}([0-9]{3})?$'),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        kind text NOT NULL CHECK (kind IN ('KREIS', 'KREISFREIE_STADT', 'KREISANGEHOERIGE_KOMMUNE')),
        parent_ags varchar(8) REFERENCES municipality (ags),
        CHECK ((kind = 'KREIS') = (length(ags) = 5)),
        CHECK (parent_ags IS NULL OR kind = 'KREISANGEHOERIGE_KOMMUNE')
      )`);
    await q.query(`CREATE INDEX municipality_parent_idx ON municipality (parent_ags)`);
    await q.query(`
      CREATE TABLE organization (
        id uuid PRIMARY KEY,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
        kind text NOT NULL,
        areas text[] NOT NULL DEFAULT '{}',
        ags varchar(8) NOT NULL REFERENCES municipality (ags),
        public_social_agency boolean NOT NULL DEFAULT false,
        contact_email text,
        contact_phone text,
        website text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX organization_ags_idx ON organization (ags)`);
    await q.query(`CREATE INDEX organization_kind_idx ON organization (kind)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE organization`);
    await q.query(`DROP TABLE municipality`);
    await q.query(`DROP TABLE seed_run`);
  }
}
