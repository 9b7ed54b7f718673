import DataLoader from 'dataloader';
import { groupByKey } from '@gk/shared';
import type { OfferFundingRepository, OfferLedgerSums } from './offer-funding.repository';

export function createOfferFundingLoaders(repository: OfferFundingRepository) {
  return {
    /** Every year's sums of an offer; the field filters by year, so one batch serves all arguments. */
    sumsByOffer: new DataLoader<string, OfferLedgerSums[]>(async (ids) =>
      groupByKey(ids, await repository.sumsByOffers(ids), (r) => r.offerId),
    ),
  };
}
