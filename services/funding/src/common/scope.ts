import { isKreisAgs } from '@gk/shared';

/** A condition of a query builder with its own parameters. */
export interface Condition {
  sql: string;
  params: Record<string, unknown>;
}

/**
 * SQL condition: the AGS in `column` lies in one of `areas` by the kit's rule (`agsInArea`): the same
 * AGS, or a member of a Kreis among them. The kit decides which areas are Kreise (`isKreisAgs`); the
 * database only compares a member's Kreis digits with them. `name` keeps the parameters of two
 * conditions in one query apart.
 */
export function inAreas(column: string, areas: readonly string[], name: string): Condition {
  const exact = `${name}Areas`;
  const kreise = `${name}Kreise`;
  return {
    sql: `(${column} = ANY(CAST(:${exact} AS text[])) OR left(${column}, 5) = ANY(CAST(:${kreise} AS text[])))`,
    params: { [exact]: [...areas], [kreise]: areas.filter(isKreisAgs) },
  };
}
