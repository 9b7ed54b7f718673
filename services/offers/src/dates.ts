import { BadUserInputError, todayIso } from '@gk/shared';

/** A day that records what happened: given or today, never in the future. */
export function pastOrToday(value: string | undefined | null, field: string): string {
  const today = todayIso();
  if (value == null) return today;
  if (value > today) throw new BadUserInputError(field, 'must not lie in the future');
  return value;
}

export const laterOf = (a: string, b: string): string => (a > b ? a : b);
