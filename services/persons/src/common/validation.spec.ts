import { addDays, ageOn, inTargetGroupOn } from './validation';
import { pseudonymOf } from '../person/pseudonym';

describe('date rules', () => {
  it('counts full years, a birthday on 29 February falling due on 1 March', () => {
    expect(ageOn('2004-05-17', '2022-05-16')).toBe(17);
    expect(ageOn('2004-05-17', '2022-05-17')).toBe(18);
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
  });

  it('takes the target group as 18 to 27 inclusive', () => {
    expect([
      inTargetGroupOn('2000-06-15', '2018-06-14'),
      inTargetGroupOn('2000-06-15', '2018-06-15'),
      inTargetGroupOn('2000-06-15', '2028-06-14'),
      inTargetGroupOn('2000-06-15', '2028-06-15'),
    ]).toEqual([false, true, true, false]);
  });

  it('adds days across month and year ends without time-zone drift', () => {
    expect([addDays('2024-03-01', -1), addDays('2023-12-31', 1), addDays('2024-10-27', 1)]).toEqual([
      '2024-02-29',
      '2024-01-01',
      '2024-10-28',
    ]);
  });
});

describe('pseudonym', () => {
  it('is stable for a key, differs between keys and ids, and does not contain the id', () => {
    const id = '3f1c2a9e-0b7d-4c52-9a51-1d2e3f4a5b6c';
    expect(pseudonymOf(id, 'k1')).toBe(pseudonymOf(id.toUpperCase(), 'k1'));
    expect(pseudonymOf(id, 'k1')).toMatch(/^[0-9a-f]{32}$/);
    expect(pseudonymOf(id, 'k2')).not.toBe(pseudonymOf(id, 'k1'));
    expect(pseudonymOf('3f1c2a9e-0b7d-4c52-9a51-1d2e3f4a5b6d', 'k1')).not.toBe(pseudonymOf(id, 'k1'));
    expect(pseudonymOf(id, 'k1')).not.toContain(id.slice(0, 8));
  });
});
