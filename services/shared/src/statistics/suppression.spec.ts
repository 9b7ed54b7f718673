import fc from 'fast-check';
import { disclosedBySums, suppress, type SumConstraint } from './suppression';

/** A random two-way table (rows x columns) with row totals, column totals and a grand total. */
const table = fc
  .record({ rows: fc.integer({ min: 1, max: 4 }), cols: fc.integer({ min: 1, max: 5 }), threshold: fc.integer({ min: 3, max: 7 }) })
  .chain(({ rows, cols, threshold }) =>
    fc.record({
      threshold: fc.constant(threshold),
      cells: fc.array(fc.array(fc.oneof(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 60 })), { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }),
    }),
  )
  .map(({ threshold, cells }) => {
    const values = new Map<string, number>();
    const constraints: SumConstraint[] = [];
    cells.forEach((row, r) => row.forEach((v, c) => values.set(`c${r}.${c}`, v)));
    cells.forEach((row, r) => {
      values.set(`r${r}`, row.reduce((a, b) => a + b, 0));
      constraints.push({ total: `r${r}`, parts: row.map((_, c) => `c${r}.${c}`) });
    });
    cells[0].forEach((_, c) => {
      values.set(`k${c}`, cells.reduce((a, row) => a + row[c], 0));
      constraints.push({ total: `k${c}`, parts: cells.map((_, r) => `c${r}.${c}`) });
    });
    values.set('all', [...cells.flat()].reduce((a, b) => a + b, 0));
    constraints.push({ total: 'all', parts: cells.map((_, r) => `r${r}`) });
    constraints.push({ total: 'all', parts: cells[0].map((_, c) => `k${c}`) });
    return { threshold, values, constraints };
  });

describe('small-cell suppression', () => {
  it('suppresses every count from 1 to threshold - 1 and publishes zeros and large counts', () => {
    fc.assert(
      fc.property(table, ({ threshold, values, constraints }) => {
        const { suppressed, reason } = suppress(values, constraints, threshold);
        for (const [id, v] of values) {
          if (v > 0 && v < threshold) expect(reason.get(id)).toBe('SMALL_COUNT');
          if (!suppressed.has(id)) expect(v === 0 || v >= threshold).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never leaves a sum with exactly one suppressed member: no published total minus published cells gives a value away', () => {
    fc.assert(
      fc.property(table, ({ threshold, values, constraints }) => {
        const { suppressed } = suppress(values, constraints, threshold);
        for (const c of constraints) expect([c.total, ...c.parts].filter((m) => suppressed.has(m)).length).not.toBe(1);
      }),
      { numRuns: 300 },
    );
  });

  it('reveals no suppressed value even by combining all the sums', () => {
    fc.assert(
      fc.property(table, ({ threshold, values, constraints }) => {
        const { suppressed } = suppress(values, constraints, threshold);
        expect(disclosedBySums(constraints, suppressed)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('works through a hierarchy: a Kreis and its municipalities', () => {
    const values = new Map([['kreis', 40], ['a', 2], ['b', 20], ['c', 18]]);
    const { suppressed } = suppress(values, [{ total: 'kreis', parts: ['a', 'b', 'c'] }], 5);
    expect([...suppressed].sort()).toEqual(['a', 'c']);
  });

  it('refuses a threshold below 3', () => {
    expect(() => suppress(new Map(), [], 2)).toThrow('at least 3');
  });
});
