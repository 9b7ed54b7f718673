import { messages } from '../app/messages';

/** Default small-cell threshold of the hub (setting SUPPRESSION_THRESHOLD); the API's answer does not carry it. */
export const DEFAULT_SUPPRESSION_THRESHOLD = 5;

export interface ProtectedCountValue {
  suppressed: boolean;
  value?: number | null;
}

/**
 * A count the API protects by small-cell suppression. A withheld one is shown as protected with
 * the threshold ("< 5, geschützt") and an explanation for screen readers, never as 0 or blank:
 * staff would read 0 as "nobody", which is exactly what suppression must not claim.
 */
export function ProtectedCount({ count, threshold = DEFAULT_SUPPRESSION_THRESHOLD }: { count: ProtectedCountValue | null | undefined; threshold?: number }) {
  if (!count) return <span>{messages.none}</span>;
  if (count.suppressed || count.value === null || count.value === undefined) {
    const explanation = messages.protectedCount.explanation(threshold);
    return (
      <span className="gk-protected" title={explanation} aria-label={explanation} data-protected="true">
        {messages.protectedCount.label(threshold)}
      </span>
    );
  }
  return <span>{new Intl.NumberFormat('de-DE').format(count.value)}</span>;
}
