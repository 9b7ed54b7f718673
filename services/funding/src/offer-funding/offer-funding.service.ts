import { BadUserInputError, isUuid } from '@gk/shared';
import { sumByProgram, sumBySource } from '../common/shares';
import type { FundingServiceDeps } from '../funding.context';
import type { OfferFunding } from './offer-funding.types';

export class OfferFundingService {
  constructor(private readonly deps: FundingServiceDeps) {}

  /** An offer's funding in one fiscal year, or over all years when none is given. An unknown offer simply has none. */
  async fundingOf(offerId: string, fiscalYear: number | null | undefined): Promise<OfferFunding> {
    this.deps.access.requireOfferFundingReader();
    if (fiscalYear != null && (!Number.isInteger(fiscalYear) || fiscalYear < 2000 || fiscalYear > 2100)) {
      throw new BadUserInputError('fiscalYear', 'must be a year from 2000 to 2100');
    }
    const all = isUuid(offerId) ? await this.deps.loaders.offerFunding.sumsByOffer.load(offerId.toLowerCase()) : [];
    const rows = fiscalYear == null ? all : all.filter((r) => r.fiscalYear === fiscalYear);
    const allocated = rows.reduce((sum, r) => sum + r.allocatedCents, 0);
    const spent = rows.reduce((sum, r) => sum + r.spentCents, 0);
    return {
      allocated,
      spent,
      remaining: allocated - spent,
      bySource: sumBySource(rows),
      byProgramme: sumByProgram(rows),
    };
  }
}
