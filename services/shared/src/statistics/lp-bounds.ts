/**
 * The attacker's bounds on withheld cells: for unknowns x with lower bounds and linear equations
 * between them (what the published figures leave of each sum), the smallest and largest value each
 * unknown can take, by linear programming. This is what a reader who knows the published table, the
 * sums and that no count is negative can work out (tau-ARGUS's audit); exact elimination alone misses
 * what bounds give away (two withheld cells of at least 1 that sum to 2 are both 1).
 *
 * A dense two-phase simplex with Bland's rule (no cycling) is enough: the equations of a Kreis family
 * have coefficients of +1 and -1, and each connected set of withheld cells has at most a few hundred
 * unknowns.
 */

/** One equation: the sum of coefficient times unknown over the terms equals rhs. */
export interface LinearEquation {
  terms: readonly (readonly [unknown: number, coefficient: number])[];
  rhs: number;
}

export interface Interval {
  lo: number;
  /** Infinity when the equations leave the unknown unbounded above. */
  hi: number;
}

const EPS = 1e-9;

/** A tableau in canonical form: each row has a basic column with coefficient 1, zero in every other row. */
class Tableau {
  constructor(
    readonly rows: number[][],
    readonly basis: number[],
    readonly columns: number,
  ) {}

  pivot(r: number, c: number): void {
    const row = this.rows[r];
    const p = row[c];
    for (let j = 0; j <= this.columns; j++) row[j] /= p;
    for (let i = 0; i < this.rows.length; i++) {
      if (i === r) continue;
      const other = this.rows[i];
      const f = other[c];
      if (Math.abs(f) <= EPS) continue;
      for (let j = 0; j <= this.columns; j++) other[j] -= f * row[j];
      other[c] = 0;
    }
    this.basis[r] = c;
  }

  /**
   * Minimises cost . x over the columns allowed to enter, from the current feasible basis.
   * Returns false when the objective is unbounded below.
   */
  minimise(cost: readonly number[], allowed: (column: number) => boolean): boolean {
    const rhs = this.columns;
    for (;;) {
      // Bland's rule: the lowest-numbered column with a negative reduced cost enters.
      let entering = -1;
      for (let j = 0; j < this.columns && entering < 0; j++) {
        if (!allowed(j)) continue;
        let reduced = cost[j];
        for (let i = 0; i < this.rows.length; i++) reduced -= cost[this.basis[i]] * this.rows[i][j];
        if (reduced < -EPS) entering = j;
      }
      if (entering < 0) return true;
      let leaving = -1;
      let best = Infinity;
      for (let i = 0; i < this.rows.length; i++) {
        const a = this.rows[i][entering];
        if (a <= EPS) continue;
        const ratio = this.rows[i][rhs] / a;
        if (ratio < best - EPS || (Math.abs(ratio - best) <= EPS && this.basis[i] < this.basis[leaving])) {
          best = ratio;
          leaving = i;
        }
      }
      if (leaving < 0) return false;
      this.pivot(leaving, entering);
    }
  }

  /** The value of every column in the current basic solution. */
  solution(): number[] {
    const x = Array<number>(this.columns).fill(0);
    this.rows.forEach((row, i) => {
      x[this.basis[i]] = row[this.columns];
    });
    return x;
  }
}

/**
 * A feasible tableau over the unknowns shifted by their lower bounds (z = x - lower >= 0), without
 * redundant equations; null when the equations and bounds have no solution.
 */
function feasibleTableau(lower: readonly number[], equations: readonly LinearEquation[]): Tableau | null {
  const n = lower.length;
  const m = equations.length;
  const columns = n + m;
  const rows = equations.map((eq, i) => {
    const row = Array<number>(columns + 1).fill(0);
    let rhs = eq.rhs;
    for (const [k, a] of eq.terms) {
      row[k] += a;
      rhs -= a * lower[k];
    }
    const sign = rhs < 0 ? -1 : 1;
    for (let j = 0; j < n; j++) row[j] *= sign;
    row[n + i] = 1;
    row[columns] = rhs * sign;
    return row;
  });
  const tableau = new Tableau(
    rows,
    equations.map((_, i) => n + i),
    columns,
  );
  const phaseOne = Array<number>(columns)
    .fill(0)
    .map((_, j) => (j >= n ? 1 : 0));
  tableau.minimise(phaseOne, () => true);
  const infeasibility = tableau.rows.reduce((s, row, i) => s + (tableau.basis[i] >= n ? row[columns] : 0), 0);
  if (infeasibility > 1e-7) return null;
  // Drive the artificial columns out of the basis; a row where no unknown can replace one is redundant.
  const kept: number[] = [];
  tableau.rows.forEach((row, i) => {
    if (tableau.basis[i] < n) {
      kept.push(i);
      return;
    }
    const j = row.findIndex((a, col) => col < n && Math.abs(a) > EPS);
    if (j >= 0) {
      tableau.pivot(i, j);
      kept.push(i);
    }
  });
  return new Tableau(
    kept.map((i) => [...tableau.rows[i].slice(0, n), tableau.rows[i][columns]]),
    kept.map((i) => tableau.basis[i]),
    n,
  );
}

/**
 * The interval each unknown can take, given `lower[k] <= x[k]` and the equations; null when they
 * contradict each other. `enough(k, lo, hi)` may tell that an interval seen so far is already wide
 * enough for the caller, which spares the two programs of that unknown (every basic solution met on
 * the way is a feasible point, so the true interval contains what it has seen).
 */
export function variableBounds(
  lower: readonly number[],
  equations: readonly LinearEquation[],
  enough: (k: number, lo: number, hi: number) => boolean = () => false,
): Interval[] | null {
  const n = lower.length;
  const tableau = feasibleTableau(lower, equations);
  if (tableau === null) return null;
  const seenLo = Array<number>(n).fill(Infinity);
  const seenHi = Array<number>(n).fill(-Infinity);
  const observe = () => {
    tableau.solution().forEach((z, k) => {
      seenLo[k] = Math.min(seenLo[k], z);
      seenHi[k] = Math.max(seenHi[k], z);
    });
  };
  observe();
  const bounds: Interval[] = [];
  const cost = Array<number>(n).fill(0);
  const all = () => true;
  for (let k = 0; k < n; k++) {
    const known = (lo: number, hi: number) => enough(k, lower[k] + lo, lower[k] + hi);
    if (known(seenLo[k], seenHi[k])) {
      bounds.push({ lo: lower[k] + seenLo[k], hi: lower[k] + seenHi[k] });
      continue;
    }
    cost[k] = 1;
    tableau.minimise(cost, all);
    const lo = tableau.solution()[k];
    observe();
    cost[k] = -1;
    const bounded = tableau.minimise(cost, all);
    const hi = bounded ? tableau.solution()[k] : Infinity;
    observe();
    cost[k] = 0;
    bounds.push({ lo: lower[k] + clean(lo), hi: lower[k] + clean(hi) });
  }
  return bounds;
}

/** Rounds away floating-point dust: the vertices of these systems are integral or simple fractions. */
function clean(x: number): number {
  if (!Number.isFinite(x)) return x;
  const r = Math.round(x);
  return Math.abs(x - r) < 1e-7 ? r : x;
}
