import fc from 'fast-check';
import loadHighs from 'highs';
import { protectAreaFamily, type ProtectedFamily } from './area-family';
import { variableBounds, type Interval } from './lp-bounds';
import { suppress, type SumConstraint } from './suppression';
import { twoWayTable } from './two-way-table.arbitrary';

/**
 * The attacker of statistical offices' cell-suppression audits, played by an independent solver
 * (HiGHS): a reader who knows every published figure, every sum between figures, that no count is
 * negative and that a withheld count is at least 1 (zeros are published). For each withheld cell it
 * computes the smallest and largest value the published table allows. Protection holds when that
 * interval is at least the protection range (the threshold) wide and reaches the threshold, so
 * neither the value nor "below the threshold" follows.
 */

type Highs = Awaited<ReturnType<typeof loadHighs>>;
let highs: Highs;
beforeAll(async () => {
  highs = await loadHighs();
});

/** A reader's view: published values, withheld ids, and the sums (over any ids). */
interface ReaderView {
  published: ReadonlyMap<string, number>;
  withheld: readonly string[];
  /** Withheld ids that may be 0 (never-published remainders); every other withheld id is at least 1. */
  mayBeZero?: ReadonlySet<string>;
  sums: readonly SumConstraint[];
}

function attack(view: ReaderView): Map<string, Interval> {
  const name = new Map(view.withheld.map((id, i) => [id, `x${i}`]));
  const rows: string[] = [];
  view.sums.forEach((sum, r) => {
    const coefficients = new Map<string, number>();
    let rhs = 0;
    const add = (id: string, sign: number) => {
      const x = name.get(id);
      if (x === undefined) rhs -= sign * (view.published.get(id) ?? 0);
      else coefficients.set(x, (coefficients.get(x) ?? 0) + sign);
    };
    add(sum.total, 1);
    for (const p of sum.parts) add(p, -1);
    const terms = [...coefficients]
      .filter(([, a]) => a !== 0)
      .map(([x, a]) => `${a >= 0 ? '+' : '-'} ${Math.abs(a)} ${x}`);
    if (terms.length > 0) rows.push(` e${r}: ${terms.join(' ')} = ${rhs}`);
  });
  const bounds = view.withheld.map((id, i) => ` x${i} >= ${view.mayBeZero?.has(id) ? 0 : 1}`);
  const solve = (sense: 'Minimize' | 'Maximize', x: string): number => {
    const model = [
      sense,
      ` obj: ${x}`,
      'Subject To',
      ...(rows.length > 0 ? rows : [` e: ${x} >= 0`]),
      'Bounds',
      ...bounds,
      'End',
    ].join('\n');
    const result = highs.solve(model, { output_flag: false });
    if (result.Status === 'Unbounded') return sense === 'Maximize' ? Infinity : -Infinity;
    if (result.Status !== 'Optimal') throw new Error(`HiGHS: ${result.Status}`);
    return result.ObjectiveValue;
  };
  return new Map(
    view.withheld.map((id) => [id, { lo: solve('Minimize', name.get(id)!), hi: solve('Maximize', name.get(id)!) }]),
  );
}

const protects = (interval: Interval, threshold: number) =>
  interval.hi - interval.lo >= threshold - 1e-6 && interval.hi >= threshold - 1e-6;

/** Residence-status-like breakdowns of the demo: one big category, many small ones, many zeros. */
const STATUSES = [
  'GESTATTUNG',
  'DULDUNG',
  'DULDUNG_60B',
  'AUSBILDUNGSDULDUNG',
  'BESCHAEFTIGUNGSDULDUNG',
  'AE_16G',
  'AE_25A',
  'AE_104C',
  'AE_OTHER',
  'NONE',
];
const AGE_BANDS = ['AGE_18_20', 'AGE_21_24', 'AGE_25_27'];
const DEMO_CELLS = ['total', ...STATUSES.map((s) => `status:${s}`), ...AGE_BANDS.map((a) => `age:${a}`)];
const DEMO_SUMS: SumConstraint[] = [
  { total: 'total', parts: STATUSES.map((s) => `status:${s}`) },
  { total: 'total', parts: AGE_BANDS.map((a) => `age:${a}`) },
];
const smallOrLarge = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(0, 0, 1, 1, 2, 3) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 50 }) },
);

