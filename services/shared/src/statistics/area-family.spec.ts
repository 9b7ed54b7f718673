import fc from 'fast-check';
import { protectAreaFamily } from './area-family';
import { disclosedBySums } from './suppression';

const CELLS = ['total', 'a', 'b', 'c', 'need1', 'need2'];
const SUMS = [{ total: 'total', parts: ['a', 'b', 'c'] }];

/** Random families: a Kreis with 1 to 5 Gemeinden (and sometimes records at Kreis level), small and large counts. */
const family = fc
  .array(
    fc.tuple(
      fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 40 })),
      fc.integer({ min: 0, max: 6 }),
      fc.integer({ min: 0, max: 30 }),
      fc.integer({ min: 0, max: 9 }),
      fc.integer({ min: 0, max: 9 }),
    ),
    { minLength: 1, maxLength: 5 },
  )
  .chain((rows) =>
    fc.record({ rows: fc.constant(rows), direct: fc.boolean(), threshold: fc.integer({ min: 3, max: 7 }) }),
  )
  .map(({ rows, direct, threshold }) => {
    const members = new Map<string, Map<string, number>>();
    rows.forEach(([a, b, c, n1, n2], i) => {
      const ags = direct && i === 0 ? '05162' : `05162${String(i * 4 + 4).padStart(3, '0')}`;
      members.set(
        ags,
        new Map([
          ['a', a],
          ['b', b],
          ['c', c],
          ['total', a + b + c],
          ['need1', n1],
          ['need2', n2],
        ]),
      );
    });
    return { members, threshold };
  });

