import { buildChart, isWithheld, type ChartSpec } from './chart-options';

const spec = (series: ChartSpec['series'], kind: ChartSpec['kind'] = 'bar'): ChartSpec => ({
  title: 'Lücken',
  kind,
  categories: ['Sprache', 'Wohnen', 'Gesundheit'],
  series,
});

describe('buildChart', () => {
  it('leaves a withheld count out (no bar) instead of drawing it as 0, and names it in the caption', () => {
    const { option, caption, leftOut } = buildChart(
      spec([
        {
          name: 'Bedarf',
          values: [
            { value: 40, suppressed: false },
            { value: null, suppressed: true },
            { value: 0, suppressed: false },
          ],
        },
        {
          name: 'Angebot',
          values: [
            { value: 29, suppressed: false },
            { value: 0, suppressed: false },
            { value: 0, suppressed: false },
          ],
        },
      ]),
      5,
    );
    const series = option.series as { name: string; data: (number | null)[] }[];
    expect(series[0].data).toEqual([40, null, 0]);
    expect(series[1].data).toEqual([29, 0, 0]);
    expect(leftOut).toEqual(['Wohnen – Bedarf']);
    expect(caption).toBe('Ohne Balken, weil geschützt (< 5): Wohnen – Bedarf.');
  });

  it('treats a missing count like a withheld one: nothing is invented', () => {
    const { option, leftOut } = buildChart(
      spec([
        { name: 'Personen', values: [{ value: 3, suppressed: false }, undefined, { suppressed: false, value: null }] },
      ]),
      5,
    );
    expect((option.series as { data: unknown[] }[])[0].data).toEqual([3, null, null]);
    // With one series the category alone names the point.
    expect(leftOut).toEqual(['Wohnen', 'Gesundheit']);
  });

  it('says so when nothing was left out', () => {
    expect(
      buildChart(
        spec([
          {
            name: 'Personen',
            values: [
              { value: 1, suppressed: false },
              { value: 2, suppressed: false },
              { value: 3, suppressed: false },
            ],
          },
        ]),
        5,
      ).caption,
    ).toBe('Kein Wert ist geschützt.');
  });

  it(
    'turns on the aria description (with what was left out) and decal patterns, and breaks lines at withheld ' +
      'points',
    () => {
      const { option } = buildChart(
        spec(
          [
            {
              name: 'Sprache',
              values: [{ value: 5, suppressed: false }, { suppressed: true }, { value: 7, suppressed: false }],
            },
          ],
          'line',
        ),
        3,
      );
      const aria = option.aria as { enabled: boolean; decal: { show: boolean }; label: { description: string } };
      expect(aria.enabled).toBe(true);
      expect(aria.decal.show).toBe(true);
      expect(aria.label.description).toContain(
        'Ohne Punkt (die Linie ist dort unterbrochen), weil geschützt (< 3): Wohnen.',
      );
      expect((option.series as { connectNulls: boolean }[])[0].connectNulls).toBe(false);
    },
  );
});

describe('isWithheld', () => {
  it('holds for suppressed or valueless counts, not for a published 0', () => {
    expect(isWithheld({ suppressed: true, value: null })).toBe(true);
    expect(isWithheld(null)).toBe(true);
    expect(isWithheld({ suppressed: false, value: 0 })).toBe(false);
  });
});
