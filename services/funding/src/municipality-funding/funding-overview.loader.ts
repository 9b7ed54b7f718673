import DataLoader from 'dataloader';
import { groupByKey } from '@gk/shared';
import type {
  DatedOverviewKey,
  FundingOverviewRepository,
  OverviewKey,
  OverviewLedgerSums,
  PlannedSums,
} from './funding-overview.repository';

export interface OverviewSums {
  planned: PlannedSums[];
  ledger: OverviewLedgerSums[];
}

const keyOf = (k: OverviewKey): string => `${k.ags}:${k.fiscalYear}`;
const datedKeyOf = (k: DatedOverviewKey): string => `${k.ags}:${k.fiscalYear}:${k.upTo}`;

export function createFundingOverviewLoaders(repository: FundingOverviewRepository) {
  return {
    sums: new DataLoader<OverviewKey, OverviewSums, string>(
      async (keys) => {
        const [planned, ledger] = await Promise.all([repository.plannedByProduct(keys), repository.ledgerSums(keys)]);
        const wanted = keys.map(keyOf);
        const plannedPerKey = groupByKey(wanted, planned, keyOf);
        const ledgerPerKey = groupByKey(wanted, ledger, keyOf);
        return wanted.map((_, i) => ({ planned: plannedPerKey[i], ledger: ledgerPerKey[i] }));
      },
      { cacheKeyFn: keyOf },
    ),
    /** The same figures with spent counted up to a date (the core group's indicators on a reference date). */
    sumsUpTo: new DataLoader<DatedOverviewKey, OverviewSums, string>(
      async (keys) => {
        // Planned money has no date: one key per area and year, however many dates ask for it.
        const years = [...new Map(keys.map((k) => [keyOf(k), { ags: k.ags, fiscalYear: k.fiscalYear }])).values()];
        const [planned, ledger] = await Promise.all([
          repository.plannedByProduct(years),
          repository.ledgerSumsUpTo(keys),
        ]);
        const plannedPerKey = groupByKey(keys.map(keyOf), planned, keyOf);
        const ledgerPerKey = groupByKey(keys.map(datedKeyOf), ledger, datedKeyOf);
        return keys.map((_, i) => ({ planned: plannedPerKey[i], ledger: ledgerPerKey[i] }));
      },
      { cacheKeyFn: datedKeyOf },
    ),
  };
}
