import { BadUserInputError } from '../errors/domain-error';

/** Opaque cursors: base64url of the sort key, so clients cannot depend on its form. */
export function encodeCursor(key: string): string {
  return Buffer.from(key, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, field = 'after'): string {
  const key = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!key || encodeCursor(key) !== cursor) throw new BadUserInputError(field, 'is not a cursor this service issued');
  return key;
}

/** Caps the requested page size; a size below 1 is a mistake worth naming. */
export function pageSize(requested: number | undefined | null, max: number, fallback = 20, field = 'first'): number {
  if (requested === undefined || requested === null) return Math.min(fallback, max);
  if (!Number.isInteger(requested) || requested < 1)
    throw new BadUserInputError(field, 'must be a whole number of at least 1');
  return Math.min(requested, max);
}
