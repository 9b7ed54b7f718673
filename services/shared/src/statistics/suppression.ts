import { variableBounds, type Interval, type LinearEquation } from './lp-bounds';
import type { ProtectedCount, ProtectedRate } from './protected.types';

/**
 * Small-cell suppression for counts that derive from personal data.
 *
 * Primary: a count from 1 to threshold - 1 is withheld. Zeros are published ("nobody" reveals no one,
 * and a table of withheld zeros would hide every gap), so a reader knows every withheld count is at
 * least 1.
 * Secondary: published figures are tied by sums (a total and its cells, a Kreis and its
 * municipalities). A reader who knows the published figures, the sums, that withheld counts are at
 * least 1 and that none is negative can bound every withheld count by linear programming. Secondary
 * cells are added, cheapest first, until for every withheld count that interval [lo, hi] is at least
 * the protection range wide and reaches the threshold: neither the value nor "below the threshold"
 * follows from what is published.
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
  /**
   * Withheld figures whose interval stays too narrow whatever else is withheld, because figures that
   * are always published (seats) bound them: an offer with 2 seats tells that at most 2 are enrolled.
   */
  unprotectable: Set<string>;
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
  /** Figures that take part in sums but are never published (so they count as unknown to a reader, from 0 up). */
  hidden?: ReadonlySet<string>;
  /** How wide the attacker's interval of a withheld count must at least be; the threshold by default. */
  protectionRange?: number;
  /**
   * Figures that count no persons but follow from counts that do (free seats = seats - enrolled): never
   * withheld for being small, withheld as secondary cells whatever their value (0 included, so a full
   * offer does not give its enrolled away), known to a reader only as at least 0.
   */
  derived?: ReadonlySet<string>;
}

/** Whether an interval the published table leaves for a withheld count protects it. */
export const isProtectedInterval = (interval: Interval, threshold: number, range: number): boolean =>
  interval.hi - interval.lo >= range - 1e-6 && interval.hi >= threshold - 1e-6;

