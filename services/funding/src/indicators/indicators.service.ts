import { assertIndicatorsAgs, assertReferenceDate } from '@gk/shared';
import { OWN_SHARE_SOURCES, STATE_SHARE_SOURCES } from '../budget/budget.enums';
import { sumByProgram } from '../common/shares';
import type { FundingServiceDeps } from '../funding.context';
import type { AreaIndicatorsRepresentation } from './area-indicators.reference';
import { costPerHead } from './cost-per-head';
import type { MoneyIndicators } from './indicators.types';

export const INDICATORS_ACTION = 'AreaIndicators.money';

const sum = (values: readonly number[]): bigint => values.reduce((total, v) => total + BigInt(v), 0n);

/** The money slice of the core group's indicators, on the funding overview's loaders. */
export class IndicatorsService {
  constructor(private readonly deps: FundingServiceDeps) {}

  /**
   * Core group and finance officers, for the areas in their scope; the date is checked after access so a refusal
   * reveals nothing.
   */
  async money(area: AreaIndicatorsRepresentation): Promise<MoneyIndicators> {
    this.deps.access.requireReaderIn(area.ags, INDICATORS_ACTION);
    assertIndicatorsAgs(area.ags);
    assertReferenceDate(area.referenceDate);

    const fiscalYear = Number(area.referenceDate.slice(0, 4));
    const { planned, ledger } = await this.deps.loaders.overview.sumsUpTo.load({
      ags: area.ags,
      fiscalYear,
      upTo: area.referenceDate,
    });
    const allocatedFrom = (sources: readonly string[]) =>
      sum(ledger.filter((r) => sources.includes(r.source)).map((r) => r.allocatedCents));
    const allocated = sum(ledger.map((r) => r.allocatedCents));
    const spent = sum(ledger.map((r) => r.spentCents));
    const stateShare = allocatedFrom(STATE_SHARE_SOURCES);
    const ownShare = allocatedFrom(OWN_SHARE_SOURCES);

    // Counts of another fiscal year than the money's would give a wrong cost: treat them as unknown.
    // An area with no money of its own in the year (funded only through its Kreis, say) has no cost per head, not 0.00.
    const funded = allocated > 0n || planned.some((r) => r.plannedCents > 0);
    const participation = area.participation?.fiscalYear === fiscalYear && funded ? area.participation : null;
    return {
      fiscalYear,
      planned: sum(planned.map((r) => r.plannedCents)),
      allocated,
      spent,
      stateShare,
      ownShare,
      otherShare: allocated - stateShare - ownShare,
      byProgramme: sumByProgram(ledger),
      costPerEnrolledPerson: costPerHead(spent, participation?.enrolledPersons?.value),
      costPerCompletedQualification: costPerHead(spent, participation?.completedQualifications?.value),
    };
  }
}
