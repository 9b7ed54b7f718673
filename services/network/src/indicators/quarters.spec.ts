import { quarterEnds } from './quarters';

describe('quarterEnds', () => {
  it('lists the last day of each quarter, oldest first, and none after today', () => {
    expect(quarterEnds(2025, 2026, '2026-11-21')).toEqual([
      '2025-03-31',
      '2025-06-30',
      '2025-09-30',
      '2025-12-31',
      '2026-03-31',
      '2026-06-30',
      '2026-09-30',
    ]);
    expect(quarterEnds(2026, 2026, '2026-03-31')).toEqual(['2026-03-31']);
    expect(quarterEnds(2026, 2026, '2026-03-30')).toEqual([]);
  });
});