export function suppress(
  values: ReadonlyMap<string, number>,
  constraints: readonly SumConstraint[],
  threshold = DEFAULT_SUPPRESSION_THRESHOLD,
  options: SuppressionOptions = {},
): SuppressionResult {
  validThreshold(threshold);
  const range = options.protectionRange ?? threshold;
  const fixed = options.fixed ?? new Set<string>();
  const hidden = options.hidden ?? new Set<string>();
  const derived = options.derived ?? new Set<string>();
  // From 0 in the attacker's eyes, and never needing protection of their own.
  const fromZero = new Set([...hidden, ...derived]);
  const sums = new SumIndex(constraints);
  const suppressed = new Set<string>(hidden);
  const reason = new Map<string, 'SMALL_COUNT' | 'SECONDARY'>();
  for (const [id, value] of values) {
    if (fixed.has(id) || suppressed.has(id) || derived.has(id)) continue;
    if (value > 0 && value < threshold) {
      suppressed.add(id);
      reason.set(id, 'SMALL_COUNT');
    }
  }
  const countOf = (id: string) => values.get(id) ?? 0;
  const lowest = (id: string) => (fromZero.has(id) ? 0 : 1);
  // Zeros are published, so only a count of at least 1 can be withheld as a secondary cell.
  const eligible = (m: string) => !suppressed.has(m) && !fixed.has(m) && (countOf(m) > 0 || derived.has(m));
  const withhold = (id: string) => {
    suppressed.add(id);
    reason.set(id, 'SECONDARY');
  };
  // Cheapest first: a part before a total (totals are the more useful figures), then the smallest, then a stable order.
  const cheapest = (members: Iterable<string>): string | undefined =>
    [...members]
      .filter(eligible)
      .sort(
        (a, b) => Number(sums.isTotal(a)) - Number(sums.isTotal(b)) || countOf(a) - countOf(b) || a.localeCompare(b),
      )[0];

  // Cheap local rounds, each sum on its own: no sum may keep exactly one withheld member, and where the
  // total is published the withheld parts must leave each other room: their values above their known
  // minimum (the sum's slack) bound how far each can be from its minimum. Run before every audit.
  const local = () => {
    let changed = true;
    while (changed) {
      changed = false;
      for (const c of constraints) {
        const withheld = [c.total, ...c.parts].filter((m) => suppressed.has(m));
        if (withheld.length === 0) continue;
        let pick: string | undefined;
        if (withheld.length === 1) pick = cheapest([c.total, ...c.parts]);
        else if (!suppressed.has(c.total) && withheld.some((m) => !fromZero.has(m))) {
          const slack = withheld.reduce((s, m) => s + countOf(m) - lowest(m), 0);
          if (slack < range) pick = cheapest(c.parts);
        }
        if (pick === undefined) continue;
        withhold(pick);
        changed = true;
      }
    }
  };
  local();

  // Then the attacker's linear-programming bounds over all sums together decide. Each round adds, for
  // every cell still too narrow whose sums have not grown in this round, the cheapest member of its sums.
  const unprotectable = new Set<string>();
  const settled = new Set<string>();
  let hopelessKnown = false;
  for (;;) {
    let weak = unprotectedCells(values, sums, suppressed, fromZero, threshold, range, settled).filter(
      (id) => !unprotectable.has(id),
    );
    if (weak.length > 0 && !hopelessKnown) {
      // Withholding more only widens intervals, so a cell still too narrow with everything withheld that
      // may be is bounded by what is always published (seats): give it up now rather than withhold the family.
      // Without such figures (all else withheld, only zeros known) every interval is open upwards: skip the program.
      hopelessKnown = true;
      if ([...fixed].some((id) => countOf(id) !== 0)) {
        const everything = new Set([...suppressed, ...[...values.keys()].filter(eligible)]);
        const ok = (interval: Interval) => isProtectedInterval(interval, threshold, range);
        for (const [id, interval] of attackerIntervals(values, sums, everything, fromZero, (_id, i) => ok(i)))
          if (!fromZero.has(id) && !ok(interval)) unprotectable.add(id);
        weak = weak.filter((id) => !unprotectable.has(id));
      }
    }
    if (weak.length === 0) break;
    const grown = new Set<SumConstraint>();
    // A cell with nothing left to withhold around it is given up only in a round that added nothing:
    // a cell added for another one may have joined its sums.
    const stuck: string[] = [];
    for (const target of weak) {
      const own = sums.of(target);
      if (own.some((c) => grown.has(c))) continue;
      let pick = cheapest(own.flatMap((c) => [c.total, ...c.parts]));
      if (pick === undefined) {
        const around = [...componentOf(target, sums, suppressed)]
          .flatMap((m) => sums.of(m))
          .flatMap((c) => [c.total, ...c.parts]);
        pick = cheapest(new Set(around));
      }
      if (pick === undefined) {
        stuck.push(target);
        continue;
      }
      withhold(pick);
      for (const c of sums.of(pick)) grown.add(c);
    }
    if (grown.size === 0) for (const id of stuck) unprotectable.add(id);
    local();
  }
  for (const id of fromZero) unprotectable.delete(id);
  return { suppressed, reason, unprotectable };
}

/** The sums each figure takes part in. */
class SumIndex {
  private readonly byMember = new Map<string, SumConstraint[]>();
  private readonly totals = new Set<string>();

  constructor(readonly all: readonly SumConstraint[]) {
    for (const c of all) {
      this.totals.add(c.total);
      for (const m of new Set([c.total, ...c.parts])) this.byMember.set(m, [...(this.byMember.get(m) ?? []), c]);
    }
  }

  of(id: string): SumConstraint[] {
    return this.byMember.get(id) ?? [];
  }

  isTotal(id: string): boolean {
    return this.totals.has(id);
  }
}

/** The withheld cells connected to one through sums with another withheld member. */
function componentOf(start: string, sums: SumIndex, suppressed: ReadonlySet<string>): Set<string> {
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length > 0) {
    const id = queue.pop()!;
    for (const c of sums.of(id)) {
      for (const m of [c.total, ...c.parts]) {
        if (suppressed.has(m) && !seen.has(m)) {
          seen.add(m);
          queue.push(m);
        }
      }
    }
  }
  return seen;
}

