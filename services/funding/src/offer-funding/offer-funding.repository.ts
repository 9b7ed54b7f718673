import type { EntityManager } from 'typeorm';
import type { FundingSource } from '../budget/budget.enums';
import type { LedgerSums } from '../common/shares';

export interface OfferLedgerSums extends LedgerSums {
  offerId: string;
  fiscalYear: number;
}

/** Funding figures per offer, summed in the database in one statement for a whole batch of offers. */
export class OfferFundingRepository {
  constructor(private readonly manager: EntityManager) {}

  async sumsByOffers(offerIds: readonly string[]): Promise<OfferLedgerSums[]> {
    const rows: {
      offer_id: string;
      fiscal_year: number;
      source: FundingSource;
      program_id: string | null;
      program_name: string | null;
      allocated: string;
      spent: string;
    }[] = await this.manager.query(
      `SELECT offer_id, fiscal_year, source, program_id, program_name, sum(amount_cents) AS allocated,
        sum(spent_cents) AS spent
         FROM allocation_ledger WHERE offer_id = ANY($1::uuid[])
         GROUP BY offer_id, fiscal_year, source, program_id, program_name`,
      [offerIds],
    );
    return rows.map((r) => ({
      offerId: r.offer_id,
      fiscalYear: r.fiscal_year,
      source: r.source,
      programId: r.program_id,
      programName: r.program_name,
      allocatedCents: Number(r.allocated),
      spentCents: Number(r.spent),
    }));
  }
}
