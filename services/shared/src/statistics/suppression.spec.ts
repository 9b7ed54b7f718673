import fc from 'fast-check';
import { disclosedBySums, suppress } from './suppression';
import { twoWayTable } from './two-way-table.arbitrary';

describe('small-cell suppression', () => {
  it('suppresses every count from 1 to threshold - 1 and publishes zeros and large counts', () => {
    fc.assert(
      fc.property(twoWayTable, ({ threshold, values, constraints }) => {
        const { suppressed, reason } = suppress(values, constraints, threshold);
        for (const [id, v] of values) {
          if (v > 0 && v < threshold) expect(reason.get(id)).toBe('SMALL_COUNT');
          if (!suppressed.has(id)) expect(v === 0 || v >= threshold).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it(
    'never leaves a sum with exactly one suppressed member: no published total minus published cells gives a ' +
      'value away',
    () => {
      fc.assert(
        fc.property(twoWayTable, ({ threshold, values, constraints }) => {
          const { suppressed } = suppress(values, constraints, threshold);
          for (const c of constraints)
            expect([c.total, ...c.parts].filter((m) => suppressed.has(m)).length).not.toBe(1);
        }),
        { numRuns: 300 },
      );
    },
  );

  it('reveals no suppressed value even by combining all the sums', () => {
    fc.assert(
      fc.property(twoWayTable, ({ threshold, values, constraints }) => {
        const { suppressed } = suppress(values, constraints, threshold);
        expect(disclosedBySums(constraints, suppressed)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('works through a hierarchy: a Kreis and its municipalities', () => {
    const values = new Map([
      ['kreis', 40],
      ['a', 2],
      ['b', 20],
      ['c', 18],
    ]);
    const { suppressed } = suppress(values, [{ total: 'kreis', parts: ['a', 'b', 'c'] }], 5);
    expect([...suppressed].sort()).toEqual(['a', 'c']);
  });

  it('refuses a threshold below 3', () => {
    expect(() => suppress(new Map(), [], 2)).toThrow('at least 3');
  });
});
