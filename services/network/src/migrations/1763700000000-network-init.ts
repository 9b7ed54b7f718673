import type { MigrationInterface, QueryRunner } from 'typeorm';

const AREAS = `'MIGRATION_UND_INTEGRATION', 'ARBEIT_UND_WIRTSCHAFT', 'SOZIALES', 'BILDUNG'`;
const ORGANIZATION_KINDS = [
  'JOBCENTER',
  'AGENTUR_FUER_ARBEIT',
  'AUSLAENDERBEHOERDE',
  'SOZIALAMT',
  'JUGENDAMT',
  'SCHOOL_SUPERVISION',
  'SCHOOL',
  'BERUFSKOLLEG',
  'ADULT_EDUCATION',
  'JUGENDMIGRATIONSDIENST',
  'MIGRATION_COUNSELLING',
  'REFUGEE_COUNSELLING',
  'KOMMUNALES_INTEGRATIONSZENTRUM',
  'CHAMBER',
  'EMPLOYER',
  'YOUTH_WELFARE_PROVIDER',
  'VOLUNTEER_INITIATIVE',
  'OTHER',
]
  .map((k) => `'${k}'`)
  .join(', ');
const STANDING_TASKS = [
  'SET_PRIORITIES',
  'ACT_AS_MULTIPLIERS',
  'KNOW_LIVING_SITUATION',
  'COORDINATE_NEEDS_SURVEY',
  'MAKE_OFFERS_TRANSPARENT',
  'DEVELOP_PROCEDURE_AGREEMENTS',
  'PLAN_LOCAL_OFFERS',
]
  .map((k) => `'${k}'`)
  .join(', ');

/** Who wrote a row and when: every write records the subject and organisation of the caller. */
const AUDIT_COLUMNS = `
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by text NOT NULL,
  created_by_org uuid,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text NOT NULL,
  updated_by_org uuid`;

/** The network slice: municipalities and organisations (reference data), alliances and how they work. */
export class NetworkInit1763700000000 implements MigrationInterface {
  name = 'NetworkInit1763700000000';

