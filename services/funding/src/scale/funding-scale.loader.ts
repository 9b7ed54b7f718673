import type { DataSource } from 'typeorm';
import { fundingOfArea, fundingPrograms, runScaleLoad, SCALE_ACTOR, type ScaleSliceOptions } from '@gk/fixtures';

/**
 * Loads the funding slice of a generated scale into an empty funding database: programmes, budget
 * lines for 2024 to 2026, applications, allocations to offers and expenditures, in one transaction.
 * The running-total triggers (allocation_book, expenditure_book) would update a line or allocation
 * once per row; they are disabled inside this transaction only and the totals recomputed in one
 * statement each before commit, so the not-overdrawn CHECKs verify them. The trigger that fills an
 * allocation's municipality stays on: it is the one source of that column.
 */
export async function loadScaleSlice(
  dataSource: DataSource,
  options: ScaleSliceOptions,
): Promise<Record<string, number>> {
  return runScaleLoad(
    dataSource,
    options,
    { name: 'funding', total: (world) => world.areas.length + 1 },
    async ({ world, runner, writer, step }) => {
      await runner.query('ALTER TABLE allocation DISABLE TRIGGER allocation_book');
      await runner.query('ALTER TABLE expenditure DISABLE TRIGGER expenditure_book');
      const programs = writer(
        'funding_program',
        'id uuid, name text, funder text, period_start date, period_end date, max_funding_rate_bp integer, ' +
          'target_rule text, created_by text, updated_by text',
      );
      for (const p of fundingPrograms(world))
        await programs.add(
          p.id,
          p.name,
          p.funder,
          p.periodStart,
          p.periodEnd,
          p.maxFundingRateBp,
          p.targetRule,
          SCALE_ACTOR,
          SCALE_ACTOR,
        );
      await programs.flush();
      step();
      const budgets = writer(
        'budget',
        `id uuid, municipality_ags text, fiscal_year integer, budget_product text, plan text, line_kind text,
      source text, program_id uuid, title text, amount_cents bigint, financing_secured boolean,
      council_paper_number text, council_committee text, council_decision_date date, created_by text, updated_by text`,
      );
      const applications = writer(
        'funding_application',
        `id uuid, applicant_organization_id uuid, program_id uuid, municipality_ags text, title text, period_start date,
      period_end date, requested_cents bigint, own_share_cents bigint, status text, approved_cents bigint,
      approved_on date, submitted_at timestamptz, decided_at timestamptz, created_by text, updated_by text`,
      );
      const allocations = writer(
        'allocation',
        'id uuid, budget_id uuid, application_id uuid, offer_id uuid, fiscal_year integer, amount_cents bigint, ' +
          'municipality_ags text, created_by text, updated_by text',
      );
      const expenditures = writer(
        'expenditure',
        'id uuid, allocation_id uuid, amount_cents bigint, spent_on date, purpose text, created_by text, ' +
          'updated_by text',
      );
      for (let i = 0; i < world.areas.length; i++) {
        const f = fundingOfArea(world, i);
        for (const b of f.budgets) {
          await budgets.add(
            b.id,
            b.ags,
            b.fiscalYear,
            b.product,
            'RESULT_PLAN',
            b.lineKind,
            b.source,
            b.programId,
            b.title,
            b.amountCents,
            true,
            b.decision?.paper ?? null,
            b.decision?.committee ?? null,
            b.decision?.date ?? null,
            SCALE_ACTOR,
            SCALE_ACTOR,
          );
        }
        for (const a of f.applications) {
          const submitted = a.status === 'DRAFT' ? null : `${a.approvedOn ?? '2025-10-01'}T09:00:00Z`;
          const decided =
            a.status === 'APPROVED' || a.status === 'REJECTED' ? `${a.approvedOn ?? '2025-12-01'}T09:00:00Z` : null;
          await applications.add(
            a.id,
            a.applicantId,
            a.programId,
            a.ags,
            a.title,
            a.periodStart,
            a.periodEnd,
            a.requestedCents,
            a.ownShareCents,
            a.status,
            a.approvedCents,
            a.approvedOn,
            submitted,
            decided,
            SCALE_ACTOR,
            SCALE_ACTOR,
          );
        }
        step();
      }
      // Lines and grants first: allocations point at them (and their municipality trigger reads them).
      await budgets.flush();
      await applications.flush();
      for (let i = 0; i < world.areas.length; i++) {
        for (const a of fundingOfArea(world, i).allocations) {
          await allocations.add(
            a.id,
            a.budgetId,
            a.applicationId,
            a.offerId,
            a.fiscalYear,
            a.amountCents,
            a.ags,
            SCALE_ACTOR,
            SCALE_ACTOR,
          );
        }
      }
      await allocations.flush();
      for (let i = 0; i < world.areas.length; i++) {
        for (const a of fundingOfArea(world, i).allocations) {
          for (const e of a.expenditures)
            await expenditures.add(e.id, a.id, e.amountCents, e.spentOn, e.purpose, SCALE_ACTOR, SCALE_ACTOR);
        }
      }
      await expenditures.flush();
      // The triggers' running totals, each in one statement.
      await runner.query(
        `UPDATE budget b SET allocated_cents = s.total FROM (SELECT budget_id, sum(amount_cents) AS total FROM
          allocation WHERE budget_id IS NOT NULL GROUP BY budget_id) s WHERE b.id = s.budget_id`,
      );
      await runner.query(
        `UPDATE funding_application f SET allocated_cents = s.total FROM (SELECT application_id, sum(amount_cents)
          AS total FROM allocation WHERE application_id IS NOT NULL GROUP BY application_id) s WHERE f.id =
            s.application_id`,
      );
      await runner.query(
        `UPDATE allocation a SET spent_cents = s.total FROM (SELECT allocation_id, sum(amount_cents) AS total FROM
          expenditure GROUP BY allocation_id) s WHERE a.id = s.allocation_id`,
      );
      await runner.query('ALTER TABLE allocation ENABLE TRIGGER allocation_book');
      await runner.query('ALTER TABLE expenditure ENABLE TRIGGER expenditure_book');
      return {
        funding_program: programs.written,
        budget: budgets.written,
        funding_application: applications.written,
        allocation: allocations.written,
        expenditure: expenditures.written,
      };
    },
  );
}