/**
 * The attacker's interval of every withheld cell (those in `fromZero`, never-published remainders and
 * derived figures, from 0; the others from 1: zeros are published), over all sums with the published figures put in.
 * Connected sets of withheld cells are
 * independent programs. `enough` may stop the search for a cell once the interval seen is wide enough
 * (the interval returned is then what was seen, inside the true one).
 */
export function attackerIntervals(
  values: ReadonlyMap<string, number>,
  constraints: readonly SumConstraint[] | SumIndex,
  suppressed: ReadonlySet<string>,
  fromZero: ReadonlySet<string> = new Set(),
  enough: (id: string, interval: Interval) => boolean = () => false,
): Map<string, Interval> {
  const sums = constraints instanceof SumIndex ? constraints : new SumIndex(constraints);
  const out = new Map<string, Interval>();
  for (const start of [...suppressed].sort()) {
    if (out.has(start)) continue;
    const component = [...componentOf(start, sums, suppressed)].sort();
    const index = new Map(component.map((id, i) => [id, i]));
    const equations: LinearEquation[] = [];
    for (const c of new Set(component.flatMap((id) => sums.of(id)))) {
      const terms: [number, number][] = [];
      let rhs = 0;
      const add = (id: string, sign: number) => {
        const k = index.get(id);
        if (k !== undefined) terms.push([k, sign]);
        else rhs -= sign * (values.get(id) ?? 0);
      };
      add(c.total, 1);
      for (const p of c.parts) add(p, -1);
      equations.push({ terms, rhs });
    }
    const lower = component.map((id) => (fromZero.has(id) ? 0 : 1));
    const bounds = variableBounds(lower, equations, (k, lo, hi) => enough(component[k], { lo, hi }));
    // The true values satisfy every equation, so the program is feasible; null would mean a caller broke a sum.
    if (bounds === null) throw new Error('The figures given to suppression break one of their own sums.');
    component.forEach((id, k) => {
      out.set(id, bounds[k]);
    });
  }
  return out;
}

/**
 * Withheld cells whose interval is too narrow; a connected set that passed once is not solved again while nothing joins
 * it.
 */
function unprotectedCells(
  values: ReadonlyMap<string, number>,
  sums: SumIndex,
  suppressed: ReadonlySet<string>,
  fromZero: ReadonlySet<string>,
  threshold: number,
  range: number,
  settled: Set<string>,
): string[] {
  const components: string[][] = [];
  const seen = new Set<string>();
  for (const id of [...suppressed].sort()) {
    if (seen.has(id)) continue;
    const component = [...componentOf(id, sums, suppressed)].sort();
    for (const m of component) seen.add(m);
    components.push(component);
  }
  const pending = components.filter((component) => !settled.has(component.join(',')));
  if (pending.length === 0) return [];
  const ok = (interval: Interval) => isProtectedInterval(interval, threshold, range);
  // Sets are independent (no sum joins two), so the settled ones can be left out of the programs.
  const intervals = attackerIntervals(values, sums, new Set(pending.flat()), fromZero, (_id, interval) => ok(interval));
  const weak = new Set([...intervals].filter(([id, interval]) => !fromZero.has(id) && !ok(interval)).map(([id]) => id));
  for (const component of pending) if (!component.some((m) => weak.has(m))) settled.add(component.join(','));
  return [...weak].sort();
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

export function protectedCount(
  id: string,
  values: ReadonlyMap<string, number>,
  result: SuppressionResult,
): ProtectedCount {
  return result.suppressed.has(id)
    ? { value: null, suppressed: true }
    : { value: values.get(id) ?? 0, suppressed: false };
}

/** A rate is suppressed when its denominator or numerator is; a zero denominator has no rate but is not suppressed. */
export function protectedRate(numerator: ProtectedCount, denominator: ProtectedCount): ProtectedRate {
  if (numerator.value === null || denominator.value === null) return { value: null, suppressed: true };
  return { value: denominator.value === 0 ? null : numerator.value / denominator.value, suppressed: false };
}