  async up(q: QueryRunner): Promise<void> {
    // Equality on uuid inside an exclusion constraint needs btree_gist (a trusted extension since PostgreSQL 13).
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
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
        kind text NOT NULL CHECK (kind IN (${ORGANIZATION_KINDS})),
        areas text[] NOT NULL CHECK (cardinality(areas) BETWEEN 1 AND 4 AND areas <@ ARRAY[${AREAS}]::text[]),
        ags varchar(8) NOT NULL REFERENCES municipality (ags),
        public_social_agency boolean NOT NULL DEFAULT false,
        contact_email text CHECK (contact_email ~ '^[^@[:space:]]+@[^@[:space:]]+\\.[^@[:space:]]+$'
          AND length(contact_email) <= 254),
        contact_phone text CHECK (contact_phone ~ '^\\+?[0-9][0-9 /()-]{4,29}$'),
        website text CHECK (website ~ '^https?://' AND length(website) <= 500),
        ${AUDIT_COLUMNS},
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX organization_ags_idx ON organization (ags)`);
    await q.query(`CREATE INDEX organization_kind_idx ON organization (kind)`);
    await q.query(`CREATE INDEX organization_name_idx ON organization (name, id)`);
    await q.query(`
      CREATE TABLE alliance (
        id uuid PRIMARY KEY,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
        programme text NOT NULL CHECK (programme IN ('GEMEINSAM_KLAPPTS', 'KOMMUNALES_INTEGRATIONSMANAGEMENT')),
        lead_ags varchar(8) NOT NULL REFERENCES municipality (ags),
        lead_office_id uuid NOT NULL REFERENCES organization (id),
        start_date date NOT NULL,
        ${AUDIT_COLUMNS},
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT alliance_lead_programme_key UNIQUE (lead_ags, programme)
      )`);
    await q.query(`CREATE INDEX alliance_name_idx ON alliance (name, id)`);
    await q.query(`
      CREATE TABLE core_group_membership (
        id uuid PRIMARY KEY,
        alliance_id uuid NOT NULL REFERENCES alliance (id),
        organization_id uuid NOT NULL REFERENCES organization (id),
        representative_name text NOT NULL CHECK (length(representative_name) BETWEEN 1 AND 200),
        representative_role text NOT NULL CHECK (length(representative_role) BETWEEN 1 AND 200),
        area text NOT NULL CHECK (area IN (${AREAS})),
        decision_authority text NOT NULL CHECK (decision_authority IN ('FULL', 'WITH_RESERVATION', 'ADVISORY')),
        valid_from date NOT NULL,
        valid_until date,
        ${AUDIT_COLUMNS},
        CONSTRAINT core_group_membership_period_check CHECK (valid_until IS NULL OR valid_until >= valid_from),
        CONSTRAINT core_group_membership_no_overlap EXCLUDE USING gist (
          alliance_id WITH =, organization_id WITH =, daterange(valid_from, valid_until, '[]') WITH &&
        )
      )`);
    await q.query(`CREATE INDEX core_group_membership_alliance_idx ON core_group_membership (alliance_id)`);
    await q.query(`
      CREATE TABLE alliance_forum (
        id uuid PRIMARY KEY,
        alliance_id uuid NOT NULL REFERENCES alliance (id),
        kind text NOT NULL CHECK (kind IN ('WORKING_GROUP', 'EVENT')),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
        topic text NOT NULL CHECK (length(topic) BETWEEN 1 AND 2000),
        starts_on date NOT NULL,
        ends_on date,
        ${AUDIT_COLUMNS},
        CONSTRAINT alliance_forum_period_check CHECK (ends_on IS NULL OR ends_on >= starts_on)
      )`);
    await q.query(`CREATE INDEX alliance_forum_alliance_idx ON alliance_forum (alliance_id)`);
    await q.query(`
      CREATE TABLE alliance_forum_participant (
        forum_id uuid NOT NULL REFERENCES alliance_forum (id),
        organization_id uuid NOT NULL REFERENCES organization (id),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        recorded_by text NOT NULL,
        recorded_by_org uuid,
        PRIMARY KEY (forum_id, organization_id)
      )`);
    await q.query(`
      CREATE TABLE alliance_priority (
        id uuid PRIMARY KEY,
        alliance_id uuid NOT NULL REFERENCES alliance (id),
        rank integer NOT NULL CHECK (rank BETWEEN 1 AND 50),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
        status text NOT NULL CHECK (status IN ('OPEN', 'IN_PROGRESS', 'ACHIEVED', 'DROPPED')),
        due_on date,
        ${AUDIT_COLUMNS},
        -- Deferred, so a reordered list can be written row by row within one transaction.
        CONSTRAINT alliance_priority_rank_key UNIQUE (alliance_id, rank) DEFERRABLE INITIALLY DEFERRED
      )`);
    await q.query(`
      CREATE TABLE procedure_agreement (
        id uuid PRIMARY KEY,
        alliance_id uuid NOT NULL REFERENCES alliance (id),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
        signed_on date NOT NULL,
        summary text NOT NULL CHECK (length(summary) BETWEEN 1 AND 5000),
        ${AUDIT_COLUMNS}
      )`);
    await q.query(`CREATE INDEX procedure_agreement_alliance_idx ON procedure_agreement (alliance_id)`);
    await q.query(`
      CREATE TABLE procedure_agreement_party (
        agreement_id uuid NOT NULL REFERENCES procedure_agreement (id),
        organization_id uuid NOT NULL REFERENCES organization (id),
        PRIMARY KEY (agreement_id, organization_id)
      )`);
    await q.query(`
      CREATE TABLE alliance_standing_task (
        alliance_id uuid NOT NULL REFERENCES alliance (id),
        task text NOT NULL CHECK (task IN (${STANDING_TASKS})),
        status text NOT NULL DEFAULT 'NOT_STARTED' CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'DONE')),
        note text CHECK (length(note) BETWEEN 1 AND 2000),
        ${AUDIT_COLUMNS},
        PRIMARY KEY (alliance_id, task)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'alliance_standing_task',
      'procedure_agreement_party',
      'procedure_agreement',
      'alliance_priority',
      'alliance_forum_participant',
      'alliance_forum',
      'core_group_membership',
      'alliance',
      'organization',
      'municipality',
      'seed_run',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
