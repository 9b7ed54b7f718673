import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The funding slice: programmes, budget lines, funding applications, allocations to offers and
 * expenditures. Money is integer cents. Running totals (`allocated_cents`, `spent_cents`) are kept
 * by triggers in the same transaction as the insert, and CHECK constraints stop any overdraw even
 * when two writers race.
 */
export class FundingInit1763700000000 implements MigrationInterface {
  name = 'FundingInit1763700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE seed_run (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);

    await q.query(`
      CREATE TABLE funding_program (
        id uuid PRIMARY KEY,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
        funder text NOT NULL CHECK (funder IN ('LAND_NRW', 'BUND', 'ESF_PLUS', 'KOMMUNE', 'FOUNDATION', 'OTHER')),
        period_start date NOT NULL,
        period_end date,
        max_funding_rate_bp integer NOT NULL CHECK (max_funding_rate_bp BETWEEN 1 AND 10000),
        target_rule text NOT NULL CHECK (target_rule IN ('WHOLE_TARGET_GROUP', 'MAINLY_WITHOUT_SGB_II_XII',
          'ONLY_WITHOUT_SGB_II_XII')),
        created_by text NOT NULL,
        created_organization_id text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT funding_program_name_unique UNIQUE (name),
        CONSTRAINT funding_program_period_check CHECK (period_end IS NULL OR period_end >= period_start)
      )`);

    await q.query(`
      CREATE TABLE budget (
        id uuid PRIMARY KEY,
        municipality_ags varchar(8) NOT NULL CHECK (municipality_ags ~ '^[0-9]{5}([0-9]{3})?$'),
        fiscal_year integer NOT NULL CHECK (fiscal_year BETWEEN 2000 AND 2100),
        budget_product text NOT NULL CHECK (budget_product IN ('8101', '8102', '8103')),
        plan text NOT NULL CHECK (plan IN ('RESULT_PLAN', 'INVESTMENT_PLAN')),
        line_kind text NOT NULL CHECK (line_kind IN ('AUFWENDUNGEN', 'ERTRAEGE', 'AUSZAHLUNGEN', 'EINZAHLUNGEN')),
        source text NOT NULL CHECK (source IN ('INTEGRATIONSPAUSCHALE', 'OWN_FUNDS', 'STATE_FUNDING',
          'FEDERAL_FUNDING', 'ESF', 'FOUNDATION', 'OTHER')),
        program_id uuid REFERENCES funding_program (id),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
        amount_cents bigint NOT NULL CHECK (amount_cents >= 0),
        allocated_cents bigint NOT NULL DEFAULT 0,
        financing_secured boolean NOT NULL,
        council_paper_number text CHECK (length(council_paper_number) BETWEEN 1 AND 50),
        council_committee text CHECK (length(council_committee) BETWEEN 1 AND 200),
        council_decision_date date,
        created_by text NOT NULL,
        created_organization_id text,
        created_at timestamptz NOT NULL DEFAULT now(),
        -- The running total of allocations never passes the line's amount.
        CONSTRAINT budget_not_overdrawn CHECK (allocated_cents BETWEEN 0 AND amount_cents),
        -- Income lines (Erträge, Einzahlungen) are not spent on offers.
        CONSTRAINT budget_only_expense_lines_allocated CHECK (allocated_cents = 0 OR line_kind IN ('AUFWENDUNGEN',
          'AUSZAHLUNGEN')),
        -- A council decision is recorded whole or not at all.
        CONSTRAINT budget_council_decision_complete CHECK (num_nulls(council_paper_number, council_committee,
          council_decision_date) IN (0, 3)),
        -- Lets allocations prove their fiscal year is the line's.
        CONSTRAINT budget_id_year_unique UNIQUE (id, fiscal_year)
      )`);
    await q.query(`CREATE INDEX budget_year_municipality_idx ON budget (fiscal_year, municipality_ags)`);
    await q.query(`CREATE INDEX budget_program_idx ON budget (program_id)`);

