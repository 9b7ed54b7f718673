import { BadUserInputError, decodeCursor, encodeCursor, isIsoDate, pageSize, isUuid } from '@gk/shared';

/** Largest page any list of this subgraph returns. */
export const MAX_PAGE_SIZE = 100;

export type SortKey = (string | number)[];

/** Cursor of a row: its sort key, opaque to clients. */
export function keysetCursor(key: SortKey): string {
  return encodeCursor(JSON.stringify(key));
}

/** Parts of a sort key: 's' string, 'n' integer, 'd' ISO date, 'u' UUID. */
export type KeyPart = 's' | 'n' | 'd' | 'u';

function fits(value: unknown, part: KeyPart): boolean {
  if (part === 'n') return Number.isInteger(value);
  if (typeof value !== 'string') return false;
  if (part === 'd') return isIsoDate(value);
  if (part === 'u') return isUuid(value);
  return true;
}

/** The sort key behind a cursor, checked against the expected shape. */
export function decodeKeyset(
  cursor: string | null | undefined,
  shape: readonly KeyPart[],
  field = 'after',
): SortKey | null {
  if (cursor === null || cursor === undefined) return null;
  let key: unknown;
  try {
    key = JSON.parse(decodeCursor(cursor, field));
  } catch (error) {
    if (error instanceof BadUserInputError) throw error;
    throw new BadUserInputError(field, 'is not a cursor this service issued');
  }
  const valid = Array.isArray(key) && key.length === shape.length && key.every((v, i) => fits(v, shape[i]));
  if (!valid) throw new BadUserInputError(field, 'is not a cursor this service issued');
  return key as SortKey;
}

export interface PageRequest {
  limit: number;
  after: SortKey | null;
}

export function pageRequest(
  first: number | null | undefined,
  after: string | null | undefined,
  shape: readonly KeyPart[],
): PageRequest {
  return { limit: pageSize(first, MAX_PAGE_SIZE), after: decodeKeyset(after, shape) };
}

/** Cuts the one extra row fetched to learn whether a next page exists. */
export function toPage<T>(
  rows: T[],
  limit: number,
  keyOf: (row: T) => SortKey,
): { items: T[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, pageInfo: { hasNextPage: rows.length > limit, endCursor: last ? keysetCursor(keyOf(last)) : null } };
}
