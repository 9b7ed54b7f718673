import type { DataSource } from 'typeorm';
import { DEMO_OFFERS, deterministicId, demoOfferId, seedOnce, type Logger } from '@gk/shared';

/** Loads the funding slice of the demo world: Rheine's own share (paper 072/19) and allocations to the catalogue's offers. */
export async function loadFundingDemoData(dataSource: DataSource, logger: Logger): Promise<void> {
  const loaded = await seedOnce(dataSource, 'demo', async (manager) => {
    await manager.query('INSERT INTO funding_program (id, name) VALUES ($1, $2)', [deterministicId('funding-program', 'gemeinsam-klappts'), "Gemeinsam klappt's"]);
    const rheineOwnShare = deterministicId('budget', 'rheine-2019-8101-integrationspauschale');
    await manager.query('INSERT INTO budget (id, municipality_ags, fiscal_year, budget_product, amount_cents) VALUES ($1, $2, $3, $4, $5)', [rheineOwnShare, '05566076', 2019, '8101', 2_000_000]);
    for (const offer of DEMO_OFFERS.filter((o) => o.ags === '05566076').slice(0, 4)) {
      await manager.query('INSERT INTO allocation (id, budget_id, offer_id, amount_cents) VALUES ($1, $2, $3, $4)', [
        deterministicId('allocation', `rheine-2019:${offer.key}`), rheineOwnShare, demoOfferId(offer.key), 400_000,
      ]);
    }
  });
  if (loaded) logger.info('funding demo data loaded');
}
