import { z } from 'zod';
import { setting } from '../config/settings';
import { DEFAULT_SUPPRESSION_THRESHOLD, MINIMUM_SUPPRESSION_THRESHOLD } from './suppression';

/**
 * One setting for every subgraph that publishes counts derived from personal data; the hub passes the same value to
 * all.
 */
export const suppressionThresholdSetting = setting(
  'SUPPRESSION_THRESHOLD',
  `Counts derived from personal data below this number are withheld in the core group's indicators ` +
    `(default ${DEFAULT_SUPPRESSION_THRESHOLD}, never below ${MINIMUM_SUPPRESSION_THRESHOLD}); secondary ` +
    `suppression hides what totals would give away.`,
  String(DEFAULT_SUPPRESSION_THRESHOLD),
  z.coerce
    .number()
    .int()
    .min(MINIMUM_SUPPRESSION_THRESHOLD, {
      message: `must be a whole number of at least ${MINIMUM_SUPPRESSION_THRESHOLD}`,
    }),
);