/**
 * A Kreis family shaped like the demo's: 1 to 8 Gemeinden, sometimes records at Kreis level, persons spread over
 * statuses and age bands.
 */
const demoFamily = fc
  .record({
    gemeinden: fc.array(fc.array(smallOrLarge, { minLength: STATUSES.length, maxLength: STATUSES.length }), {
      minLength: 1,
      maxLength: 8,
    }),
    direct: fc.boolean(),
    ages: fc.array(fc.tuple(fc.nat(1000), fc.nat(1000)), { minLength: 9, maxLength: 9 }),
    threshold: fc.integer({ min: 3, max: 6 }),
  })
  .map(({ gemeinden, direct, ages, threshold }) => {
    const members = new Map<string, Map<string, number>>();
    gemeinden.forEach((statuses, i) => {
      const ags = direct && i === 0 ? '05162' : `05162${String(i * 4 + 4).padStart(3, '0')}`;
      const total = statuses.reduce((a, b) => a + b, 0);
      // Split the same persons into age bands, so both breakdowns sum to the total.
      const [p, q] = ages[i];
      const first = Math.floor((total * p) / 1000);
      const second = Math.floor(((total - first) * q) / 1000);
      const cells = new Map<string, number>([
        ['total', total],
        ['age:AGE_18_20', first],
        ['age:AGE_21_24', second],
        ['age:AGE_25_27', total - first - second],
      ]);
      STATUSES.forEach((s, k) => {
        cells.set(`status:${s}`, statuses[k]);
      });
      members.set(ags, cells);
    });
    return { members, threshold };
  });

/**
 * What a reader of a protected family sees, with the sums a reader knows (inside each area, and the Kreis over its
 * Gemeinden).
 */
function readerViewOfFamily(
  kreis: string,
  members: ReadonlyMap<string, ReadonlyMap<string, number>>,
  published: ProtectedFamily,
  cells: readonly string[],
  sums: readonly SumConstraint[],
): ReaderView {
  const shown = new Map<string, number>();
  const withheld: string[] = [];
  for (const [ags, row] of published) {
    for (const [cell, count] of row) {
      if (count.value === null) withheld.push(`${ags}|${cell}`);
      else shown.set(`${ags}|${cell}`, count.value);
    }
  }
  const parts = [...published.keys()].filter((a) => a !== kreis);
  const mayBeZero = new Set<string>();
  if (members.has(kreis)) {
    parts.push('direct');
    for (const cell of cells) {
      withheld.push(`direct|${cell}`);
      mayBeZero.add(`direct|${cell}`);
    }
  }
  const all: SumConstraint[] = [];
  for (const area of [kreis, ...parts])
    for (const s of sums) all.push({ total: `${area}|${s.total}`, parts: s.parts.map((p) => `${area}|${p}`) });
  for (const cell of cells) all.push({ total: `${kreis}|${cell}`, parts: parts.map((p) => `${p}|${cell}`) });
  return { published: shown, withheld, mayBeZero, sums: all };
}

