import DataLoader from 'dataloader';
import { BenefitRegime, NeedCategory, ResidenceStatus, kreisOf, protectAreaFamily, protectedArea, type ProtectedCount, type ProtectedFamily, type SumConstraint } from '@gk/shared';
import type { PersonsRepositories } from '../database/persons-store';
import type { FamilyFigureRow, FigureRow } from '../figures/figures.repository';
import { PersonsAgeBand } from '../figures/figures.types';
import { PersonSchoolDegree } from '../person/person.enums';
import { TargetGroupIndicators } from './indicators.types';

export interface IndicatorsKey {
  ags: string;
  referenceDate: string;
}

type Dimension = Exclude<FigureRow['dimension'], 'total'>;

/** The fixed layout: every enum value in enum order, and null where a person can have none recorded. */
const LAYOUT: Record<Dimension, readonly (string | null)[]> = {
  residenceStatus: [...Object.values(ResidenceStatus), null],
  benefitRegime: [...Object.values(BenefitRegime), null],
  schoolDegree: [...Object.values(PersonSchoolDegree), null],
  ageBand: Object.values(PersonsAgeBand),
  openNeeds: Object.values(NeedCategory),
};

/** Cell id of a figure; '' stands for the null row (no enum value is empty). */
const cellId = (dimension: FigureRow['dimension'], key: string | null): string => (dimension === 'total' ? 'total' : `${dimension}:${key ?? ''}`);

const CELLS: readonly string[] = ['total', ...(Object.keys(LAYOUT) as Dimension[]).flatMap((d) => LAYOUT[d].map((k) => cellId(d, k)))];

/** Inside an area the total is the sum of each breakdown of persons (open needs count needs, not persons: no total). */
const SUMS: readonly SumConstraint[] = (['residenceStatus', 'benefitRegime', 'schoolDegree', 'ageBand'] as const).map((d) => ({
  total: 'total',
  parts: LAYOUT[d].map((k) => cellId(d, k)),
}));

const pairKey = (kreis: string, referenceDate: string) => `${kreis}|${referenceDate}`;

/** Protects one Kreis family on one date from its raw cells (rows of that pair only). */
function protectFamily(kreis: string, rows: readonly FamilyFigureRow[], threshold: number): ProtectedFamily {
  const members = new Map<string, Map<string, number>>();
  for (const row of rows) {
    const cells = members.get(row.ags) ?? new Map<string, number>();
    cells.set(cellId(row.dimension, row.key), row.count);
    members.set(row.ags, cells);
  }
  return protectAreaFamily({ kreis, members, cells: CELLS, sums: SUMS, threshold });
}

function assemble(cells: Map<string, ProtectedCount>): TargetGroupIndicators {
  const rows = <K extends string | null, R>(dimension: Dimension, make: (key: K, count: ProtectedCount) => R): R[] =>
    LAYOUT[dimension].map((key) => make(key as K, cells.get(cellId(dimension, key))!));
  return Object.assign(new TargetGroupIndicators(), {
    total: cells.get('total')!,
    byResidenceStatus: rows<ResidenceStatus | null, object>('residenceStatus', (residenceStatus, persons) => ({ residenceStatus, persons })),
    byBenefitRegime: rows<BenefitRegime | null, object>('benefitRegime', (benefitRegime, persons) => ({ benefitRegime, persons })),
    bySchoolDegree: rows<PersonSchoolDegree | null, object>('schoolDegree', (schoolDegree, persons) => ({ schoolDegree, persons })),
    byAgeBand: rows<PersonsAgeBand, object>('ageBand', (ageBand, persons) => ({ ageBand, persons })),
    openNeedsByCategory: rows<NeedCategory, object>('openNeeds', (category, openNeeds) => ({ category, openNeeds })),
  });
}

/**
 * The target group of many areas on many dates: one pair of GROUP BY statements for all (Kreis, date)
 * pairs of a batch, then each family protected once per request (later batches reuse it), so a Kreis
 * and its Gemeinden always show the same suppression pattern.
 */
export function createIndicatorsLoaders(repositories: PersonsRepositories, threshold: number) {
  const families = new Map<string, ProtectedFamily>();
  return {
    targetGroup: new DataLoader<IndicatorsKey, TargetGroupIndicators, string>(
      async (keys) => {
        const missing = new Map<string, { kreis: string; referenceDate: string }>();
        for (const k of keys) {
          const kreis = kreisOf(k.ags);
          if (!families.has(pairKey(kreis, k.referenceDate))) missing.set(pairKey(kreis, k.referenceDate), { kreis, referenceDate: k.referenceDate });
        }
        if (missing.size > 0) {
          const rows = await repositories.figures.familyFigures([...missing.values()]);
          const byPair = new Map<string, FamilyFigureRow[]>();
          for (const row of rows) {
            const key = pairKey(row.kreis, row.referenceDate);
            const list = byPair.get(key) ?? [];
            list.push(row);
            byPair.set(key, list);
          }
          for (const [key, pair] of missing) families.set(key, protectFamily(pair.kreis, byPair.get(key) ?? [], threshold));
        }
        return keys.map((k) => assemble(protectedArea(families.get(pairKey(kreisOf(k.ags), k.referenceDate))!, k.ags, CELLS)));
      },
      { cacheKeyFn: (k) => pairKey(k.ags, k.referenceDate) },
    ),
  };
}
