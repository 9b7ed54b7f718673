import DataLoader from 'dataloader';
import type { PersonsRepositories } from '../persons.store';
import type { FigureRow } from './figures.repository';
import type { BenefitRegime, NeedCategory, ResidenceStatus } from '@gk/shared';
import type { PersonSchoolDegree } from '../person/person.enums';
import { PersonsMunicipalityFigures, type PersonsAgeBand } from './figures.types';

export interface FiguresKey {
  ags: string;
  referenceDate: string;
}

function assemble(ags: string, referenceDate: string, rows: FigureRow[]): PersonsMunicipalityFigures {
  // The database only returns keys of the dimension's own CHECK-constrained column.
  const cells = <K>(dimension: FigureRow['dimension']) =>
    rows.filter((r) => r.dimension === dimension).map((r) => ({ key: r.key as K, count: r.count }));
  return Object.assign(new PersonsMunicipalityFigures(), {
    municipalityAgs: ags,
    referenceDate,
    total: rows.find((r) => r.dimension === 'total')?.count ?? 0,
    byResidenceStatus: cells<ResidenceStatus | null>('residenceStatus'),
    byBenefitRegime: cells<BenefitRegime | null>('benefitRegime'),
    bySchoolDegree: cells<PersonSchoolDegree | null>('schoolDegree'),
    byAgeBand: cells<PersonsAgeBand>('ageBand'),
    openNeedsByCategory: cells<NeedCategory>('openNeeds'),
  });
}

/**
 * The caseload figures of the reader's organisation for many municipalities at once: one pair of GROUP BY
 * statements per reference date in the batch. The loader lives for one request, so one organisation.
 */
export function createFiguresLoaders(repositories: PersonsRepositories, organizationId: string | null) {
  return {
    byMunicipality: new DataLoader<FiguresKey, PersonsMunicipalityFigures, string>(
      async (keys) => {
        const dates = [...new Set(keys.map((k) => k.referenceDate))];
        const rowsByDate = new Map<string, FigureRow[]>();
        for (const date of dates) {
          const agsList = [...new Set(keys.filter((k) => k.referenceDate === date).map((k) => k.ags))];
          rowsByDate.set(
            date,
            organizationId ? await repositories.figures.caseloadFigures(agsList, date, organizationId) : [],
          );
        }
        return keys.map((k) =>
          assemble(
            k.ags,
            k.referenceDate,
            (rowsByDate.get(k.referenceDate) ?? []).filter((r) => r.ags === k.ags),
          ),
        );
      },
      { cacheKeyFn: (k) => `${k.ags}|${k.referenceDate}` },
    ),
  };
}