describe('the attacker with linear-programming bounds', () => {
  it('finds the two withheld cells of the old Rheine pattern exactly 1 each (the attack the kit must stop)', () => {
    // Total 96, published cells summing to 94, two cells withheld: each is at least 1, so both are 1.
    const view: ReaderView = {
      published: new Map([
        ['total', 96],
        ['DULDUNG', 45],
        ['GESTATTUNG', 30],
        ['AE_OTHER', 19],
      ]),
      withheld: ['AE_25A', 'AE_104C'],
      sums: [{ total: 'total', parts: ['GESTATTUNG', 'DULDUNG', 'AE_25A', 'AE_104C', 'AE_OTHER'] }],
    };
    expect(Object.fromEntries(attack(view))).toEqual({ AE_25A: { lo: 1, hi: 1 }, AE_104C: { lo: 1, hi: 1 } });
  });

  it("agrees with the kit's own simplex on random systems of sums", () => {
    fc.assert(
      fc.property(twoWayTable, ({ threshold, values, constraints }) => {
        const { suppressed } = suppress(values, constraints, threshold);
        const withheld = [...suppressed].sort();
        const theirs = attack({ published: values, withheld, sums: constraints });
        const index = new Map(withheld.map((id, i) => [id, i]));
        const equations = constraints
          .map((c) => {
            const terms: [number, number][] = [];
            let rhs = 0;
            for (const [id, sign] of [[c.total, 1], ...c.parts.map((p) => [p, -1] as const)] as const) {
              const k = index.get(id);
              if (k === undefined) rhs -= sign * (values.get(id) ?? 0);
              else terms.push([k, sign]);
            }
            return { terms, rhs };
          })
          .filter((e) => e.terms.length > 0);
        const ours = variableBounds(
          withheld.map(() => 1),
          equations,
        );
        withheld.forEach((id, k) => {
          const a = ours![k];
          const b = theirs.get(id)!;
          expect(a.lo).toBeCloseTo(b.lo, 6);
          if (Number.isFinite(b.hi)) expect(a.hi).toBeCloseTo(b.hi, 6);
          else expect(a.hi).toBe(Infinity);
        });
      }),
      { numRuns: 150 },
    );
  });
});

