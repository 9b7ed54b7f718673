import DataLoader from 'dataloader';
import { groupByKey } from '@gk/shared';
import type { FundingOverviewRepository, OverviewKey, OverviewLedgerSums, PlannedSums } from './funding-overview.repository';

export interface OverviewSums {
  planned: PlannedSums[];
  ledger: OverviewLedgerSums[];
}

const keyOf = (k: OverviewKey): string => `${k.ags}:${k.fiscalYear}`;

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
  };
}
