import { indicatorRows, toCsv, WITHHELD_NOTE } from './indicators-csv';

describe('indicators CSV', () => {
  const area = {
    ags: '05566076',
    referenceDate: '2026-09-30',
    municipality: { name: 'Rheine' },
    targetGroup: {
      total: { value: 100, suppressed: false },
      byResidenceStatus: [
        { residenceStatus: 'DULDUNG', persons: { value: 40, suppressed: false } },
        { residenceStatus: null, persons: { value: null, suppressed: true } },
      ],
    },
    gaps: [
      {
        needCategory: 'LANGUAGE',
        offerCategories: ['LANGUAGE_COURSE'],
        demand: { value: 12, suppressed: false },
        shortfall: 4,
      },
    ],
    duplicateCandidates: [
      { category: 'MENTORING', first: { title: 'A, "B"' } },
      { category: 'MENTORING', first: { title: '=cmd' } },
    ],
    alliances: [{ alliance: { name: 'Bündnis Rheine' }, coverage: { missingAreas: [], complete: true } }],
  };

  it('writes one row per area and indicator, withheld counts with an empty value and a note', () => {
    const rows = indicatorRows([area]).map((r) => [r.section, r.indicator, r.value, r.note]);
    expect(rows).toEqual([
      ['targetGroup', 'total', '100', ''],
      ['targetGroup', 'byResidenceStatus.DULDUNG.persons', '40', ''],
      ['targetGroup', 'byResidenceStatus.NONE.persons', '', WITHHELD_NOTE],
      ['gaps', 'LANGUAGE.offerCategories', 'LANGUAGE_COURSE', ''],
      ['gaps', 'LANGUAGE.demand', '12', ''],
      ['gaps', 'LANGUAGE.shortfall', '4', ''],
      ['duplicateCandidates', 'MENTORING.first.title', 'A, "B"', ''],
      ['duplicateCandidates', '2.first.title', '=cmd', ''],
      ['alliances', '1.alliance.name', 'Bündnis Rheine', ''],
      ['alliances', '1.coverage.missingAreas', '', ''],
      ['alliances', '1.coverage.complete', 'true', ''],
    ]);
    expect(
      indicatorRows([area]).every(
        (r) => r.ags === '05566076' && r.reference_date === '2026-09-30' && r.municipality === 'Rheine',
      ),
    ).toBe(true);
  });

  it('quotes as RFC 4180 says and defuses spreadsheet formulas', () => {
    const csv = toCsv(indicatorRows([area]));
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('reference_date,ags,municipality,section,indicator,value,note');
    expect(lines).toContain('2026-09-30,05566076,Rheine,duplicateCandidates,MENTORING.first.title,"A, ""B""",');
    expect(lines).toContain("2026-09-30,05566076,Rheine,duplicateCandidates,2.first.title,'=cmd,");
    expect(lines).toContain(`2026-09-30,05566076,Rheine,targetGroup,byResidenceStatus.NONE.persons,,${WITHHELD_NOTE}`);
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});