describe('suppression against the bounds attacker', () => {
  it(
    'leaves every withheld cell of a two-way table an interval of at least the threshold that reaches the ' +
      'threshold',
    () => {
      fc.assert(
        fc.property(twoWayTable, ({ threshold, values, constraints }) => {
          const { suppressed, unprotectable } = suppress(values, constraints, threshold);
          expect([...unprotectable]).toEqual([]);
          const intervals = attack({
            published: new Map([...values].filter(([id]) => !suppressed.has(id))),
            withheld: [...suppressed],
            sums: constraints,
          });
          for (const [id, interval] of intervals)
            expect({ id, protected: protects(interval, threshold) }).toEqual({ id, protected: true });
        }),
        { numRuns: 200 },
      );
    },
  );

  it(
    'protects Kreis families shaped like the demo (a total with two breakdowns, Gemeinden, records at Kreis ' +
      'level)',
    () => {
      fc.assert(
        fc.property(demoFamily, ({ members, threshold }) => {
          const published = protectAreaFamily({
            kreis: '05162',
            members,
            cells: DEMO_CELLS,
            sums: DEMO_SUMS,
            threshold,
          });
          const view = readerViewOfFamily('05162', members, published, DEMO_CELLS, DEMO_SUMS);
          for (const [id, interval] of attack(view)) {
            if (id.startsWith('direct|')) continue;
            expect({ id, protected: protects(interval, threshold) }).toEqual({ id, protected: true });
          }
          for (const [, row] of published)
            for (const [, count] of row)
              if (count.value !== null) expect(count.value === 0 || count.value >= threshold).toBe(true);
        }),
        { numRuns: 120 },
      );
    },
  );

  it("protects Rheine's residence statuses: total 96 with AE_25A and AE_104C at 1 each no longer pins them", () => {
    const rheine = new Map<string, number>([
      ['total', 96],
      ['status:GESTATTUNG', 30],
      ['status:DULDUNG', 45],
      ['status:AE_25A', 1],
      ['status:AE_104C', 1],
      ['status:AE_OTHER', 19],
    ]);
    for (const s of STATUSES) if (!rheine.has(`status:${s}`)) rheine.set(`status:${s}`, 0);
    rheine.set('age:AGE_18_20', 30).set('age:AGE_21_24', 40).set('age:AGE_25_27', 26);
    const members = new Map([['05566076', rheine]]);
    const published = protectAreaFamily({ kreis: '05566', members, cells: DEMO_CELLS, sums: DEMO_SUMS, threshold: 5 });
    const view = readerViewOfFamily('05566', members, published, DEMO_CELLS, DEMO_SUMS);
    const intervals = attack(view);
    expect(intervals.get('05566076|status:AE_25A')).toBeDefined();
    for (const [id, interval] of intervals)
      expect({ id, protected: protects(interval, 5) }).toEqual({ id, protected: true });
    // The pattern costs one more cell, the smallest large one (AE_OTHER), not the total.
    expect(published.get('05566076')?.get('status:AE_OTHER')).toEqual({ value: null, suppressed: true });
    expect(published.get('05566076')?.get('total')).toEqual({ value: 96, suppressed: false });
  });

  it(
    'protects what a contributor does not know: after subtracting its own records, every withheld rest keeps a ' +
      'wide interval',
    () => {
      const withOwn = demoFamily.chain(({ members, threshold }) =>
        fc.record({
          members: fc.constant(members),
          threshold: fc.constant(threshold),
          shares: fc.array(fc.nat(100), { minLength: STATUSES.length * 8, maxLength: STATUSES.length * 8 }),
        }),
      );
      fc.assert(
        fc.property(withOwn, ({ members, threshold, shares }) => {
          // The reader's organisation holds a share of each status cell of each Gemeinde (its totals follow).
          const known = new Map<string, Map<string, number>>();
          [...members].forEach(([ags, cells], i) => {
            const own = new Map<string, number>();
            STATUSES.forEach((s, k) => {
              const share = shares[i * STATUSES.length + k];
              own.set(`status:${s}`, Math.floor(((cells.get(`status:${s}`) ?? 0) * share) / 100));
            });
            own.set(
              'total',
              STATUSES.reduce((sum, s) => sum + (own.get(`status:${s}`) ?? 0), 0),
            );
            known.set(ags, own);
          });
          const published = protectAreaFamily({
            kreis: '05162',
            members,
            cells: ['total', ...STATUSES.map((s) => `status:${s}`)],
            sums: [DEMO_SUMS[0]],
            threshold,
            known,
          });
          // The attacker subtracts its own records from every published figure and bounds the rest.
          const rest = new Map<string, Map<string, number>>();
          for (const [ags, cells] of members)
            rest.set(ags, new Map([...cells].map(([cell, v]) => [cell, v - (known.get(ags)?.get(cell) ?? 0)])));
          const restPublished: ProtectedFamily = new Map();
          for (const [ags, cells] of published) {
            restPublished.set(
              ags,
              new Map(
                [...cells].map(([cell, count]) => {
                  const own =
                    ags === '05162'
                      ? [...known.values()].reduce((sum, m) => sum + (m.get(cell) ?? 0), 0)
                      : (known.get(ags)?.get(cell) ?? 0);
                  return [cell, count.value === null ? count : { value: count.value - own, suppressed: false }];
                }),
              ),
            );
          }
          const view = readerViewOfFamily(
            '05162',
            rest,
            restPublished,
            ['total', ...STATUSES.map((s) => `status:${s}`)],
            [DEMO_SUMS[0]],
          );
          for (const [id, interval] of attack(view)) {
            if (id.startsWith('direct|')) continue;
            expect({ id, protected: protects(interval, threshold) }).toEqual({ id, protected: true });
          }
          // A published rest is never a small group the reader did not know of.
          for (const [, cells] of restPublished)
            for (const [, count] of cells)
              if (count.value !== null) expect(count.value === 0 || count.value >= threshold).toBe(true);
        }),
        { numRuns: 80 },
      );
    },
  );

  it('knows what it cannot protect: an offer category with 2 seats bounds its enrolled by 2', () => {
    const values = new Map([
      ['seats', 2],
      ['enrolled', 1],
      ['free', 1],
    ]);
    const { suppressed, unprotectable } = suppress(values, [{ total: 'seats', parts: ['enrolled', 'free'] }], 5, {
      fixed: new Set(['seats']),
    });
    expect([...suppressed].sort()).toEqual(['enrolled', 'free']);
    expect([...unprotectable].sort()).toEqual(['enrolled', 'free']);
  });
});
