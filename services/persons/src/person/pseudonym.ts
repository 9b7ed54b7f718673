import { createHmac } from 'node:crypto';

/**
 * A stable pseudonym for statistics and exports: HMAC-SHA256 of the person id under the
 * subgraph's secret key, shortened to 128 bits. Without the key it cannot be traced back.
 */
export function pseudonymOf(personId: string, key: string): string {
  return createHmac('sha256', key).update(personId.toLowerCase()).digest('hex').slice(0, 32);
}
