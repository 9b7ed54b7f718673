import type { DataSource } from 'typeorm';
import {
  addCount,
  cachedFamilyLoader,
  type FamilyKey,
  familyKeyId,
  NeedCategory,
  protectAreaFamily,
  requestDataVersion,
  type MemberCounts,
  type ProtectedFamily,
  type SumConstraint,
} from '@gk/shared';
import { OfferCategory } from '../offer/offer-category.enum';
import { IndicatorsRepository, type CountRow, type LandscapeRow } from './indicators.repository';
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
  ...OFFER_CATEGORIES.flatMap((c) => [
    landscapeCell.offers(c),
    landscapeCell.seats(c),
    landscapeCell.enrolled(c),
    landscapeCell.free(c),
    landscapeCell.ended(c),
    landscapeCell.completed(c),
    landscapeCell.transitioned(c),
  ]),
  ...NEED_CATEGORIES.map(landscapeCell.supply),
];

// Only these counts are about persons; offers and seats are facts about offers, and free seats and supply follow from
// them.
const PERSONAL_LANDSCAPE_CELLS: readonly string[] = OFFER_CATEGORIES.flatMap((c) => [
  landscapeCell.enrolled(c),
  landscapeCell.ended(c),
  landscapeCell.completed(c),
  landscapeCell.transitioned(c),
]);

// Seats are enrolled plus free in every category: a published total that bounds both.
const SEAT_CELLS: readonly string[] = OFFER_CATEGORIES.flatMap((c) => [landscapeCell.seats(c), landscapeCell.free(c)]);
const SEAT_SUMS: readonly SumConstraint[] = OFFER_CATEGORIES.map((c) => ({
  total: landscapeCell.seats(c),
  parts: [landscapeCell.enrolled(c), landscapeCell.free(c)],
}));

export const CAREER_CELLS: readonly string[] = ['flaggedPersons'];
export const PARTICIPATION_CELLS: readonly string[] = ['enrolledPersons', 'completedQualifications'];

const rowKeyId = (row: { kreis: string; referenceDate: string }): string => familyKeyId(row);

function landscapeMembers(rows: readonly LandscapeRow[]): MemberCounts {
  const members: MemberCounts = new Map();
  const add = (ags: string, cell: string, n: number) => addCount(members, ags, cell, n);
  for (const r of rows) {
    add(r.ags, landscapeCell.offers(r.category), r.offers);
    add(r.ags, landscapeCell.seats(r.category), r.seats);
    add(r.ags, landscapeCell.enrolled(r.category), r.enrolled);
    add(r.ags, landscapeCell.ended(r.category), r.ended);
    add(r.ags, landscapeCell.completed(r.category), r.completed);
    add(r.ags, landscapeCell.transitioned(r.category), r.transitioned);
  }
  return members;
}

/**
 * The landscape of a Kreis family. The kit protects the counts about persons (enrolled and the ended
 * enrollments behind the rates); offers and seats are published as they are. Free seats are seats
 * minus enrolled: the kit knows that sum, so it withholds free seats with enrolled (at any value: a
 * full offer's 0 would give its enrolled away) and bounds a withheld enrolled count by the seats, as a
 * reader can. A need's supply, a sum of free seats, is withheld when any of them is. A small number of
 * free seats is no small group of persons, and it is what a gap is made of.
 */
function protectLandscape(key: FamilyKey, rows: readonly LandscapeRow[], threshold: number): ProtectedFamily {
  const members = landscapeMembers(rows);
  for (const cells of members.values())
    for (const c of OFFER_CATEGORIES)
      cells.set(
        landscapeCell.free(c),
        (cells.get(landscapeCell.seats(c)) ?? 0) - (cells.get(landscapeCell.enrolled(c)) ?? 0),
      );
  const family = protectAreaFamily({
    kreis: key.kreis,
    members,
    known: ownLandscape(rows),
    cells: [...PERSONAL_LANDSCAPE_CELLS, ...SEAT_CELLS],
    sums: SEAT_SUMS,
    fixed: new Set(OFFER_CATEGORIES.map(landscapeCell.seats)),
    derived: new Set(OFFER_CATEGORIES.map(landscapeCell.free)),
    threshold,
  });
  const raw = (ags: string, cell: string): number =>
    ags === key.kreis
      ? [...members.values()].reduce((s, m) => s + (m.get(cell) ?? 0), 0)
      : (members.get(ags)?.get(cell) ?? 0);
  for (const [ags, cells] of family) {
    for (const c of OFFER_CATEGORIES)
      cells.set(landscapeCell.offers(c), { value: raw(ags, landscapeCell.offers(c)), suppressed: false });
    for (const n of NEED_CATEGORIES) {
      const parts = NEED_OFFER_CATEGORIES[n].map((c) => cells.get(landscapeCell.free(c))?.value ?? null);
      cells.set(
        landscapeCell.supply(n),
        parts.includes(null)
          ? { value: null, suppressed: true }
          : { value: parts.reduce<number>((s, v) => s + (v ?? 0), 0), suppressed: false },
      );
    }
  }
  return family;
}

