import { formatMoney, formatDate, formatDateTime } from './format';
import { messages } from '../app/messages';

/** An amount from the API ("1234.56") as "1.234,56 €". */
export function Money({ amount }: { amount: string | null | undefined }) {
  return <span className="gk-money">{formatMoney(amount) ?? messages.none}</span>;
}

/** An ISO date as "21.11.2026", in a <time> element that keeps the machine-readable value. */
export function DateText({ value }: { value: string | null | undefined }) {
  const text = formatDate(value);
  return text && value ? <time dateTime={value.slice(0, 10)}>{text}</time> : <span>{messages.none}</span>;
}

/** An ISO timestamp as "21.11.2026, 14:05" (German time). */
export function DateTimeText({ value }: { value: string | null | undefined }) {
  const text = formatDateTime(value);
  return text && value ? <time dateTime={value}>{text}</time> : <span>{messages.none}</span>;
}
