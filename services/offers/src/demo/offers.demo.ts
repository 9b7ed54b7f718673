import type { DataSource } from 'typeorm';
import { DEMO_OFFERS, deterministicId, demoOfferId, demoOrganizationId, demoPersonRefs, seededRandom, seedOnce, type Logger } from '@gk/shared';

/** Loads the offers slice of the demo world: the catalogue's offers and enrollments of demo persons. */
export async function loadOffersDemoData(dataSource: DataSource, logger: Logger): Promise<void> {
  let enrollments = 0;
  const loaded = await seedOnce(dataSource, 'demo', async (manager) => {
    for (const o of DEMO_OFFERS) {
      await manager.query('INSERT INTO offer (id, title, category, seats, provider_id, municipality_ags) VALUES ($1, $2, $3, $4, $5, $6)', [
        demoOfferId(o.key), o.title, o.category, o.seats, demoOrganizationId(o.providerKey), o.ags,
      ]);
    }
    const random = seededRandom(7);
    for (const person of demoPersonRefs()) {
      const local = DEMO_OFFERS.filter((o) => o.ags === person.ags);
      if (local.length === 0 || random() < 0.4) continue;
      const offer = local[Math.floor(random() * local.length)];
      await manager.query('INSERT INTO enrollment (id, person_id, offer_id, status) VALUES ($1, $2, $3, $4)', [
        deterministicId('enrollment', `${person.id}:${offer.key}`), person.id, demoOfferId(offer.key), 'ENROLLED',
      ]);
      enrollments += 1;
    }
  });
  if (loaded) logger.info({ offers: DEMO_OFFERS.length, enrollments }, 'offers demo data loaded');
}
