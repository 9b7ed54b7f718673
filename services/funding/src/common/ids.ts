import { BadUserInputError } from '@gk/shared';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Refuses a malformed id before it reaches the database (where it would be an internal error). */
export function assertUuid(value: string, field: string): string {
  if (!UUID.test(value)) throw new BadUserInputError(field, 'must be a UUID');
  return value.toLowerCase();
}

export function isUuid(value: string): boolean {
  return UUID.test(value);
}
