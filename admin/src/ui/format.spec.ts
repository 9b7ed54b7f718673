import { formatDate, formatDateTime, formatMoney } from './format';

describe('German formats', () => {
  it.each([
    ['1234.56', '1.234,56\u00a0€'],
    ['20000.00', '20.000,00\u00a0€'],
    ['0.5', '0,50\u00a0€'],
    ['-1234567.89', '-1.234.567,89\u00a0€'],
    ['7', '7,00\u00a0€'],
    // Beyond a double's exact range: the string is grouped, never turned into a number.
    ['90071992547409931.23', '90.071.992.547.409.931,23\u00a0€'],
  ])('money %s is %s', (amount, shown) => {
    expect(formatMoney(amount)).toBe(shown);
  });

  it('shows nothing for money that is not a decimal string, rather than a wrong amount', () => {
    expect(formatMoney('12,50')).toBeNull();
    expect(formatMoney('1e3')).toBeNull();
    expect(formatMoney(null)).toBeNull();
  });

  it('writes a date as 21.11.2026, the calendar date sent, whatever the browser time zone', () => {
    expect(formatDate('2026-11-21')).toBe('21.11.2026');
    expect(formatDate('2026-01-01T00:30:00.000Z')).toBe('01.01.2026');
    expect(formatDate('')).toBeNull();
  });

  it('writes a timestamp in German time', () => {
    expect(formatDateTime('2026-11-21T13:05:00.000Z')).toBe('21.11.2026, 14:05');
    expect(formatDateTime('2026-07-01T10:00:00.000Z')).toBe('01.07.2026, 12:00');
  });
});
