import { toApiAmount } from './amount';

describe('toApiAmount', () => {
  it('reads German amounts as the decimal string the API takes', () => {
    expect(toApiAmount('1.234,56 €')).toBe('1234.56');
    expect(toApiAmount('250,5')).toBe('250.5');
  });

  it('passes anything else on as typed, so the API names what is wrong', () => {
    expect(toApiAmount('1234.56')).toBe('1234.56');
    expect(toApiAmount('abc')).toBe('abc');
  });
});
