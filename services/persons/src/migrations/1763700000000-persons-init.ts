import type { MigrationInterface, QueryRunner } from 'typeorm';

const RESIDENCE_STATUSES = `('GESTATTUNG','DULDUNG','DULDUNG_60B','AUSBILDUNGSDULDUNG',
  'BESCHAEFTIGUNGSDULDUNG','AE_16G','AE_25A','AE_104C','AE_OTHER')`;
const BENEFIT_REGIMES = `('ASYLBLG','SGB_II','SGB_XII','SGB_III','NONE')`;
const CEFR_LEVELS = `('A1','A2','B1','B2','C1','C2')`;
const NEED_CATEGORIES = `('LANGUAGE','SCHOOL_DEGREE','VOCATIONAL_PREPARATION','VOCATIONAL_TRAINING',
  'EMPLOYMENT','RESIDENCE_COUNSELLING','HOUSING','HEALTH','CHILDCARE','MENTORING','OTHER')`;
const SCHOOL_DEGREES = `('NONE','FOERDERSCHULABSCHLUSS','ERSTER_SCHULABSCHLUSS',
  'ERWEITERTER_ERSTER_SCHULABSCHLUSS','FACHOBERSCHULREIFE','FACHHOCHSCHULREIFE','ABITUR','FOREIGN_RECOGNISED',
  'FOREIGN_NOT_RECOGNISED')`;
const GENDERS = `('FEMALE','MALE','DIVERSE','UNSPECIFIED')`;
const GOALS = `ARRAY['FACHOBERSCHULREIFE','SCHOOL_DEGREE','VOCATIONAL_QUALIFICATION','EMPLOYMENT',
  'LANGUAGE_LEVEL']::text[]`;
const PURPOSES = `ARRAY['COUNSELLING','REFERRAL','ENROLLMENT','REPORTING']::text[]`;

/**
 * The persons slice: the person with their current situation kept on the row (updated in the same
 * transaction as the history), residence status and benefit regime periods, needs, consents,
 * referrals and an append-only log of who changed what.
 */
