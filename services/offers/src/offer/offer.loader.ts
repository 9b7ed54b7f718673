import DataLoader from 'dataloader';
import { agsInArea, byKey, groupByKey, kreisOf } from '@gk/shared';
import type { Offer } from './offer.entity';
import type { OfferRepository, SeatFiguresRow } from './offer.repository';

export function createOfferLoaders(repository: OfferRepository) {
  return {
    byId: new DataLoader<string, Offer | null>(async (ids) => byKey(ids, await repository.findByIds(ids), (o) => o.id)),
    byProvider: new DataLoader<string, Offer[]>(async (ids) =>
      groupByKey(ids, await repository.findByProviders(ids), (o) => o.providerId),
    ),
    /** Offers in a municipality, or in a Kreis and its members; an offer may belong to several keys. */
    inArea: new DataLoader<string, Offer[]>(async (areas) => {
      const offers = await repository.findInAreas(areas);
      return areas.map((area) => offers.filter((o) => agsInArea(area, o.municipalityAgs)));
    }),
    /** Offers of a Kreis (5-digit AGS) that take enrollments and have a free seat. */
    takingEnrollmentsInKreis: new DataLoader<string, Offer[]>(async (kreise) =>
      groupByKey(kreise, await repository.findTakingEnrollmentsInKreise(kreise), (o) => kreisOf(o.municipalityAgs)),
    ),
    seatFiguresByArea: new DataLoader<string, SeatFiguresRow[]>(async (areas) =>
      groupByKey(areas, await repository.seatFiguresByAreas(areas), (r) => r.ags),
    ),
  };
}

export type OfferLoaders = ReturnType<typeof createOfferLoaders>;
