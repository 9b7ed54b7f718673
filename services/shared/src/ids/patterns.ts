import { BadUserInputError } from '../errors/domain-error';

/** A UUID in its canonical text form, any case. */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}

/**
 * Refuses a malformed id before it reaches the database (where it would be an internal error); returns it in lower
 * case.
 */
export function assertUuid(value: string, field: string): string {
  if (!isUuid(value)) throw new BadUserInputError(field, 'must be a UUID');
  return value.toLowerCase();
}
