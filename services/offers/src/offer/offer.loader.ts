import DataLoader from 'dataloader';
import { byKey } from '@gk/shared';
import type { Offer } from './offer.entity';
import type { OfferRepository } from './offer.repository';

export function createOfferLoaders(repository: OfferRepository) {
  return {
    byId: new DataLoader<string, Offer | null>(async (ids) => byKey(ids, await repository.findByIds(ids), (o) => o.id)),
  };
}

export type OfferLoaders = ReturnType<typeof createOfferLoaders>;
