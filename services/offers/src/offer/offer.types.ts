import { BenefitRegime, CefrLevel, PageInfo, ResidenceStatus } from '@gk/shared';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { OfferCategory } from './offer-category.enum';
import { Offer } from './offer.entity';

@ObjectType({
  description:
    'Who an offer admits. A person must meet every rule; an empty list admits everyone, and a rule with a ' +
    'restriction does not admit a person whose fact is not recorded.',
})
export class OfferEligibilityRules {
  @Field(() => Int, { description: 'Lowest admitted age in full years.' })
  minAge!: number;

  @Field(() => Int, { description: 'Highest admitted age in full years.' })
  maxAge!: number;

  @Field(() => [ResidenceStatus], { description: 'Admitted residence statuses; empty admits every status.' })
  residenceStatuses!: ResidenceStatus[];

  @Field(() => [BenefitRegime], {
    description:
      'Admitted benefit regimes; empty admits every regime. An offer only for persons without SGB II / SGB XII lists ' +
      'ASYLBLG, SGB_III and NONE.',
  })
  benefitRegimes!: BenefitRegime[];

  @Field(() => CefrLevel, { nullable: true, description: 'Minimum German level; null when none is required.' })
  minGermanLevel!: CefrLevel | null;
}

/** Counts of persons behind an offer's or an area's seats: exact, or withheld from the reader. */
export interface SeatCounts {
  taken: number;
  free: number;
  applicants: number;
  occupancy: number;
}

@ObjectType({
  description:
    'Figures of one offer computed from its enrollments. Rates are null while fewer enrollments than the small-group ' +
    'threshold have ended, so they never reveal a few persons. The counts of persons (taken, free, applicants, ' +
    'occupancy) are exact for the staff of the provider and for case managers; a reader with the role CORE_GROUP ' +
    'gets them null with FORBIDDEN unless its own organisation runs the offer, since the core group reads the same ' +
    'counts protected in AreaIndicators.offerLandscape.',
})
export class OfferFigures {
  @Field(() => Int, { description: 'Number of seats.' })
  seats!: number;

  /**
   * The counts of persons, or null when this reader may not see them (taken, free, applicants and occupancy resolve
   * from it).
   */
  counts!: SeatCounts | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Completion rate: completed divided by ended enrollments (completed or dropped out), 0 to 1; null below the ' +
      'small-group threshold.',
  })
  completionRate!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Transition rate: ended enrollments with a qualification or progress to a next stage, divided by all ended ' +
      'enrollments, 0 to 1; null below the small-group threshold.',
  })
  transitionRate!: number | null;
}

@ObjectType({
  description:
    'Seats of the offers of one category in an area (a municipality, or a Kreis with its members), over offers that ' +
    'are planned, open or running. Taken and free seats count persons: a reader with the role CORE_GROUP gets them ' +
    'null with FORBIDDEN and reads them protected in AreaIndicators.offerLandscape.',
})
export class OfferSeatFigures {
  @Field(() => OfferCategory, { description: 'Category of the offers.' })
  category!: OfferCategory;

  @Field(() => Int, { description: 'Number of offers.' })
  offers!: number;

  @Field(() => Int, { description: 'Seats of these offers.' })
  seats!: number;

  /** Taken seats, or null when this reader may not see them (taken and free resolve from it). */
  takenSeats!: number | null;
}

@ObjectType({ description: 'One page of offers.' })
export class OfferPage {
  @Field(() => [Offer], { description: 'The offers of this page.' })
  items!: Offer[];

  @Field(() => PageInfo, { description: 'Where this page stands in the whole list.' })
  pageInfo!: PageInfo;
}
