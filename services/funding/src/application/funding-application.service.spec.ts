import { meetsFundingRate } from './funding-application.service';
import { formatPercent } from '../common/percent';

describe('the funding-rate rule', () => {
  it('allows exactly the maximum rate and refuses one cent more', () => {
    expect(meetsFundingRate(8_000_000, 2_000_000, 8000)).toBe(true);
    expect(meetsFundingRate(8_000_001, 2_000_000, 8000)).toBe(false);
    expect(meetsFundingRate(7_999_999, 2_000_001, 8000)).toBe(true);
  });

  it('lets a 100 % programme go without own share and no programme fund more than the total', () => {
    expect(meetsFundingRate(3_000_000, 0, 10000)).toBe(true);
    expect(meetsFundingRate(1, 0, 9999)).toBe(false);
  });

  it('stays exact where the products pass 2^53', () => {
    expect(meetsFundingRate(8_000_000_000_000_000, 2_000_000_000_000_000, 8000)).toBe(true);
    expect(meetsFundingRate(8_000_000_000_000_001, 2_000_000_000_000_000, 8000)).toBe(false);
  });

  it('names rates in percent', () => {
    expect(formatPercent(8000)).toBe('80 %');
    expect(formatPercent(2000)).toBe('20 %');
    expect(formatPercent(7550)).toBe('75.5 %');
  });
});
