import type { DataSource } from 'typeorm';
import { DEMO_MUNICIPALITIES, DEMO_ORGANIZATIONS, demoOrganizationId, seedOnce, type Logger } from '@gk/shared';

/** Loads the network slice of the demo world: the municipalities and organisations of Rheine and the Rhein-Kreis Neuss. */
export async function loadNetworkDemoData(dataSource: DataSource, logger: Logger): Promise<void> {
  const loaded = await seedOnce(dataSource, 'demo', async (manager) => {
    // Kreise first, so that members can point at their parent.
    const ordered = [...DEMO_MUNICIPALITIES].sort((a, b) => a.ags.length - b.ags.length);
    for (const m of ordered) {
      await manager.query('INSERT INTO municipality (ags, name, kind, parent_ags) VALUES ($1, $2, $3, $4)', [m.ags, m.name, m.kind, m.parentAgs]);
    }
    for (const o of DEMO_ORGANIZATIONS) {
      await manager.query(
        'INSERT INTO organization (id, name, kind, areas, ags, public_social_agency) VALUES ($1, $2, $3, $4, $5, $6)',
        [demoOrganizationId(o.key), o.name, o.kind, o.areas, o.ags, o.publicSocialAgency],
      );
    }
  });
  if (loaded) logger.info({ municipalities: DEMO_MUNICIPALITIES.length, organizations: DEMO_ORGANIZATIONS.length }, 'network demo data loaded');
}
