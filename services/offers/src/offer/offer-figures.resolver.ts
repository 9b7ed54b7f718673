import { FieldResolver, Float, Int, Resolver, Root } from 'type-graphql';
import { withheldCount as withheld } from '../access/offers-access';
import { OfferFigures, OfferSeatFigures, type SeatCounts } from './offer.types';

function count<K extends keyof SeatCounts>(counts: SeatCounts | null, field: K, path: string): SeatCounts[K] {
  if (counts === null) throw withheld(path);
  return counts[field];
}

@Resolver(() => OfferFigures)
export class OfferFiguresResolver {
  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'Seats taken: enrollments that are enrolled or completed. Null with FORBIDDEN for the core group (see the type).',
  })
  taken(@Root() figures: OfferFigures): number {
    return count(figures.counts, 'taken', 'figures.taken');
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Free seats (seats minus taken). Null with FORBIDDEN for the core group (see the type).',
  })
  free(@Root() figures: OfferFigures): number {
    return count(figures.counts, 'free', 'figures.free');
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'Open applications waiting for a seat. More applications than free seats means more demand than supply. Null ' +
      'with FORBIDDEN for the core group (see the type).',
  })
  applicants(@Root() figures: OfferFigures): number {
    return count(figures.counts, 'applicants', 'figures.applicants');
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description:
      'Occupancy: taken seats divided by seats, 0 to 1. Null with FORBIDDEN for the core group (see the type).',
  })
  occupancy(@Root() figures: OfferFigures): number {
    return count(figures.counts, 'occupancy', 'figures.occupancy');
  }
}

@Resolver(() => OfferSeatFigures)
export class OfferSeatFiguresResolver {
  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Seats taken. Null with FORBIDDEN for the core group (see the type).',
  })
  taken(@Root() figures: OfferSeatFigures): number {
    if (figures.takenSeats === null) throw withheld('offerSeatFigures.taken');
    return figures.takenSeats;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Free seats. Null with FORBIDDEN for the core group (see the type).',
  })
  free(@Root() figures: OfferSeatFigures): number {
    if (figures.takenSeats === null) throw withheld('offerSeatFigures.free');
    return figures.seats - figures.takenSeats;
  }
}
