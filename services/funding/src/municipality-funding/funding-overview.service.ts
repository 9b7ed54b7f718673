import { BadUserInputError } from '@gk/shared';
import { Action } from '../access/funding-access';
import { OWN_SHARE_SOURCES, STATE_SHARE_SOURCES } from '../budget/budget.enums';
import { sumByProgram, sumBySource } from '../common/shares';
import type { FundingServiceDeps } from '../funding.context';
import type { FundingBudgetProductFigures, MunicipalityFundingOverview } from './funding-overview.types';

export class FundingOverviewService {
  constructor(private readonly deps: FundingServiceDeps) {}

  /** Finance officers and core-group analysts, for the municipalities in their scope. */
  async overview(ags: string, fiscalYear: number): Promise<MunicipalityFundingOverview> {
    this.deps.access.requireReaderIn(ags, Action.READ_OVERVIEW);
    if (!Number.isInteger(fiscalYear) || fiscalYear < 2000 || fiscalYear > 2100)
      throw new BadUserInputError('fiscalYear', 'must be a year from 2000 to 2100');
    const { planned, ledger } = await this.deps.loaders.overview.sums.load({ ags, fiscalYear });
    const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
    const allocatedFrom = (sources: readonly string[]) =>
      sum(ledger.filter((r) => sources.includes(r.source)).map((r) => r.allocatedCents));
    const allocated = sum(ledger.map((r) => r.allocatedCents));
    const stateShare = allocatedFrom(STATE_SHARE_SOURCES);
    const ownShare = allocatedFrom(OWN_SHARE_SOURCES);

    const products = new Map<string, FundingBudgetProductFigures>();
    const product = (code: string) => {
      const existing = products.get(code);
      if (existing) return existing;
      const created = { budgetProduct: code, planned: 0, allocated: 0, spent: 0 };
      products.set(code, created);
      return created;
    };
    for (const row of planned) product(row.budgetProduct).planned += row.plannedCents;
    for (const row of ledger) {
      if (!row.budgetProduct) continue;
      const p = product(row.budgetProduct);
      p.allocated += row.allocatedCents;
      p.spent += row.spentCents;
    }

    return {
      fiscalYear,
      planned: sum(planned.map((r) => r.plannedCents)),
      allocated,
      spent: sum(ledger.map((r) => r.spentCents)),
      stateShare,
      ownShare,
      otherShare: allocated - stateShare - ownShare,
      bySource: sumBySource(ledger),
      byProgramme: sumByProgram(ledger),
      byBudgetProduct: [...products.values()].sort((a, b) => a.budgetProduct.localeCompare(b.budgetProduct)),
    };
  }
}
