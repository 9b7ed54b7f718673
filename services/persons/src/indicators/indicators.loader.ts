import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import {
  addCount,
  BenefitRegime,
  cachedFamilyLoader,
  familyKeyId,
  NeedCategory,
  ResidenceStatus,
  kreisOf,
  protectAreaFamily,
  protectedArea,
  requestDataVersion,
  type MemberCounts,
  type ProtectedCount,
  type ProtectedFamily,
  type SumConstraint,
} from '@gk/shared';
import { FiguresRepository, type FamilyFigureRow, type FigureRow } from '../figures/figures.repository';
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
const cellId = (dimension: FigureRow['dimension'], key: string | null): string =>
  dimension === 'total' ? 'total' : `${dimension}:${key ?? ''}`;

const CELLS: readonly string[] = [
  'total',
  ...(Object.keys(LAYOUT) as Dimension[]).flatMap((d) => LAYOUT[d].map((k) => cellId(d, k))),
];

/** Inside an area the total is the sum of each breakdown of persons (open needs count needs, not persons: no total). */
const SUMS: readonly SumConstraint[] = (['residenceStatus', 'benefitRegime', 'schoolDegree', 'ageBand'] as const).map(
  (d) => ({
    total: 'total',
    parts: LAYOUT[d].map((k) => cellId(d, k)),
  }),
);

/**
 * Protects one Kreis family on one date from its raw cells (rows of that pair only), for a reader
 * whose organisation knows the `own` part of each cell: the pattern holds after it is subtracted.
 */
function protectFamily(kreis: string, rows: readonly FamilyFigureRow[], threshold: number): ProtectedFamily {
  const members: MemberCounts = new Map();
  const known: MemberCounts = new Map();
  for (const row of rows) {
    addCount(members, row.ags, cellId(row.dimension, row.key), row.count);
    addCount(known, row.ags, cellId(row.dimension, row.key), row.own);
  }
  return protectAreaFamily({ kreis, members, cells: CELLS, sums: SUMS, threshold, known });
}

function assemble(cells: Map<string, ProtectedCount>): TargetGroupIndicators {
  // Every cell id of the layout is in the map (protectedArea fills the whole layout).
  const count = (dimension: FigureRow['dimension'], key: string | null): ProtectedCount =>
    cells.get(cellId(dimension, key))!;
  return Object.assign(new TargetGroupIndicators(), {
    total: count('total', null),
    byResidenceStatus: (LAYOUT.residenceStatus as readonly (ResidenceStatus | null)[]).map((residenceStatus) => ({
      residenceStatus,
      persons: count('residenceStatus', residenceStatus),
    })),
    byBenefitRegime: (LAYOUT.benefitRegime as readonly (BenefitRegime | null)[]).map((benefitRegime) => ({
      benefitRegime,
      persons: count('benefitRegime', benefitRegime),
    })),
    bySchoolDegree: (LAYOUT.schoolDegree as readonly (PersonSchoolDegree | null)[]).map((schoolDegree) => ({
      schoolDegree,
      persons: count('schoolDegree', schoolDegree),
    })),
    byAgeBand: (LAYOUT.ageBand as readonly PersonsAgeBand[]).map((ageBand) => ({
      ageBand,
      persons: count('ageBand', ageBand),
    })),
    openNeedsByCategory: (LAYOUT.openNeeds as readonly NeedCategory[]).map((category) => ({
      category,
      openNeeds: count('openNeeds', category),
    })),
  });
}

/**
 * The target group of many areas on many dates: one pair of GROUP BY statements for all (Kreis, date)
 * families of a batch that are not cached yet, each family protected once, so a Kreis and its Gemeinden
 * always show the same suppression pattern. Protected families are kept across requests until a write
 * changes the persons data (the kit's cached family loader): then one statement answers a dashboard.
 *
 * The pattern is the reader's organisation's own (cached per organisation): a cell is protected for
 * what that organisation does not know itself, so its own writes cannot be subtracted from a
 * published count to uncover the withheld count before them.
 */
export function createIndicatorsLoaders(
  dataSource: DataSource,
  threshold: number,
  readerOrganizationId: string | null,
) {
  const families = cachedFamilyLoader<ProtectedFamily>(dataSource, {
    kind: `target-group:${threshold}`,
    reader: { organizationId: readerOrganizationId },
    version: requestDataVersion(dataSource),
    async compute(manager, keys) {
      const rowsOf = new Map<string, FamilyFigureRow[]>(keys.map((key) => [familyKeyId(key), []]));
      for (const row of await new FiguresRepository(manager).familyFigures(keys, readerOrganizationId))
        rowsOf.get(familyKeyId(row))?.push(row);
      return keys.map((key) => protectFamily(key.kreis, rowsOf.get(familyKeyId(key)) ?? [], threshold));
    },
  });
  return {
    targetGroup: new DataLoader<IndicatorsKey, TargetGroupIndicators, string>(
      async (keys) => {
        const protectedFamilies = await families.loadMany(
          keys.map((k) => ({ kreis: kreisOf(k.ags), referenceDate: k.referenceDate })),
        );
        return keys.map((k, i) => {
          const family = protectedFamilies[i];
          return family instanceof Error ? family : assemble(protectedArea(family, k.ags, CELLS));
        });
      },
      { cacheKeyFn: (k) => `${k.ags}|${k.referenceDate}` },
    ),
  };
}
