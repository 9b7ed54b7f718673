import { BadUserInputError, decodeCursor, encodeCursor } from '@gk/shared';

/** Position in a list ordered by name, then id (names repeat, ids break the tie). */
export interface NamePosition {
  name: string;
  id: string;
}

export function encodeNameCursor(position: NamePosition): string {
  return encodeCursor(JSON.stringify([position.name, position.id]));
}

export function decodeNameCursor(cursor: string | null | undefined, field = 'after'): NamePosition | null {
  if (cursor === null || cursor === undefined) return null;
  const key = decodeCursor(cursor, field);
  let parsed: unknown;
  try {
    parsed = JSON.parse(key);
  } catch {
    throw new BadUserInputError(field, 'is not a cursor this service issued');
  }
  if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[0] !== 'string' || typeof parsed[1] !== 'string') {
    throw new BadUserInputError(field, 'is not a cursor this service issued');
  }
  return { name: parsed[0], id: parsed[1] };
}

/** Cuts one extra row off a fetched page and says whether it was there. */
export function toPage<T extends NamePosition>(rows: T[], size: number) {
  const nodes = rows.slice(0, size);
  const last = nodes[nodes.length - 1];
  return { nodes, pageInfo: { hasNextPage: rows.length > size, endCursor: last ? encodeNameCursor(last) : null } };
}

/** Escapes LIKE wildcards so a search text matches literally. */
export function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
