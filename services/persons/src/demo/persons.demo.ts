import type { DataSource } from 'typeorm';
import { DEMO_MUNICIPALITIES, demoOrganizationId, demoPersonRefs, seededRandom, seedOnce, type Logger } from '@gk/shared';

const GIVEN_NAMES = ['Amani', 'Bahar', 'Dawit', 'Elif', 'Farid', 'Ghazal', 'Hamid', 'Idris', 'Jamila', 'Karim', 'Leyla', 'Mahmoud', 'Nour', 'Omid', 'Parisa', 'Rahel', 'Samir', 'Tesfay', 'Yasmin', 'Zeynab'];
const FAMILY_NAMES = ['Beispiel', 'Muster', 'Testmann', 'Probst', 'Demoglu', 'Fiktiva', 'Platzhalter', 'Exemplar', 'Modell', 'Vorlage'];

/** The case management responsible for a municipality's persons in the demo world. */
export function demoCaseManagerKey(ags: string): string {
  return ags === '05566076' ? 'kim-rheine' : 'ki-rkn';
}

/** Loads the persons slice of the demo world; names are obviously fictitious. */
export async function loadPersonsDemoData(dataSource: DataSource, logger: Logger): Promise<void> {
  const refs = demoPersonRefs();
  const known = new Set(DEMO_MUNICIPALITIES.map((m) => m.ags));
  const loaded = await seedOnce(dataSource, 'demo', async (manager) => {
    const random = seededRandom(2019);
    for (const ref of refs) {
      if (!known.has(ref.ags)) throw new Error(`demo person in unknown municipality ${ref.ags}`);
      const age = 18 + Math.floor(random() * 10);
      const birthYear = 2026 - age;
      const dateOfBirth = `${birthYear}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
      await manager.query(
        'INSERT INTO person (id, given_name, family_name, date_of_birth, municipality_ags, case_managing_organization_id) VALUES ($1, $2, $3, $4, $5, $6)',
        [ref.id, GIVEN_NAMES[Math.floor(random() * GIVEN_NAMES.length)], FAMILY_NAMES[Math.floor(random() * FAMILY_NAMES.length)], dateOfBirth, ref.ags, demoOrganizationId(demoCaseManagerKey(ref.ags))],
      );
    }
  });
  if (loaded) logger.info({ persons: refs.length }, 'persons demo data loaded');
}
