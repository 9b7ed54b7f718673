import { sortStateRows, type StateRow } from './state-sort';

const row = (ags: string, name: string, total: number | null, gaps = 0): StateRow => ({
  ags,
  name,
  kind: 'Kreis',
  total: total === null ? { suppressed: true, value: null } : { suppressed: false, value: total },
  gaps,
  shortfall: 0,
  careers: { suppressed: false, value: 0 },
});

const rows = [
  row('05566', 'Kreis Steinfurt', 96, 3),
  row('05162', 'Rhein-Kreis Neuss', null, 5),
  row('05162004', 'Dormagen', 12, 1),
  row('05162008', 'Grevenbroich', null, 2),
];

describe('sortStateRows', () => {
  it('sorts by a count both ways, withheld counts last either way (never read as 0)', () => {
    expect(sortStateRows(rows, 'total', 'asc').map((r) => r.ags)).toEqual(['05162004', '05566', '05162', '05162008']);
    expect(sortStateRows(rows, 'total', 'desc').map((r) => r.ags)).toEqual(['05566', '05162004', '05162', '05162008']);
  });

  it('sorts by name the German way and by plain numbers', () => {
    expect(sortStateRows(rows, 'name', 'asc').map((r) => r.name)).toEqual([
      'Dormagen',
      'Grevenbroich',
      'Kreis Steinfurt',
      'Rhein-Kreis Neuss',
    ]);
    expect(sortStateRows(rows, 'gaps', 'desc').map((r) => r.gaps)).toEqual([5, 3, 2, 1]);
  });

  it('leaves the rows it was given as they were', () => {
    const before = rows.map((r) => r.ags);
    sortStateRows(rows, 'name', 'desc');
    expect(rows.map((r) => r.ags)).toEqual(before);
  });
});
