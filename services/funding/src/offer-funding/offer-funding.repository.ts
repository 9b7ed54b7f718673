import type { DataSource } from 'typeorm';

/** Funding figures per offer, summed in the database. */
export class OfferFundingRepository {
  constructor(private readonly dataSource: DataSource) {}

  async allocatedByOffers(offerIds: readonly string[]): Promise<{ offerId: string; allocatedCents: number }[]> {
    const rows: { offer_id: string; allocated: string }[] = await this.dataSource.query(
      'SELECT offer_id, sum(amount_cents) AS allocated FROM allocation WHERE offer_id = ANY($1::uuid[]) GROUP BY offer_id',
      [offerIds],
    );
    return rows.map((r) => ({ offerId: r.offer_id, allocatedCents: Number(r.allocated) }));
  }
}
