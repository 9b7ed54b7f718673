import { costPerHead } from './cost-per-head';

describe('costPerHead', () => {
  it('divides exactly when it can', () => {
    expect(costPerHead(1_000_000n, 4)).toBe(250_000n);
  });

  it('rounds to the cent half up', () => {
    // 100.00 / 3 = 33.333.. -> 33.33; 100.01 / 2 = 50.005 -> 50.01; 0.05 / 2 = 0.025 -> 0.03; 0.01 / 3 -> 0.00
    expect(costPerHead(10_000n, 3)).toBe(3_333n);
    expect(costPerHead(10_001n, 2)).toBe(5_001n);
    expect(costPerHead(5n, 2)).toBe(3n);
    expect(costPerHead(1n, 3)).toBe(0n);
    // 2 / 3 = 0.67 (above half)
    expect(costPerHead(2n, 3)).toBe(1n);
  });

  it('stays exact beyond the range of a double', () => {
    expect(costPerHead(9_007_199_254_740_993n, 1)).toBe(9_007_199_254_740_993n);
  });

  it('gives null for a withheld, missing or zero count', () => {
    expect(costPerHead(10_000n, null)).toBeNull();
    expect(costPerHead(10_000n, undefined)).toBeNull();
    expect(costPerHead(10_000n, 0)).toBeNull();
  });

  it('is zero when nothing was spent', () => {
    expect(costPerHead(0n, 7)).toBe(0n);
  });
});
