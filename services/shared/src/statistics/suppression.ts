import type { ProtectedCount, ProtectedRate } from './protected.types';

/**
 * Small-cell suppression for counts that derive from personal data.
 *
 * Primary: a count from 1 to threshold - 1 is suppressed (0 is published: "nobody" reveals no one).
 * Secondary: published figures are tied by sums (a total and its cells, a Kreis and its
 * municipalities). Whenever exactly one member of such a sum is suppressed, the published rest would
 * give it away, so the smallest published member is suppressed as well, until every sum has none
 * or at least two suppressed members.
 */

export const DEFAULT_SUPPRESSION_THRESHOLD = 5;
export const MINIMUM_SUPPRESSION_THRESHOLD = 3;

/** A sum that holds between published figures: `total = parts[0] + parts[1] + ...`. */
export interface SumConstraint {
  total: string;
  parts: readonly string[];
}

export interface SuppressionResult {
  /** Ids of the suppressed figures. */
  suppressed: Set<string>;
  /** Why each was suppressed. */
  reason: Map<string, 'SMALL_COUNT' | 'SECONDARY'>;
}

export function validThreshold(threshold: number): number {
  if (!Number.isInteger(threshold) || threshold < MINIMUM_SUPPRESSION_THRESHOLD) {
    throw new Error(`The suppression threshold must be a whole number of at least ${MINIMUM_SUPPRESSION_THRESHOLD}.`);
  }
  return threshold;
}

export interface SuppressionOptions {
  /** Figures that are not personal (seats, offers): always published, never chosen for secondary suppression. */
  fixed?: ReadonlySet<string>;
  /** Figures that take part in sums but are never published (so they count as unknown to a reader). */
  hidden?: ReadonlySet<string>;
}

export function suppress(
  values: ReadonlyMap<string, number>,
  constraints: readonly SumConstraint[],
  threshold = DEFAULT_SUPPRESSION_THRESHOLD,
  options: SuppressionOptions = {},
): SuppressionResult {
  validThreshold(threshold);
  const fixed = options.fixed ?? new Set<string>();
  const suppressed = new Set<string>(options.hidden ?? []);
  const reason = new Map<string, 'SMALL_COUNT' | 'SECONDARY'>();
  for (const [id, value] of values) {
    if (fixed.has(id) || suppressed.has(id)) continue;
    if (value > 0 && value < threshold) {
      suppressed.add(id);
      reason.set(id, 'SMALL_COUNT');
    }
  }
  const valueOf = (id: string) => values.get(id) ?? 0;
  let changed = true;
  while (changed) {
    changed = false;
    for (const c of constraints) {
      const members = [c.total, ...c.parts];
      const hidden = members.filter((m) => suppressed.has(m));
      if (hidden.length !== 1) continue;
      // Prefer a part over the total (the total is the more useful figure), a non-zero part over a
      // zero (a suppressed zero is easy to guess), then the smallest, then a stable order.
      const candidates = members
        .filter((m) => !suppressed.has(m) && !fixed.has(m))
        .sort((a, b) => Number(a === c.total) - Number(b === c.total) || Number(valueOf(a) === 0) - Number(valueOf(b) === 0) || valueOf(a) - valueOf(b) || a.localeCompare(b));
      const pick = candidates[0];
      if (pick === undefined) continue;
      suppressed.add(pick);
      reason.set(pick, 'SECONDARY');
      changed = true;
    }
  }
  // Pairs are not always enough in a two-way table: combining several sums can still isolate a
  // value. Check with exact elimination and hide one more figure next to any disclosed one.
  for (let disclosed = disclosedBySums(constraints, suppressed); disclosed.length > 0; disclosed = disclosedBySums(constraints, suppressed)) {
    const target = disclosed[0];
    const pick = constraints
      .filter((c) => c.total === target || c.parts.includes(target))
      .flatMap((c) => [...c.parts, c.total])
      .filter((m) => !suppressed.has(m) && !fixed.has(m))
      .sort((a, b) => Number(valueOf(a) === 0) - Number(valueOf(b) === 0) || valueOf(a) - valueOf(b) || a.localeCompare(b))[0];
    if (pick === undefined) break;
    suppressed.add(pick);
    reason.set(pick, 'SECONDARY');
  }
  return { suppressed, reason };
}

/**
 * Whether the published figures and the sums determine a suppressed value. Unknowns are the
 * suppressed figures; each sum is a linear equation in them. A value is revealed exactly when its
 * unit vector lies in the row space of the equations (exact rational elimination).
 */
export function disclosedBySums(constraints: readonly SumConstraint[], suppressed: ReadonlySet<string>): string[] {
  const unknowns = [...suppressed].sort();
  const index = new Map(unknowns.map((u, i) => [u, i]));
  const rows: bigint[][] = constraints
    .map((c) => {
      const row = Array<bigint>(unknowns.length).fill(0n);
      const add = (id: string, sign: bigint) => {
        const i = index.get(id);
        if (i !== undefined) row[i] += sign;
      };
      add(c.total, 1n);
      for (const p of c.parts) add(p, -1n);
      return row;
    })
    .filter((r) => r.some((x) => x !== 0n));
  const basis: bigint[][] = [];
  const pivots: number[] = [];
  // Fraction-free elimination; dividing each row by its gcd keeps the integers small.
  const normalise = (row: bigint[]): bigint[] => {
    let g = 0n;
    for (const x of row) g = gcd(g, x < 0n ? -x : x);
    return g > 1n ? row.map((x) => x / g) : row;
  };
  for (const original of rows) {
    const row = [...original];
    basis.forEach((b, k) => {
      const p = pivots[k];
      if (row[p] !== 0n) {
        const f = row[p];
        const g = b[p];
        for (let j = 0; j < row.length; j++) row[j] = row[j] * g - b[j] * f;
      }
    });
    const reduced = normalise(row);
    row.splice(0, row.length, ...reduced);
    const p = row.findIndex((x) => x !== 0n);
    if (p >= 0) {
      basis.forEach((b, k) => {
        if (b[p] !== 0n) {
          const f = b[p];
          const g = row[p];
          for (let j = 0; j < b.length; j++) b[j] = b[j] * g - row[j] * f;
          basis[k] = normalise(b);
        }
      });
      basis.push(row);
      pivots.push(p);
    }
  }
  // After full reduction a unit vector e_i is in the span iff some basis row has only one non-zero entry, at i.
  return unknowns.filter((_, i) => basis.some((b) => b[i] !== 0n && b.every((x, j) => j === i || x === 0n)));
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}


export function protectedCount(id: string, values: ReadonlyMap<string, number>, result: SuppressionResult): ProtectedCount {
  return result.suppressed.has(id) ? { value: null, suppressed: true } : { value: values.get(id) ?? 0, suppressed: false };
}

/** A rate is suppressed when its denominator or numerator is; a zero denominator has no rate but is not suppressed. */
export function protectedRate(numerator: ProtectedCount, denominator: ProtectedCount): ProtectedRate {
  if (numerator.value === null || denominator.value === null) return { value: null, suppressed: true };
  return { value: denominator.value === 0 ? null : numerator.value / denominator.value, suppressed: false };
}