/**
 * What the reader's organisation knows itself, by municipality and cell: its own enrollments (in its
 * offers, or applied for by it). Its seats count as known as far as its enrollments fill them, so that
 * seats = enrolled + free still holds for the rest.
 */
function ownLandscape(rows: readonly LandscapeRow[]): MemberCounts {
  const known: MemberCounts = new Map();
  const add = (ags: string, cell: string, n: number) => addCount(known, ags, cell, n);
  for (const r of rows) {
    add(r.ags, landscapeCell.enrolled(r.category), r.ownEnrolled);
    add(r.ags, landscapeCell.seats(r.category), r.ownEnrolled);
    add(r.ags, landscapeCell.ended(r.category), r.ownEnded);
    add(r.ags, landscapeCell.completed(r.category), r.ownCompleted);
    add(r.ags, landscapeCell.transitioned(r.category), r.ownTransitioned);
  }
  return known;
}

function countMembers(rows: readonly CountRow[]): MemberCounts {
  const members: MemberCounts = new Map();
  for (const r of rows) addCount(members, r.ags, r.cell, r.n);
  return members;
}

function byFamily<R extends { kreis: string; referenceDate: string }>(
  keys: readonly FamilyKey[],
  rows: readonly R[],
): R[][] {
  const grouped = new Map<string, R[]>();
  for (const row of rows) grouped.set(rowKeyId(row), [...(grouped.get(rowKeyId(row)) ?? []), row]);
  return keys.map((k) => grouped.get(familyKeyId(k)) ?? []);
}

/**
 * One loader per kind of indicator, keyed by (Kreis, date), built on the kit's cached family loader:
 * every area of a request that shares a Kreis and date shares one protected family, all families not
 * yet known come from one statement per kind, and they are kept across requests until a write changes
 * the offers data. The landscape is protected for the reader's organisation, so it is cached per
 * organisation. A repeated dashboard costs one statement: the data version, read once for the request.
 */
export function createIndicatorLoaders(
  dataSource: DataSource,
  options: { suppressionThreshold: number; measureCareerThreshold: number },
  readerOrganizationId: string | null = null,
) {
  const threshold = options.suppressionThreshold;
  const protect = (
    key: FamilyKey,
    members: Map<string, Map<string, number>>,
    cells: readonly string[],
  ): ProtectedFamily => protectAreaFamily({ kreis: key.kreis, members, cells, threshold });
  // One version read per request, shared by the four kinds.
  const version = requestDataVersion(dataSource);
  const family = <V>(
    kind: string,
    compute: (repository: IndicatorsRepository, keys: FamilyKey[]) => Promise<V[]>,
    reader?: { organizationId: string | null },
  ) =>
    cachedFamilyLoader<V>(dataSource, {
      // The thresholds are part of the name: a value computed under other settings is another value.
      kind: `${kind}:${threshold}:${options.measureCareerThreshold}`,
      reader,
      version,
      compute: (manager, keys) => compute(new IndicatorsRepository(manager), keys),
    });
  return {
    landscape: family(
      'landscape',
      async (repository, keys) =>
        byFamily(keys, await repository.landscape(keys, readerOrganizationId)).map((rows, i) =>
          protectLandscape(keys[i], rows, threshold),
        ),
      { organizationId: readerOrganizationId },
    ),
    careers: family('careers', async (repository, keys) =>
      byFamily(keys, await repository.flaggedCareers(keys, options.measureCareerThreshold)).map((rows, i) =>
        protect(keys[i], countMembers(rows), CAREER_CELLS),
      ),
    ),
    participation: family('participation', async (repository, keys) =>
      byFamily(keys, await repository.participation(keys)).map((rows, i) =>
        protect(keys[i], countMembers(rows), PARTICIPATION_CELLS),
      ),
    ),
    duplicates: family('duplicates', async (repository, keys) => byFamily(keys, await repository.duplicates(keys))),
  };
}

export type IndicatorLoaders = ReturnType<typeof createIndicatorLoaders>;
