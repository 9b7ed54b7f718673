import DataLoader from 'dataloader';
import type { PersonsRepositories } from '../database/persons-store';
import type { FigureRow } from './figures.repository';
import { PersonsMunicipalityFigures } from './figures.types';

export interface FiguresKey {
  ags: string;
  referenceDate: string;
}

function assemble(ags: string, referenceDate: string, rows: FigureRow[]): PersonsMunicipalityFigures {
  const cells = (dimension: FigureRow['dimension']) => rows.filter((r) => r.dimension === dimension).map((r) => ({ key: r.key, count: r.count })) as never[];
  const figures = new PersonsMunicipalityFigures();
  Object.assign(figures, {
    municipalityAgs: ags,
    referenceDate,
    total: rows.find((r) => r.dimension === 'total')?.count ?? 0,
    byResidenceStatus: cells('residenceStatus'),
    byBenefitRegime: cells('benefitRegime'),
    bySchoolDegree: cells('schoolDegree'),
    byAgeBand: cells('ageBand'),
    openNeedsByCategory: cells('openNeeds'),
  });
  return figures;
}

/** Figures for many municipalities at once: one pair of GROUP BY statements per reference date in the batch. */
export function createFiguresLoaders(repositories: PersonsRepositories) {
  return {
    byMunicipality: new DataLoader<FiguresKey, PersonsMunicipalityFigures, string>(
      async (keys) => {
        const dates = [...new Set(keys.map((k) => k.referenceDate))];
        const rowsByDate = new Map<string, FigureRow[]>();
        for (const date of dates) {
          const agsList = [...new Set(keys.filter((k) => k.referenceDate === date).map((k) => k.ags))];
          rowsByDate.set(date, await repositories.figures.figures(agsList, date));
        }
        return keys.map((k) => assemble(k.ags, k.referenceDate, (rowsByDate.get(k.referenceDate) ?? []).filter((r) => r.ags === k.ags)));
      },
      { cacheKeyFn: (k) => `${k.ags}|${k.referenceDate}` },
    ),
  };
}
