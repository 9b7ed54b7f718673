import fc from 'fast-check';
import type { SumConstraint } from './suppression';

/**
 * Property-test input (not built into dist): a random two-way table (rows x columns) with row totals, column totals and
 * a grand total.
 */
export const twoWayTable = fc
  .record({
    rows: fc.integer({ min: 1, max: 4 }),
    cols: fc.integer({ min: 1, max: 5 }),
    threshold: fc.integer({ min: 3, max: 7 }),
  })
  .chain(({ rows, cols, threshold }) =>
    fc.record({
      threshold: fc.constant(threshold),
      cells: fc.array(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 60 })), {
          minLength: cols,
          maxLength: cols,
        }),
        { minLength: rows, maxLength: rows },
      ),
    }),
  )
  .map(({ threshold, cells }) => {
    const values = new Map<string, number>();
    const constraints: SumConstraint[] = [];
    cells.forEach((row, r) => {
      row.forEach((v, c) => {
        values.set(`c${r}.${c}`, v);
      });
    });
    cells.forEach((row, r) => {
      values.set(
        `r${r}`,
        row.reduce((a, b) => a + b, 0),
      );
      constraints.push({ total: `r${r}`, parts: row.map((_, c) => `c${r}.${c}`) });
    });
    cells[0].forEach((_, c) => {
      values.set(
        `k${c}`,
        cells.reduce((a, row) => a + row[c], 0),
      );
      constraints.push({ total: `k${c}`, parts: cells.map((_, r) => `c${r}.${c}`) });
    });
    values.set(
      'all',
      [...cells.flat()].reduce((a, b) => a + b, 0),
    );
    constraints.push({ total: 'all', parts: cells.map((_, r) => `r${r}`) });
    constraints.push({ total: 'all', parts: cells[0].map((_, c) => `k${c}`) });
    return { threshold, values, constraints };
  });
