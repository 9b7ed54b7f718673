import { createContext, useContext } from 'react';
import { messages } from '../app/messages';

/**
 * Default small-cell threshold of the hub (setting SUPPRESSION_THRESHOLD), until the gateway's config says otherwise.
 */
export const DEFAULT_SUPPRESSION_THRESHOLD = 5;

/** The hub's threshold as the gateway reports it at /admin/config.json; provided once at the top of the app. */
export const SuppressionThresholdContext = createContext(DEFAULT_SUPPRESSION_THRESHOLD);

export interface ProtectedCountValue {
  suppressed: boolean;
  value?: number | null;
}

/**
 * A count the API protects by small-cell suppression. A withheld one is shown as protected with
 * the threshold ("< 5, geschützt") and an explanation for screen readers, never as 0 or blank:
 * staff would read 0 as "nobody", which is exactly what suppression must not claim.
 */
export function ProtectedCount({
  count,
  threshold: given,
}: {
  count: ProtectedCountValue | null | undefined;
  threshold?: number;
}) {
  const hubThreshold = useContext(SuppressionThresholdContext);
  const threshold = given ?? hubThreshold;
  if (!count) return <span>{messages.none}</span>;
  if (count.suppressed || count.value === null || count.value === undefined) {
    const explanation = messages.protectedCount.explanation(threshold);
    // A plain span's aria-label is ignored by screen readers; as an image of a value the explanation is read.
    return (
      <span role="img" className="gk-protected" title={explanation} aria-label={explanation} data-protected="true">
        {messages.protectedCount.label(threshold)}
      </span>
    );
  }
  return <span>{new Intl.NumberFormat('de-DE').format(count.value)}</span>;
}
