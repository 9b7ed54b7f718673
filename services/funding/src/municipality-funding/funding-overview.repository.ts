import type { EntityManager } from 'typeorm';
import type { FundingSource } from '../budget/budget.enums';
import type { LedgerSums } from '../common/shares';

export interface OverviewKey {
  ags: string;
  fiscalYear: number;
}

/** A fiscal year's figures with the money spent up to a date (expenditures carry the date they were spent on). */
export interface DatedOverviewKey extends OverviewKey {
  upTo: string;
}

export interface PlannedSums {
  ags: string;
  fiscalYear: number;
  budgetProduct: string;
  plannedCents: number;
}

export interface OverviewLedgerSums extends LedgerSums {
  ags: string;
  fiscalYear: number;
  budgetProduct: string | null;
}

/**
 * A municipality's funding figures for a fiscal year, grouped in the database: two statements for a
 * whole batch of municipalities, however many lines and allocations they have. A Kreis AGS (5 digits)
 * covers its own lines and those of its members (AGS prefix); an 8-digit AGS only its own.
 */
/**
 * The fiscal year's allocations of an area (a Kreis covers its Gemeinden): a range on the AGS in byte
 * order ("05162" up to "05162:", the character after "9"), which the index allocation_year_area_idx
 * serves; a prefix test on the ledger view could use no index and read every allocation of the year.
 */
const IN_AREA =
  `a.fiscal_year = k.fiscal_year AND a.municipality_ags COLLATE "C" >= k.ags COLLATE "C" AND ` +
  `a.municipality_ags COLLATE "C" < (k.ags || ':') COLLATE "C"`;

/** A ledger sum as the database returns it (sums of bigint cents come as text). */
interface LedgerRow {
  ags: string;
  fiscal_year: number;
  budget_product: string | null;
  source: FundingSource;
  program_id: string | null;
  program_name: string | null;
  allocated: string;
  spent: string;
}

const toLedgerSums = (r: LedgerRow): OverviewLedgerSums => ({
  ags: r.ags,
  fiscalYear: r.fiscal_year,
  budgetProduct: r.budget_product,
  source: r.source,
  programId: r.program_id,
  programName: r.program_name,
  allocatedCents: Number(r.allocated),
  spentCents: Number(r.spent),
});

export class FundingOverviewRepository {
  constructor(private readonly manager: EntityManager) {}

  async plannedByProduct(keys: readonly OverviewKey[]): Promise<PlannedSums[]> {
    const rows: { ags: string; fiscal_year: number; budget_product: string; planned: string }[] =
      await this.manager.query(
        `SELECT k.ags, k.fiscal_year, b.budget_product, sum(b.amount_cents) AS planned
       FROM unnest($1::text[], $2::int[]) AS k(ags, fiscal_year)
       JOIN budget b ON b.fiscal_year = k.fiscal_year AND left(b.municipality_ags, length(k.ags)) = k.ags
       WHERE b.line_kind IN ('AUFWENDUNGEN', 'AUSZAHLUNGEN')
       GROUP BY k.ags, k.fiscal_year, b.budget_product`,
        [keys.map((k) => k.ags), keys.map((k) => k.fiscalYear)],
      );
    return rows.map((r) => ({
      ags: r.ags,
      fiscalYear: r.fiscal_year,
      budgetProduct: r.budget_product,
      plannedCents: Number(r.planned),
    }));
  }

  async ledgerSums(keys: readonly OverviewKey[]): Promise<OverviewLedgerSums[]> {
    const rows: LedgerRow[] = await this.manager.query(
      `SELECT k.ags, k.fiscal_year, l.budget_product, l.source, l.program_id, l.program_name,
              sum(l.amount_cents) AS allocated, sum(l.spent_cents) AS spent
       FROM unnest($1::text[], $2::int[]) AS k(ags, fiscal_year)
       JOIN allocation a ON ${IN_AREA}
       JOIN allocation_ledger l ON l.id = a.id
       GROUP BY k.ags, k.fiscal_year, l.budget_product, l.source, l.program_id, l.program_name`,
      [keys.map((k) => k.ags), keys.map((k) => k.fiscalYear)],
    );
    return rows.map(toLedgerSums);
  }

  /**
   * As `ledgerSums`, but spent counts only expenditures dated up to each key's date, so a figure at a
   * past reference date stays what it was then. Allocations carry no business date: all of the fiscal
   * year's allocations count. One statement for the whole batch.
   */
  async ledgerSumsUpTo(keys: readonly DatedOverviewKey[]): Promise<(OverviewLedgerSums & { upTo: string })[]> {
    const rows: (LedgerRow & { up_to: string })[] = await this.manager.query(
      `SELECT k.ags, k.fiscal_year, k.up_to::text AS up_to, l.budget_product, l.source, l.program_id, l.program_name,
              sum(l.amount_cents) AS allocated, coalesce(sum(e.spent), 0) AS spent
       FROM unnest($1::text[], $2::int[], $3::date[]) AS k(ags, fiscal_year, up_to)
       JOIN allocation a ON ${IN_AREA}
       JOIN allocation_ledger l ON l.id = a.id
       LEFT JOIN LATERAL (SELECT sum(x.amount_cents) AS spent FROM expenditure x WHERE x.allocation_id = l.id AND
         x.spent_on <= k.up_to) e ON true
       GROUP BY k.ags, k.fiscal_year, k.up_to, l.budget_product, l.source, l.program_id, l.program_name`,
      [keys.map((k) => k.ags), keys.map((k) => k.fiscalYear), keys.map((k) => k.upTo)],
    );
    return rows.map((r) => ({ ...toLedgerSums(r), upTo: r.up_to }));
  }
}
