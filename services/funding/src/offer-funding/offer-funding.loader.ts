import DataLoader from 'dataloader';
import { byKey } from '@gk/shared';
import type { OfferFundingRepository } from './offer-funding.repository';

export function createOfferFundingLoaders(repository: OfferFundingRepository) {
  return {
    allocatedByOffer: new DataLoader<string, number>(async (ids) =>
      byKey(ids, await repository.allocatedByOffers(ids), (r) => r.offerId).map((r) => r?.allocatedCents ?? 0),
    ),
  };
}
