import DataLoader from 'dataloader';
import { byKey, groupByKey } from '@gk/shared';
import { isKreisAgs } from '../references/municipality.reference';
import type { Offer } from './offer.entity';
import type { OfferRepository, SeatFiguresRow } from './offer.repository';

const inArea = (area: string, offer: Offer): boolean =>
  isKreisAgs(area) ? offer.municipalityAgs.startsWith(area) : offer.municipalityAgs === area;

export function createOfferLoaders(repository: OfferRepository) {
  return {
    byId: new DataLoader<string, Offer | null>(async (ids) => byKey(ids, await repository.findByIds(ids), (o) => o.id)),
    byProvider: new DataLoader<string, Offer[]>(async (ids) =>
      groupByKey(ids, await repository.findByProviders(ids), (o) => o.providerId),
    ),
    /** Offers in a municipality, or in a Kreis and its members; an offer may belong to several keys. */
    inArea: new DataLoader<string, Offer[]>(async (areas) => {
      const offers = await repository.findInAreas(areas);
      return areas.map((area) => offers.filter((o) => inArea(area, o)));
    }),
    /** Offers of a Kreis (5-digit AGS) that take enrollments and have a free seat. */
    takingEnrollmentsInKreis: new DataLoader<string, Offer[]>(async (kreise) =>
      groupByKey(kreise, await repository.findTakingEnrollmentsInKreise(kreise), (o) => o.municipalityAgs.slice(0, 5)),
    ),
    seatFiguresByArea: new DataLoader<string, SeatFiguresRow[]>(async (areas) =>
      groupByKey(areas, await repository.seatFiguresByAreas(areas), (r) => r.ags),
    ),
  };
}

export type OfferLoaders = ReturnType<typeof createOfferLoaders>;