describe('protectAreaFamily', () => {
  it(
    'publishes no count from 1 to threshold - 1, and no published sum (within an area or across the Kreis) ' +
      'gives a withheld one away',
    () => {
      fc.assert(
        fc.property(family, ({ members, threshold }) => {
          const published = protectAreaFamily({ kreis: '05162', members, cells: CELLS, sums: SUMS, threshold });
          // Rebuild what a reader sees: published values are known, withheld ones unknown, Kreis-level records never
          // published.
          const suppressed = new Set<string>();
          const constraints = [];
          const areas = [...published.keys()];
          for (const [ags, cells] of published) {
            for (const [cell, count] of cells) {
              if (count.value === null) suppressed.add(`${ags}|${cell}`);
              else expect(count.value === 0 || count.value >= threshold).toBe(true);
            }
            constraints.push({ total: `${ags}|total`, parts: ['a', 'b', 'c'].map((c) => `${ags}|${c}`) });
          }
          const parts = areas.filter((a) => a !== '05162');
          if (members.has('05162')) {
            parts.push('direct');
            for (const c of CELLS) suppressed.add(`direct|${c}`);
            constraints.push({ total: 'direct|total', parts: ['a', 'b', 'c'].map((c) => `direct|${c}`) });
          }
          for (const cell of CELLS)
            constraints.push({ total: `05162|${cell}`, parts: parts.map((p) => `${p}|${cell}`) });
          const revealed = disclosedBySums(constraints, suppressed).filter((id) => !id.startsWith('direct|'));
          expect(revealed).toEqual([]);
          // Published values are the true ones.
          for (const [ags, cells] of published) {
            for (const [cell, count] of cells) {
              if (count.value === null) continue;
              const truth =
                ags === '05162'
                  ? [...members.values()].reduce((s, m) => s + (m.get(cell) ?? 0), 0)
                  : members.get(ags)?.get(cell);
              expect(count.value).toBe(truth);
            }
          }
        }),
        { numRuns: 300 },
      );
    },
  );

  it('gives one family the same pattern whichever member is asked about', () => {
    const members = new Map([
      [
        '05162004',
        new Map([
          ['a', 2],
          ['b', 10],
          ['c', 0],
          ['total', 12],
        ]),
      ],
      [
        '05162008',
        new Map([
          ['a', 7],
          ['b', 9],
          ['c', 3],
          ['total', 19],
        ]),
      ],
    ]);
    const first = protectAreaFamily({
      kreis: '05162',
      members,
      cells: ['total', 'a', 'b', 'c'],
      sums: [{ total: 'total', parts: ['a', 'b', 'c'] }],
      threshold: 5,
    });
    const second = protectAreaFamily({
      kreis: '05162',
      members: new Map([...members].reverse()),
      cells: ['total', 'a', 'b', 'c'],
      sums: [{ total: 'total', parts: ['a', 'b', 'c'] }],
      threshold: 5,
    });
    expect(second).toEqual(first);
    expect(first.get('05162004')?.get('a')).toEqual({ value: null, suppressed: true });
    expect(first.get('05162008')?.get('c')).toEqual({ value: null, suppressed: true });
    expect(first.get('05162')?.get('total')).toEqual({ value: 31, suppressed: false });
  });

  it('never withholds a fixed cell such as seats, and withholds the other part of its sum instead', () => {
    const members = new Map([
      [
        '05566076',
        new Map([
          ['seats', 20],
          ['enrolled', 2],
          ['free', 18],
        ]),
      ],
    ]);
    const out = protectAreaFamily({
      kreis: '05566',
      members,
      cells: ['seats', 'enrolled', 'free'],
      sums: [{ total: 'seats', parts: ['enrolled', 'free'] }],
      fixed: new Set(['seats']),
      threshold: 5,
    });
    expect(out.get('05566076')).toEqual(
      new Map([
        ['seats', { value: 20, suppressed: false }],
        ['enrolled', { value: null, suppressed: true }],
        ['free', { value: null, suppressed: true }],
      ]),
    );
  });

  it(
    'withholds from a writer the cell it topped up: 1 person plus its own 5 is published as 6 to others, ' +
      'withheld from the writer',
    () => {
      const cells = ['total', 'AE_25A', 'DULDUNG'];
      const sums = [{ total: 'total', parts: ['AE_25A', 'DULDUNG'] }];
      const members = new Map([
        [
          '05566076',
          new Map([
            ['total', 46],
            ['AE_25A', 6],
            ['DULDUNG', 40],
          ]),
        ],
      ]);
      const known = new Map([
        [
          '05566076',
          new Map([
            ['total', 5],
            ['AE_25A', 5],
          ]),
        ],
      ]);
      const forWriter = protectAreaFamily({ kreis: '05566', members, cells, sums, threshold: 5, known });
      expect(forWriter.get('05566076')?.get('AE_25A')).toEqual({ value: null, suppressed: true });
      const forOthers = protectAreaFamily({ kreis: '05566', members, cells, sums, threshold: 5 });
      expect(forOthers.get('05566076')?.get('AE_25A')).toEqual({ value: 6, suppressed: false });
    },
  );

  it(
    "withholds a full offer's 0 free seats with its enrolled count, and publishes free seats beside a large " +
      'enrolled count',
    () => {
      const cells = ['seats', 'enrolled', 'free'];
      const sums = [{ total: 'seats', parts: ['enrolled', 'free'] }];
      const members = new Map([
        [
          '05162004',
          new Map([
            ['seats', 3],
            ['enrolled', 3],
            ['free', 0],
          ]),
        ],
        [
          '05162008',
          new Map([
            ['seats', 30],
            ['enrolled', 12],
            ['free', 18],
          ]),
        ],
        [
          '05162012',
          new Map([
            ['seats', 40],
            ['enrolled', 30],
            ['free', 10],
          ]),
        ],
      ]);
      const out = protectAreaFamily({
        kreis: '05162',
        members,
        cells,
        sums,
        fixed: new Set(['seats']),
        derived: new Set(['free']),
        threshold: 5,
      });
      expect(out.get('05162004')).toEqual(
        new Map([
          ['seats', { value: 3, suppressed: false }],
          ['enrolled', { value: null, suppressed: true }],
          ['free', { value: null, suppressed: true }],
        ]),
      );
      // The Kreis's enrolled (45) would give 05162004's away, so 05162008's 12 goes too; since 05162004's lies in 1..3
      // (its seats), 05162008's would lie in 12..14, so 05162012's goes as well. Seats always stay; the Kreis's 45
      // stays.
      expect(out.get('05162')?.get('seats')).toEqual({ value: 73, suppressed: false });
      expect(out.get('05162')?.get('enrolled')).toEqual({ value: 45, suppressed: false });
      expect(out.get('05162008')?.get('enrolled')).toEqual({ value: null, suppressed: true });
      expect(out.get('05162012')?.get('enrolled')).toEqual({ value: null, suppressed: true });
      expect(out.get('05162012')?.get('free')).toEqual({ value: null, suppressed: true });
    },
  );
});