export class PersonsInit1763700000000 implements MigrationInterface {
  name = 'PersonsInit1763700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE seed_run (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`
      CREATE TABLE person (
        id uuid PRIMARY KEY,
        given_name text NOT NULL CHECK (length(given_name) BETWEEN 1 AND 100),
        family_name text NOT NULL CHECK (length(family_name) BETWEEN 1 AND 100),
        date_of_birth date NOT NULL CHECK (date_of_birth >= DATE '1900-01-01'),
        gender text CHECK (gender IN ${GENDERS}),
        country_of_origin varchar(3) CHECK (country_of_origin ~ '^[A-Z]{2,3}$'),
        languages text[] NOT NULL DEFAULT '{}' CHECK (cardinality(languages) <= 10),
        german_level text CHECK (german_level IN ${CEFR_LEVELS}),
        german_level_certified boolean NOT NULL DEFAULT false,
        municipality_ags varchar(8) NOT NULL CHECK (municipality_ags ~ '^[0-9]{8}$'),
        arrival_date date,
        case_managing_organization_id uuid NOT NULL,
        current_residence_status text CHECK (current_residence_status IN ${RESIDENCE_STATUSES}),
        current_benefit_regime text CHECK (current_benefit_regime IN ${BENEFIT_REGIMES}),
        school_degree text CHECK (school_degree IN ${SCHOOL_DEGREES}),
        vocational_dqr_level smallint CHECK (vocational_dqr_level BETWEEN 1 AND 8),
        vocational_in_training boolean NOT NULL DEFAULT false,
        vocational_foreign boolean NOT NULL DEFAULT false,
        vocational_foreign_recognised boolean,
        goals text[] NOT NULL DEFAULT '{}' CHECK (goals <@ ${GOALS}),
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by_subject text NOT NULL,
        created_by_organization_id text,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by_subject text NOT NULL,
        updated_by_organization_id text,
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        CHECK (german_level IS NOT NULL OR NOT german_level_certified),
        CHECK (arrival_date IS NULL OR arrival_date >= date_of_birth),
        CHECK (vocational_foreign OR vocational_foreign_recognised IS NULL)
      )`);
    await q.query(`CREATE INDEX person_municipality_idx ON person (municipality_ags)`);
    await q.query(`CREATE INDEX person_name_order_idx ON person (family_name, given_name, id)`);
    // The duplicate check looks persons up by these; not unique, a confirmed namesake may exist.
    await q.query(
      `CREATE INDEX person_duplicate_idx ON person (lower(family_name), lower(given_name), date_of_birth,
        municipality_ags)`,
    );

    await q.query(`
      CREATE TABLE residence_status_period (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES person (id),
        status text NOT NULL CHECK (status IN ${RESIDENCE_STATUSES}),
        valid_from date NOT NULL,
        valid_until date,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        recorded_by_subject text NOT NULL,
        recorded_by_organization_id text,
        CHECK (valid_until IS NULL OR valid_until >= valid_from),
        UNIQUE (person_id, valid_from)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX residence_status_open_idx ON residence_status_period (person_id) WHERE valid_until IS NULL`,
    );

    await q.query(`
      CREATE TABLE benefit_regime_period (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES person (id),
        regime text NOT NULL CHECK (regime IN ${BENEFIT_REGIMES}),
        previous_regime text CHECK (previous_regime IN ${BENEFIT_REGIMES}),
        valid_from date NOT NULL,
        valid_until date,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        recorded_by_subject text NOT NULL,
        recorded_by_organization_id text,
        CHECK (valid_until IS NULL OR valid_until >= valid_from),
        CHECK (previous_regime IS NULL OR previous_regime <> regime),
        UNIQUE (person_id, valid_from)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX benefit_regime_open_idx ON benefit_regime_period (person_id) WHERE valid_until IS NULL`,
    );
    await q.query(
      `CREATE INDEX benefit_regime_change_idx ON benefit_regime_period (valid_from, id) WHERE ` +
        `previous_regime IS
        NOT NULL`,
    );

    await q.query(`
      CREATE TABLE need (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES person (id),
        category text NOT NULL CHECK (category IN ${NEED_CATEGORIES}),
        status text NOT NULL CHECK (status IN ('OPEN','IN_PROGRESS','MET','CLOSED')),
        note text CHECK (length(note) BETWEEN 1 AND 500),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        recorded_by_subject text NOT NULL,
        recorded_by_organization_id text,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by_subject text NOT NULL,
        updated_by_organization_id text,
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX need_person_idx ON need (person_id)`);
    await q.query(`CREATE INDEX need_open_category_idx ON need (category) WHERE status = 'OPEN'`);

    await q.query(`
      CREATE TABLE consent (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES person (id),
        organization_id uuid NOT NULL,
        purposes text[] NOT NULL CHECK (cardinality(purposes) >= 1 AND purposes <@ ${PURPOSES}),
        legal_basis text NOT NULL CHECK (legal_basis IN ('CONSENT','SGB_X_69','OTHER_STATUTE')),
        evidence_reference text CHECK (length(evidence_reference) BETWEEN 1 AND 200),
        notice_version text CHECK (length(notice_version) BETWEEN 1 AND 50),
        granted_at timestamptz NOT NULL DEFAULT now(),
        granted_by_subject text NOT NULL,
        granted_by_organization_id text,
        revoked_at timestamptz,
        revoked_by_subject text,
        revoked_by_organization_id text,
        CHECK (legal_basis <> 'CONSENT' OR (evidence_reference IS NOT NULL AND notice_version IS NOT NULL)),
        CHECK ((revoked_at IS NULL) = (revoked_by_subject IS NULL)),
        CHECK (revoked_at IS NULL OR revoked_at >= granted_at)
      )`);
    await q.query(`CREATE INDEX consent_person_idx ON consent (person_id)`);
    await q.query(`CREATE INDEX consent_active_idx ON consent (person_id, organization_id) WHERE revoked_at IS NULL`);

    await q.query(`
      CREATE TABLE referral (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES person (id),
        from_organization_id uuid NOT NULL,
        to_organization_id uuid,
        to_offer_id uuid,
        purpose text NOT NULL CHECK (purpose IN ('COUNSELLING','REFERRAL','ENROLLMENT','REPORTING')),
        consent_id uuid REFERENCES consent (id),
        note text CHECK (length(note) BETWEEN 1 AND 500),
        status text NOT NULL CHECK (status IN ('REQUESTED','ACCEPTED','DECLINED','COMPLETED','CANCELLED')),
        reason text CHECK (length(reason) BETWEEN 1 AND 500),
        requested_at timestamptz NOT NULL DEFAULT now(),
        requested_by_subject text NOT NULL,
        requested_by_organization_id text,
        answered_at timestamptz,
        answered_by_subject text,
        answered_by_organization_id text,
        closed_at timestamptz,
        closed_by_subject text,
        closed_by_organization_id text,
        version integer NOT NULL DEFAULT 1,
        CHECK ((to_organization_id IS NULL) <> (to_offer_id IS NULL)),
        -- A referral to an organisation rests on the consent or legal basis that allowed it.
        CHECK (to_organization_id IS NULL OR consent_id IS NOT NULL),
        CHECK (status NOT IN ('DECLINED','CANCELLED') OR reason IS NOT NULL),
        CHECK (status NOT IN ('ACCEPTED','DECLINED','COMPLETED') OR answered_at IS NOT NULL),
        CHECK ((status IN ('COMPLETED','CANCELLED')) = (closed_at IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX referral_person_idx ON referral (person_id)`);
    await q.query(`CREATE INDEX referral_to_organization_idx ON referral (to_organization_id, status)`);

    // Append-only: who changed which part of a person's record, and when (never the values).
    await q.query(`
      CREATE TABLE person_event (
        id bigserial PRIMARY KEY,
        person_id uuid NOT NULL REFERENCES person (id),
        kind text NOT NULL,
        fields text[] NOT NULL DEFAULT '{}',
        subject_id uuid,
        occurred_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        actor_subject text NOT NULL,
        actor_organization_id text
      )`);
    await q.query(`CREATE INDEX person_event_person_idx ON person_event (person_id, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'person_event',
      'referral',
      'consent',
      'need',
      'benefit_regime_period',
      'residence_status_period',
      'person',
      'seed_run',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
