/**
 * Turns the state-wide indicators into the rows of a needs-and-offers analysis workbook: one row per
 * area and indicator, with the reference date. Withheld counts keep their row, with an empty value and
 * a note, so every area has the same rows.
 */
export const CSV_COLUMNS = ['reference_date', 'ags', 'municipality', 'section', 'indicator', 'value', 'note'] as const;

export const WITHHELD_NOTE = 'withheld: small-group protection';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type Row = Record<(typeof CSV_COLUMNS)[number], string>;

const isObject = (v: Json): v is { [key: string]: Json } => typeof v === 'object' && v !== null && !Array.isArray(v);
const isProtected = (v: Json): v is { value: number | null; suppressed: boolean } =>
  isObject(v) && 'suppressed' in v && 'value' in v && Object.keys(v).length === 2;

/** The field that names an entry of a list (its category, status, ...): the first text field of the entry. */
function entryName(entry: { [key: string]: Json }, index: number, taken: Set<string>): string {
  const first = Object.values(entry)[0];
  const name = typeof first === 'string' ? first : first === null ? 'NONE' : String(index + 1);
  return taken.has(name) ? String(index + 1) : name;
}

function leaves(value: Json, path: string[], out: { path: string[]; value: string; note: string }[]): void {
  if (isProtected(value)) {
    out.push({
      path,
      value: value.value === null ? '' : String(value.value),
      note: value.suppressed ? WITHHELD_NOTE : '',
    });
  } else if (Array.isArray(value)) {
    if (value.every((v) => !isObject(v))) {
      out.push({ path, value: value.join('|'), note: '' });
      return;
    }
    const taken = new Set<string>();
    value.forEach((entry, i) => {
      if (!isObject(entry)) return;
      const name = entryName(entry, i, taken);
      taken.add(name);
      const [firstKey] = Object.keys(entry);
      const rest = Object.fromEntries(Object.entries(entry).filter(([k, v]) => k !== firstKey || isObject(v)));
      leaves(rest, [...path, name], out);
    });
  } else if (isObject(value)) {
    for (const [key, v] of Object.entries(value)) leaves(v, [...path, key], out);
  } else {
    out.push({ path, value: value === null ? '' : String(value), note: '' });
  }
}

export interface AreaIndicatorsJson {
  ags: string;
  referenceDate: string;
  municipality: { name: string } | null;
  [section: string]: Json;
}

export function indicatorRows(areas: readonly AreaIndicatorsJson[]): Row[] {
  const rows: Row[] = [];
  for (const area of areas) {
    const { ags, referenceDate, municipality, ...sections } = area;
    for (const [section, value] of Object.entries(sections)) {
      const out: { path: string[]; value: string; note: string }[] = [];
      leaves(value, [], out);
      for (const leaf of out) {
        rows.push({
          reference_date: referenceDate,
          ags,
          municipality: municipality?.name ?? '',
          section,
          indicator: leaf.path.join('.'),
          value: leaf.value,
          note: leaf.note,
        });
      }
    }
  }
  return rows;
}

/** RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled; CRLF line ends. */
function csvField(value: string): string {
  // A leading =, +, - or @ would make a spreadsheet run the cell as a formula.
  const safe = /^[=+@-]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(rows: readonly Row[]): string {
  const lines = [CSV_COLUMNS.join(','), ...rows.map((r) => CSV_COLUMNS.map((c) => csvField(r[c])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
