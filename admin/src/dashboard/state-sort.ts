import type { Count } from './chart-options';
import { isWithheld } from './chart-options';

export interface StateRow {
  ags: string;
  name: string;
  kind: string;
  total: Count | null | undefined;
  gaps: number;
  shortfall: number;
  careers: Count | null | undefined;
}

export type StateColumn = 'ags' | 'name' | 'kind' | 'total' | 'gaps' | 'shortfall' | 'careers';

const key = (row: StateRow, column: StateColumn): string | number | null => {
  const v = row[column];
  if (typeof v === 'string' || typeof v === 'number') return v;
  return isWithheld(v) ? null : (v!.value as number);
};

/**
 * Sorts the state-wide list by one column. A withheld count has no value to compare, so such rows
 * go last in either direction (and keep their AGS order among themselves), instead of being read
 * as 0 and placed among the smallest.
 */
export function sortStateRows(rows: readonly StateRow[], column: StateColumn, direction: 'asc' | 'desc'): StateRow[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = key(a, column);
    const y = key(b, column);
    if (x === null && y === null) return a.ags.localeCompare(b.ags);
    if (x === null) return 1;
    if (y === null) return -1;
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'de');
    return c !== 0 ? sign * c : a.ags.localeCompare(b.ags);
  });
}
