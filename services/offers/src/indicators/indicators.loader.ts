import DataLoader from 'dataloader';
import { NeedCategory, protectAreaFamily, type ProtectedFamily, type SumConstraint } from '@gk/shared';
import { OfferCategory } from '../offer/offer-category.enum';
import type { CountRow, DuplicateRow, FamilyKey, IndicatorsRepository, LandscapeRow } from './indicators.repository';
import { NEED_OFFER_CATEGORIES } from './indicators.rules';

const OFFER_CATEGORIES = Object.values(OfferCategory);
const NEED_CATEGORIES = Object.values(NeedCategory);

/** Cell ids of the landscape family: per offer category, and the supply per need category summed from free seats. */
export const landscapeCell = {
  offers: (c: OfferCategory) => `offers:${c}`,
  seats: (c: OfferCategory) => `seats:${c}`,
  enrolled: (c: OfferCategory) => `enrolled:${c}`,
  free: (c: OfferCategory) => `free:${c}`,
  ended: (c: OfferCategory) => `ended:${c}`,
  completed: (c: OfferCategory) => `completed:${c}`,
  transitioned: (c: OfferCategory) => `transitioned:${c}`,
  supply: (n: NeedCategory) => `supply:${n}`,
};

export const LANDSCAPE_CELLS: readonly string[] = [
  ...OFFER_CATEGORIES.flatMap((c) => [landscapeCell.offers(c), landscapeCell.seats(c), landscapeCell.enrolled(c), landscapeCell.free(c), landscapeCell.ended(c), landscapeCell.completed(c), landscapeCell.transitioned(c)]),
  ...NEED_CATEGORIES.map(landscapeCell.supply),
];

// Seats = enrolled + free, and each need's supply is the sum of its categories' free seats: a withheld
// free-seat count withholds the supply built from it, and the other way round.
const LANDSCAPE_SUMS: readonly SumConstraint[] = [
  ...OFFER_CATEGORIES.map((c) => ({ total: landscapeCell.seats(c), parts: [landscapeCell.enrolled(c), landscapeCell.free(c)] })),
  ...NEED_CATEGORIES.filter((n) => NEED_OFFER_CATEGORIES[n].length > 0).map((n) => ({ total: landscapeCell.supply(n), parts: NEED_OFFER_CATEGORIES[n].map(landscapeCell.free) })),
];

// Offers and seats are facts about offers, not persons.
const LANDSCAPE_FIXED: ReadonlySet<string> = new Set(OFFER_CATEGORIES.flatMap((c) => [landscapeCell.offers(c), landscapeCell.seats(c)]));

export const CAREER_CELLS: readonly string[] = ['flaggedPersons'];
export const PARTICIPATION_CELLS: readonly string[] = ['enrolledPersons', 'completedQualifications'];

export const familyKeyId = (key: FamilyKey): string => `${key.kreis}|${key.referenceDate}`;
const rowKeyId = (row: { kreis: string; referenceDate: string }): string => familyKeyId(row);

function landscapeMembers(rows: readonly LandscapeRow[]): Map<string, Map<string, number>> {
  const members = new Map<string, Map<string, number>>();
  const add = (ags: string, cell: string, n: number) => {
    const cells = members.get(ags) ?? new Map<string, number>();
    cells.set(cell, (cells.get(cell) ?? 0) + n);
    members.set(ags, cells);
  };
  for (const r of rows) {
    add(r.ags, landscapeCell.offers(r.category), r.offers);
    add(r.ags, landscapeCell.seats(r.category), r.seats);
    add(r.ags, landscapeCell.enrolled(r.category), r.enrolled);
    add(r.ags, landscapeCell.free(r.category), r.seats - r.enrolled);
    add(r.ags, landscapeCell.ended(r.category), r.ended);
    add(r.ags, landscapeCell.completed(r.category), r.completed);
    add(r.ags, landscapeCell.transitioned(r.category), r.transitioned);
  }
  for (const cells of members.values()) {
    for (const n of NEED_CATEGORIES) cells.set(landscapeCell.supply(n), NEED_OFFER_CATEGORIES[n].reduce((s, c) => s + (cells.get(landscapeCell.free(c)) ?? 0), 0));
  }
  return members;
}

function countMembers(rows: readonly CountRow[]): Map<string, Map<string, number>> {
  const members = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const cells = members.get(r.ags) ?? new Map<string, number>();
    cells.set(r.cell, (cells.get(r.cell) ?? 0) + r.n);
    members.set(r.ags, cells);
  }
  return members;
}

function byFamily<R extends { kreis: string; referenceDate: string }>(keys: readonly FamilyKey[], rows: readonly R[]): R[][] {
  const grouped = new Map<string, R[]>();
  for (const row of rows) grouped.set(rowKeyId(row), [...(grouped.get(rowKeyId(row)) ?? []), row]);
  return keys.map((k) => grouped.get(familyKeyId(k)) ?? []);
}

/**
 * Per request, one loader per kind of indicator, keyed by (Kreis, date): every area of a request that
 * shares a Kreis and date shares one protected family, and all families of the request come from
 * one statement per kind.
 */
export function createIndicatorLoaders(repository: IndicatorsRepository, options: { suppressionThreshold: number; measureCareerThreshold: number }) {
  const threshold = options.suppressionThreshold;
  const protect = (key: FamilyKey, members: Map<string, Map<string, number>>, cells: readonly string[], extra: { sums?: readonly SumConstraint[]; fixed?: ReadonlySet<string> } = {}): ProtectedFamily =>
    protectAreaFamily({ kreis: key.kreis, members, cells, threshold, ...extra });
  return {
    landscape: new DataLoader<FamilyKey, ProtectedFamily, string>(
      async (keys) => byFamily(keys, await repository.landscape(keys)).map((rows, i) => protect(keys[i], landscapeMembers(rows), LANDSCAPE_CELLS, { sums: LANDSCAPE_SUMS, fixed: LANDSCAPE_FIXED })),
      { cacheKeyFn: familyKeyId },
    ),
    careers: new DataLoader<FamilyKey, ProtectedFamily, string>(
      async (keys) => byFamily(keys, await repository.flaggedCareers(keys, options.measureCareerThreshold)).map((rows, i) => protect(keys[i], countMembers(rows), CAREER_CELLS)),
      { cacheKeyFn: familyKeyId },
    ),
    participation: new DataLoader<FamilyKey, ProtectedFamily, string>(
      async (keys) => byFamily(keys, await repository.participation(keys)).map((rows, i) => protect(keys[i], countMembers(rows), PARTICIPATION_CELLS)),
      { cacheKeyFn: familyKeyId },
    ),
    duplicates: new DataLoader<FamilyKey, DuplicateRow[], string>(async (keys) => byFamily(keys, await repository.duplicates(keys)), { cacheKeyFn: familyKeyId }),
  };
}

export type IndicatorLoaders = ReturnType<typeof createIndicatorLoaders>;
