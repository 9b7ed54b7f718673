import type { ProtectedCount } from './protected.types';
import { suppress, type SumConstraint } from './suppression';

/**
 * The figures of one Kreis and all its Gemeinden, protected together.
 *
 * Suppression must not depend on what one query asks for: a Kreis and its Gemeinden are tied by
 * sums (the Kreis is the sum of its Gemeinden), so the suppression pattern of any of them is computed
 * over the whole family, every time. The same family always gives the same pattern.
 */
export interface AreaFamilyInput {
  /** AGS of the Kreis (5 digits). */
  kreis: string;
  /**
   * Raw values by member AGS, then by cell id. A member equal to the Kreis AGS holds what is recorded
   * at Kreis level without a Gemeinde: it counts into the Kreis but is never published on its own.
   */
  members: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** Every cell id of the layout (cells missing from a member's map are 0). */
  cells: readonly string[];
  /** Sums that hold inside each area, in cell ids (a total and its breakdown). */
  sums?: readonly SumConstraint[];
  /** Cells that are not personal data (seats, offers): always published, never suppressed. */
  fixed?: ReadonlySet<string>;
  /**
   * Cells that count no persons but follow from counts that do (free seats): withheld only to protect those, at any
   * value.
   */
  derived?: ReadonlySet<string>;
  threshold: number;
  /**
   * What the reader's own organisation contributed, by member AGS and cell (its own records): a
   * contributor knows them, so the pattern is computed for what is left after subtracting them. A
   * cell whose rest is 1 to threshold - 1 is withheld from that reader even when the whole count is
   * large, which stops a writer from adding records and reading the old count off the difference.
   * The published values stay the true counts. The known parts must keep the sums: where a fixed
   * figure is the total of counts (seats = enrolled + free), its known part is the known parts' sum.
   */
  known?: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

/** Raw counts by member AGS, then by cell id, as `members` and `known` take them. */
export type MemberCounts = Map<string, Map<string, number>>;

/** Adds n to a member's cell (0 before), building a MemberCounts row by row. */
export function addCount(counts: MemberCounts, ags: string, cell: string, n: number): void {
  const cells = counts.get(ags) ?? new Map<string, number>();
  cells.set(cell, (cells.get(cell) ?? 0) + n);
  counts.set(ags, cells);
}

/** Protected figures by AGS (the Kreis and each member except Kreis-level records), then by cell id. */
export type ProtectedFamily = Map<string, Map<string, ProtectedCount>>;

const figureId = (ags: string, cell: string) => `${ags}|${cell}`;

export function protectAreaFamily(input: AreaFamilyInput): ProtectedFamily {
  const { kreis, members, cells } = input;
  const areas = [kreis, ...[...members.keys()].filter((a) => a !== kreis).sort()];
  const parts = [...members.keys()].sort();
  const values = new Map<string, number>();
  // What the reader cannot know: the counts less its own records (everything, for a reader without records).
  const unknown = new Map<string, number>();
  for (const cell of cells) {
    let kreisValue = 0;
    let kreisUnknown = 0;
    for (const member of parts) {
      const v = members.get(member)?.get(cell) ?? 0;
      const rest = v - Math.min(v, input.known?.get(member)?.get(cell) ?? 0);
      kreisValue += v;
      kreisUnknown += rest;
      // The Kreis-level remainder gets its own id so it never collides with the Kreis total.
      const id = member === kreis ? figureId(`${kreis}:direct`, cell) : figureId(member, cell);
      values.set(id, v);
      unknown.set(id, rest);
    }
    values.set(figureId(kreis, cell), kreisValue);
    unknown.set(figureId(kreis, cell), kreisUnknown);
  }
  const partIds = parts.map((m) => (m === kreis ? `${kreis}:direct` : m));
  const constraints: SumConstraint[] = [];
  for (const cell of cells) {
    if (partIds.length > 0)
      constraints.push({ total: figureId(kreis, cell), parts: partIds.map((p) => figureId(p, cell)) });
  }
  for (const area of [kreis, ...partIds]) {
    for (const sum of input.sums ?? [])
      constraints.push({ total: figureId(area, sum.total), parts: sum.parts.map((c) => figureId(area, c)) });
  }
  const fixed = new Set<string>();
  for (const area of [kreis, ...partIds]) for (const cell of input.fixed ?? []) fixed.add(figureId(area, cell));
  const hidden = new Set<string>(
    parts.includes(kreis)
      ? cells.filter((c) => !(input.fixed ?? new Set()).has(c)).map((c) => figureId(`${kreis}:direct`, c))
      : [],
  );
  const derived = new Set<string>();
  for (const area of [kreis, ...partIds]) for (const cell of input.derived ?? []) derived.add(figureId(area, cell));
  const result = suppress(unknown, constraints, input.threshold, { fixed, hidden, derived });
  const family: ProtectedFamily = new Map();
  for (const area of areas) {
    const published = new Map<string, ProtectedCount>();
    for (const cell of cells) {
      const id = figureId(area, cell);
      published.set(
        cell,
        result.suppressed.has(id)
          ? { value: null, suppressed: true }
          : { value: values.get(id) ?? 0, suppressed: false },
      );
    }
    family.set(area, published);
  }
  return family;
}

/** The protected figures of one area out of its family; an area without records gets zeros. */
export function protectedArea(
  family: ProtectedFamily,
  ags: string,
  cells: readonly string[],
): Map<string, ProtectedCount> {
  return family.get(ags) ?? new Map(cells.map((c) => [c, { value: 0, suppressed: false }]));
}
