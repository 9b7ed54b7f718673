import type { MigrationInterface, QueryRunner } from 'typeorm';

const CATEGORIES = [
  'LANGUAGE_COURSE',
  'SCHOOL_DEGREE_COURSE',
  'VOCATIONAL_PREPARATION',
  'VOCATIONAL_TRAINING',
  'QUALIFICATION',
  'EMPLOYMENT_SUPPORT',
  'YOUTH_WELFARE',
  'MENTORING',
  'COUNSELLING',
];
const TARGET_OUTCOMES = [
  'HAUPTSCHULABSCHLUSS',
  'FACHOBERSCHULREIFE',
  'VOCATIONAL_QUALIFICATION',
  'LANGUAGE_LEVEL',
  'TRAINING_PLACE',
  'EMPLOYMENT',
  'STABILISATION',
];
const CEFR = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
const RESIDENCE = [
  'GESTATTUNG',
  'DULDUNG',
  'DULDUNG_60B',
  'AUSBILDUNGSDULDUNG',
  'BESCHAEFTIGUNGSDULDUNG',
  'AE_16G',
  'AE_25A',
  'AE_104C',
  'AE_OTHER',
];
const REGIMES = ['ASYLBLG', 'SGB_II', 'SGB_XII', 'SGB_III', 'NONE'];
const list = (values: string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * The offers slice: offers with their eligibility rules, enrollments, quality reviews.
 * `offer.seats_taken` is kept by a trigger from the enrollments that hold a seat, and a CHECK keeps
 * it within `seats`: whatever the application does, the database never lets an offer be overbooked.
 */
export class OffersInit1763700000000 implements MigrationInterface {
  name = 'OffersInit1763700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE seed_run (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`
      CREATE TABLE offer (
        id uuid PRIMARY KEY,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
        description text NOT NULL DEFAULT '' CHECK (length(description) <= 5000),
        category text NOT NULL CHECK (category IN (${list(CATEGORIES)})),
        target_outcome text NOT NULL CHECK (target_outcome IN (${list(TARGET_OUTCOMES)})),
        target_german_level text CHECK (target_german_level IN (${list(CEFR)})),
        provider_id uuid NOT NULL,
        municipality_ags varchar(8) NOT NULL CHECK (municipality_ags ~ '^[0-9]{5}([0-9]{3})?$'),
        start_date date NOT NULL,
        end_date date NOT NULL,
        hours_per_week integer CHECK (hours_per_week BETWEEN 1 AND 60),
        seats integer NOT NULL CHECK (seats BETWEEN 1 AND 10000),
        seats_taken integer NOT NULL DEFAULT 0,
        status text NOT NULL DEFAULT 'PLANNED'
          CHECK (status IN ('PLANNED', 'OPEN', 'RUNNING', 'FINISHED', 'CANCELLED')),
        min_age integer NOT NULL DEFAULT 18 CHECK (min_age BETWEEN 0 AND 99),
        max_age integer NOT NULL DEFAULT 27 CHECK (max_age BETWEEN 0 AND 99),
        residence_statuses text[] NOT NULL DEFAULT '{}' CHECK (residence_statuses <@ ARRAY[${list(RESIDENCE)}]::text[]),
        benefit_regimes text[] NOT NULL DEFAULT '{}' CHECK (benefit_regimes <@ ARRAY[${list(REGIMES)}]::text[]),
        min_german_level text CHECK (min_german_level IN (${list(CEFR)})),
        created_by text NOT NULL,
        created_by_organization_id uuid,
        updated_by text NOT NULL,
        updated_by_organization_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT offer_no_overbooking CHECK (seats_taken BETWEEN 0 AND seats),
        CONSTRAINT offer_dates CHECK (end_date >= start_date),
        CONSTRAINT offer_age_range CHECK (min_age <= max_age),
        CONSTRAINT offer_language_target CHECK ((target_outcome = 'LANGUAGE_LEVEL') = (target_german_level IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX offer_provider_idx ON offer (provider_id)`);
    await q.query(`CREATE INDEX offer_municipality_idx ON offer (municipality_ags, category)`);
    await q.query(`CREATE INDEX offer_kreis_idx ON offer (left(municipality_ags, 5))`);
    await q.query(`CREATE INDEX offer_page_idx ON offer (start_date, id)`);
    await q.query(`
      CREATE TABLE enrollment (
        id uuid PRIMARY KEY,
        person_id uuid,
        offer_id uuid NOT NULL REFERENCES offer (id),
        status text NOT NULL
          CHECK (status IN ('APPLIED', 'ENROLLED', 'COMPLETED', 'DROPPED_OUT', 'REJECTED', 'WITHDRAWN')),
        applied_on date NOT NULL,
        enrolled_on date,
        ended_on date,
        outcome text CHECK (outcome IN ('QUALIFICATION_ACHIEVED', 'PROGRESSED', 'NO_PROGRESS', 'DROPPED_OUT')),
        reason text CHECK (length(reason) BETWEEN 1 AND 2000),
        created_by text NOT NULL,
        created_by_organization_id uuid,
        updated_by text NOT NULL,
        updated_by_organization_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT enrollment_enrolled_has_start
          CHECK (status NOT IN ('ENROLLED', 'COMPLETED', 'DROPPED_OUT') OR enrolled_on IS NOT NULL),
        CONSTRAINT enrollment_start_after_application CHECK (enrolled_on IS NULL OR enrolled_on >= applied_on),
        CONSTRAINT enrollment_ended_has_end CHECK ((status IN ('APPLIED', 'ENROLLED')) = (ended_on IS NULL)),
        CONSTRAINT enrollment_outcome_not_before_start
          CHECK (ended_on IS NULL OR ended_on >= coalesce(enrolled_on, applied_on)),
        CONSTRAINT enrollment_outcome_with_status
          CHECK ((status IN ('COMPLETED', 'DROPPED_OUT')) = (outcome IS NOT NULL)),
        CONSTRAINT enrollment_dropout_outcome
          CHECK ((status = 'DROPPED_OUT') = (outcome IS NOT DISTINCT FROM 'DROPPED_OUT'))
      )`);
    // One active (applied or enrolled) enrollment per person and offer.
    await q.query(
      `CREATE UNIQUE INDEX enrollment_one_active_idx ON enrollment (person_id, offer_id)
       WHERE status IN ('APPLIED', 'ENROLLED')`,
    );
    await q.query(`CREATE INDEX enrollment_person_idx ON enrollment (person_id, ended_on)`);
    await q.query(`CREATE INDEX enrollment_offer_idx ON enrollment (offer_id, status)`);
    await q.query(`
      CREATE FUNCTION enrollment_count_seats() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.status IN ('ENROLLED', 'COMPLETED') THEN
          UPDATE offer SET seats_taken = seats_taken - 1 WHERE id = OLD.offer_id;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.status IN ('ENROLLED', 'COMPLETED') THEN
          UPDATE offer SET seats_taken = seats_taken + 1 WHERE id = NEW.offer_id;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER enrollment_count_seats AFTER INSERT OR DELETE OR UPDATE OF status, offer_id ON enrollment
      FOR EACH ROW EXECUTE FUNCTION enrollment_count_seats()`);
    await q.query(`
      CREATE TABLE quality_review (
        id uuid PRIMARY KEY,
        offer_id uuid NOT NULL REFERENCES offer (id),
        reviewer_organization_id uuid NOT NULL,
        reviewed_on date NOT NULL,
        reach_score smallint NOT NULL CHECK (reach_score BETWEEN 1 AND 5),
        completion_score smallint NOT NULL CHECK (completion_score BETWEEN 1 AND 5),
        transition_score smallint NOT NULL CHECK (transition_score BETWEEN 1 AND 5),
        feedback_score smallint NOT NULL CHECK (feedback_score BETWEEN 1 AND 5),
        summary text NOT NULL CHECK (length(summary) BETWEEN 1 AND 5000),
        created_by text NOT NULL,
        created_by_organization_id uuid,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX quality_review_offer_idx ON quality_review (offer_id, reviewed_on)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE quality_review`);
    await q.query(`DROP TABLE enrollment`);
    await q.query(`DROP FUNCTION enrollment_count_seats`);
    await q.query(`DROP TABLE offer`);
    await q.query(`DROP TABLE seed_run`);
  }
}
