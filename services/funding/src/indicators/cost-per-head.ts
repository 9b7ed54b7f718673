/**
 * Money spent per head, in cents, rounded to the cent half up (12.345 -> 12.35): exact integer
 * arithmetic, no floating point. Null when the count is unknown (withheld or not delivered) or zero,
 * so no cost is ever derived from a withheld count.
 */
export function costPerHead(spentCents: bigint, count: number | null | undefined): bigint | null {
  if (count === null || count === undefined || !Number.isInteger(count) || count <= 0) return null;
  if (spentCents < 0n) throw new RangeError('spent money is never negative');
  const n = BigInt(count);
  // floor((2 * spent + n) / (2n)) = spent / n rounded half up, for spent >= 0.
  return (2n * spentCents + n) / (2n * n);
}
