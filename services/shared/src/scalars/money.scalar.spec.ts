import { formatMoney, parseMoney } from './money.scalar';

describe('Money', () => {
  it.each([
    ['0', 0],
    ['0.5', 50],
    ['20000', 2_000_000],
    ['20000.00', 2_000_000],
    ['1234567.89', 123_456_789],
  ])('parses %s euros to %i cents', (input, cents) => {
    expect(parseMoney(input)).toBe(cents);
  });

  it.each(['-1.00', '1.001', '1,50', '', 'abc', '01.00', '1e3'])('refuses %p', (input) => {
    expect(() => parseMoney(input)).toThrow(/decimal string/);
  });

  it('refuses numbers, which would invite floating point', () => {
    expect(() => parseMoney(12.5)).toThrow(/decimal string/);
  });

  it('formats cents exactly, beyond the range of 32-bit integers', () => {
    expect(formatMoney(2_000_000)).toBe('20000.00');
    expect(formatMoney(5)).toBe('0.05');
    expect(formatMoney('900719925474099')).toBe('9007199254740.99');
    expect(formatMoney(-150)).toBe('-1.50');
  });
});
