import { IsoDateScalar, isIsoDate, todayIso } from './iso-date.scalar';

describe('Date', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2019-03-12')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2019-3-12')).toBe(false);
    expect(isIsoDate('12.03.2019')).toBe(false);
  });

  it('refuses a malformed date with BAD_USER_INPUT', () => {
    expect(() => IsoDateScalar.parseValue('2019-13-01')).toThrow(
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } }),
    );
  });

  it('serialises Date objects and strings to YYYY-MM-DD', () => {
    expect(IsoDateScalar.serialize('2019-03-12')).toBe('2019-03-12');
    expect(IsoDateScalar.serialize(new Date('2019-03-12T00:00:00Z'))).toBe('2019-03-12');
  });

  it("takes today's date in Berlin, not in UTC", () => {
    expect(todayIso('Europe/Berlin', new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });
});
