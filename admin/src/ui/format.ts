/**
 * German formats for what the API sends as text: money as exact decimal strings ("1234.56"), dates
 * as ISO dates ("2026-11-21") and timestamps as ISO date-times. Money is never turned into a
 * floating-point number: the string is split and grouped, so cents stay exact however large.
 */

const MONEY = /^(-)?(\d+)(?:\.(\d{1,2}))?$/;

/** "1234.5" → "1.234,50 €"; null for anything that is not a decimal string. */
export function formatMoney(amount: string | null | undefined): string | null {
  if (amount === null || amount === undefined) return null;
  const match = MONEY.exec(amount.trim());
  if (!match) return null;
  const [, minus, euros, cents = ''] = match;
  const grouped = euros.replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  // U+00A0 keeps the amount and its sign together at a line break, as DIN 5008 asks.
  return `${minus ?? ''}${grouped},${cents.padEnd(2, '0')}\u00a0€`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * "2026-11-21" (or an ISO date-time) → "21.11.2026", read as the calendar date written, never shifted by a time zone.
 */
export function formatDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  return `${match[3]}.${match[2]}.${match[1]}`;
}

const DATE_TIME = new Intl.DateTimeFormat('de-DE', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Berlin',
});

/** An ISO timestamp → "21.11.2026, 14:05" in German time (the staff's clock). */
export function formatDateTime(value: string | null | undefined): string | null {
  if (!value) return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  return DATE_TIME.format(date);
}

/** A share 0..1 → "42 %". */
export function formatPercent(value: number | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return `${new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 }).format(value * 100)}\u00a0%`;
}

/** Today's ISO date in Germany, for date inputs' defaults. */
export function todayIso(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Berlin',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
  return parts;
}