    await q.query(`
      CREATE TABLE funding_application (
        id uuid PRIMARY KEY,
        applicant_organization_id uuid NOT NULL,
        program_id uuid NOT NULL REFERENCES funding_program (id),
        municipality_ags varchar(8) NOT NULL CHECK (municipality_ags ~ '^[0-9]{5}([0-9]{3})?$'),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
        period_start date NOT NULL,
        period_end date NOT NULL,
        requested_cents bigint NOT NULL CHECK (requested_cents > 0),
        own_share_cents bigint NOT NULL CHECK (own_share_cents >= 0),
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED',
          'WITHDRAWN')),
        approved_cents bigint,
        approved_on date,
        allocated_cents bigint NOT NULL DEFAULT 0,
        submitted_at timestamptz,
        decided_at timestamptz,
        created_by text NOT NULL,
        created_organization_id text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_by text NOT NULL,
        updated_organization_id text,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT funding_application_period_check CHECK (period_end >= period_start),
        CONSTRAINT funding_application_approval_check CHECK ((status = 'APPROVED') = (approved_cents IS NOT NULL
          AND approved_on IS NOT NULL)),
        CONSTRAINT funding_application_approved_within_request CHECK (approved_cents IS NULL OR approved_cents
          BETWEEN 1 AND requested_cents),
        CONSTRAINT funding_application_not_overdrawn CHECK (allocated_cents BETWEEN 0 AND coalesce(approved_cents, 0))
      )`);
    await q.query(`CREATE INDEX funding_application_program_idx ON funding_application (program_id)`);
    await q.query(`CREATE INDEX funding_application_municipality_idx ON funding_application (municipality_ags)`);
    await q.query(`CREATE INDEX funding_application_status_idx ON funding_application (status)`);

