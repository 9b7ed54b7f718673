import { messages } from '../app/messages';

const t = messages.network;

/**
 * What an alliance's core group lacks, in words: the missing fields of action and the expected
 * agencies not represented. Empty when the coverage is complete.
 */
export function missingParts(coverage: {
  missingAreas: readonly string[];
  missingExpectedAgencies: readonly string[];
}): string[] {
  return [
    ...coverage.missingAreas.map((a) => t.areas[a] ?? a),
    ...coverage.missingExpectedAgencies.map((k) => t.organisationKinds[k] ?? k),
  ];
}