    // The lifecycle lives in the database too, so no writer can send an approved application back to draft.
    await q.query(`
      CREATE FUNCTION funding_application_lifecycle() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.status IS DISTINCT FROM OLD.status AND NOT (
          (OLD.status = 'DRAFT' AND NEW.status IN ('SUBMITTED', 'WITHDRAWN')) OR
          (OLD.status = 'SUBMITTED' AND NEW.status IN ('DRAFT', 'APPROVED', 'REJECTED', 'WITHDRAWN'))
        ) THEN
          RAISE EXCEPTION 'funding application status change not allowed' USING ERRCODE = 'check_violation',
            CONSTRAINT = 'funding_application_lifecycle';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(
      `CREATE TRIGGER funding_application_lifecycle BEFORE UPDATE ON funding_application FOR EACH ROW EXECUTE
        FUNCTION funding_application_lifecycle()`,
    );

    await q.query(`
      CREATE TABLE allocation (
        id uuid PRIMARY KEY,
        budget_id uuid,
        application_id uuid REFERENCES funding_application (id),
        offer_id uuid NOT NULL,
        fiscal_year integer NOT NULL CHECK (fiscal_year BETWEEN 2000 AND 2100),
        amount_cents bigint NOT NULL CHECK (amount_cents > 0),
        spent_cents bigint NOT NULL DEFAULT 0,
        purpose text CHECK (length(purpose) BETWEEN 1 AND 500),
        created_by text NOT NULL,
        created_organization_id text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT allocation_one_source CHECK (num_nonnulls(budget_id, application_id) = 1),
        CONSTRAINT allocation_budget_year_fk FOREIGN KEY (budget_id, fiscal_year) REFERENCES budget (id, fiscal_year),
        CONSTRAINT allocation_not_overspent CHECK (spent_cents BETWEEN 0 AND amount_cents)
      )`);
    await q.query(`CREATE INDEX allocation_offer_idx ON allocation (offer_id)`);
    await q.query(`CREATE INDEX allocation_budget_idx ON allocation (budget_id)`);
    await q.query(`CREATE INDEX allocation_application_idx ON allocation (application_id)`);
    await q.query(`CREATE INDEX allocation_year_idx ON allocation (fiscal_year)`);

    await q.query(`
      CREATE TABLE expenditure (
        id uuid PRIMARY KEY,
        allocation_id uuid NOT NULL REFERENCES allocation (id),
        amount_cents bigint NOT NULL CHECK (amount_cents > 0),
        spent_on date NOT NULL,
        purpose text NOT NULL CHECK (length(purpose) BETWEEN 1 AND 500),
        created_by text NOT NULL,
        created_organization_id text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX expenditure_allocation_idx ON expenditure (allocation_id)`);

    // Allocations and expenditures are append-only: corrections are booked, never edited away.
    await q.query(`
      CREATE FUNCTION funding_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% rows are append-only', TG_TABLE_NAME USING ERRCODE = 'check_violation', CONSTRAINT =
          'funding_append_only';
      END $$`);
    await q.query(
      `CREATE TRIGGER allocation_append_only BEFORE DELETE OR UPDATE OF budget_id, application_id, amount_cents,
        fiscal_year ON allocation FOR EACH ROW EXECUTE FUNCTION funding_append_only()`,
    );
    await q.query(
      `CREATE TRIGGER expenditure_append_only BEFORE DELETE OR UPDATE ON expenditure FOR EACH ROW EXECUTE FUNCTION
        funding_append_only()`,
    );

    // Running totals, in the inserting transaction; the CHECKs above refuse an overdraw.
    await q.query(`
      CREATE FUNCTION allocation_book() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.budget_id IS NOT NULL THEN
          UPDATE budget SET allocated_cents = allocated_cents + NEW.amount_cents WHERE id = NEW.budget_id;
        ELSE
          UPDATE funding_application SET allocated_cents = allocated_cents + NEW.amount_cents WHERE id =
            NEW.application_id;
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(
      `CREATE TRIGGER allocation_book AFTER INSERT ON allocation FOR EACH ROW EXECUTE FUNCTION allocation_book()`,
    );
    await q.query(`
      CREATE FUNCTION expenditure_book() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE allocation SET spent_cents = spent_cents + NEW.amount_cents WHERE id = NEW.allocation_id;
        RETURN NEW;
      END $$`);
    await q.query(
      `CREATE TRIGGER expenditure_book AFTER INSERT ON expenditure FOR EACH ROW EXECUTE FUNCTION expenditure_book()`,
    );

    // One row per allocation with where its money comes from: the line's source, or the source the
    // programme's funder stands for. Offer funding and municipal overviews both read it.
    await q.query(`
      CREATE VIEW allocation_ledger AS
      SELECT a.id, a.offer_id, a.fiscal_year, a.amount_cents, a.spent_cents,
             coalesce(b.municipality_ags, app.municipality_ags) AS municipality_ags,
             b.budget_product,
             coalesce(b.program_id, app.program_id) AS program_id,
             pp.name AS program_name,
             coalesce(b.source, CASE p.funder
               WHEN 'LAND_NRW' THEN 'STATE_FUNDING'
               WHEN 'BUND' THEN 'FEDERAL_FUNDING'
               WHEN 'ESF_PLUS' THEN 'ESF'
               WHEN 'KOMMUNE' THEN 'OWN_FUNDS'
               WHEN 'FOUNDATION' THEN 'FOUNDATION'
               ELSE 'OTHER' END) AS source
      FROM allocation a
      LEFT JOIN budget b ON b.id = a.budget_id
      LEFT JOIN funding_application app ON app.id = a.application_id
      LEFT JOIN funding_program p ON p.id = app.program_id
      LEFT JOIN funding_program pp ON pp.id = coalesce(b.program_id, app.program_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW allocation_ledger`);
    await q.query(`DROP TABLE expenditure`);
    await q.query(`DROP TABLE allocation`);
    await q.query(`DROP TABLE funding_application`);
    await q.query(`DROP TABLE budget`);
    await q.query(`DROP TABLE funding_program`);
    await q.query(
      `DROP FUNCTION expenditure_book, allocation_book, funding_append_only, funding_application_lifecycle`,
    );
    await q.query(`DROP TABLE seed_run`);
  }
}
