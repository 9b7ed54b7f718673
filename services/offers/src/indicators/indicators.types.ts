import { IsoDateScalar, NeedCategory, ProtectedCount, ProtectedRate } from '@gk/shared';
import { Field, Int, ObjectType } from 'type-graphql';
import { OfferCategory } from '../offer/offer-category.enum';
import { Offer } from '../offer/offer.entity';
import {
  COUNTED_OFFERS_RULE,
  LOW_OCCUPANCY_RULE,
  MEASURE_CAREER_RULE,
  NEED_MAPPING_RULE,
  QUALIFICATION_RULE,
  RATES_RULE,
  SEAT_HELD_RULE,
} from './indicators.rules';

@ObjectType({
  description:
    `Offers of one category in the area on the reference date. ${COUNTED_OFFERS_RULE} Seats = enrolled + ` +
    `free in every area; offers and seats are not personal and always published, the other counts are protected ` +
    `together for the whole Kreis and its Gemeinden.`,
})
export class OfferCategoryIndicators {
  @Field(() => OfferCategory, { description: 'The offer category.' })
  category!: OfferCategory;

  @Field(() => Int, {
    description: 'Number of offers of the category that count on the date (not personal, never withheld).',
  })
  offers!: number;

  @Field(() => Int, { description: 'Seats of these offers (not personal, never withheld).' })
  seats!: number;

  @Field(() => ProtectedCount, {
    description: `Seats held on the date in these offers (one per person and offer). ${SEAT_HELD_RULE}`,
  })
  enrolled!: ProtectedCount;

  @Field(() => ProtectedCount, {
    description:
      'Free seats on the date: seats minus enrolled; withheld exactly when enrolled is (seats are published, so ' +
      'either gives the other away). A small number of free seats is no small group of persons and is not withheld ' +
      'on its own.',
  })
  free!: ProtectedCount;

  @Field(() => ProtectedRate, { description: 'Occupancy: enrolled divided by seats; withheld when enrolled is.' })
  occupancyRate!: ProtectedRate;

  @Field(() => ProtectedRate, {
    description: `Completion rate. ${RATES_RULE} Withheld when either count is below the threshold.`,
  })
  completionRate!: ProtectedRate;

  @Field(() => ProtectedRate, {
    description:
      'Transition rate (qualification or progress to a next stage), over the same ended enrollments as the ' +
      'completion rate; withheld when either count is below the threshold.',
  })
  transitionRate!: ProtectedRate;
}

@ObjectType({
  description:
    `A need category's demand against the supply of matching offers in the area on the reference date ` +
    `(Angebotslücke). ${NEED_MAPPING_RULE}`,
})
export class NeedGap {
  @Field(() => NeedCategory, { description: 'The need category.' })
  needCategory!: NeedCategory;

  @Field(() => [OfferCategory], { description: 'The offer categories that serve this need (may be empty).' })
  offerCategories!: OfferCategory[];

  @Field(() => ProtectedCount, {
    description:
      'Demand: open needs of the category in the area, as the persons subgraph publishes them ' +
      '(AreaIndicators.targetGroup.openNeedsByCategory).',
  })
  demand!: ProtectedCount;

  @Field(() => ProtectedCount, {
    description:
      'Supply: free seats on the date in the offers of the matching categories that count on the date; withheld when ' +
      'a free-seat count it is summed from is withheld.',
  })
  supply!: ProtectedCount;

  @Field(() => Int, {
    nullable: true,
    description: 'Shortfall: demand minus supply, at least 0; null when demand or supply is withheld.',
  })
  shortfall!: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether demand exceeds supply (a gap); null when demand or supply is withheld.',
  })
  isGap!: boolean | null;
}

@ObjectType({
  description: `Measure careers (Maßnahmen-Karrieren) in the area on the reference date. ${MEASURE_CAREER_RULE}`,
})
export class MeasureCareerIndicators {
  @Field(() => ProtectedCount, {
    description:
      'Persons whose measure career on the date reaches the threshold, each counted once, in the area of the offer ' +
      'of their latest ended enrollment; protected together for the whole Kreis and its Gemeinden.',
  })
  flaggedPersons!: ProtectedCount;

  @Field(() => Int, {
    description: 'Length from which a run counts as a measure career (setting OFFERS_MEASURE_CAREER_THRESHOLD).',
  })
  threshold!: number;
}

@ObjectType({
  description:
    `Two offers that may duplicate each other: same category, same municipality (AGS), overlapping dates, ` +
    `both counting on the reference date and both with low occupancy on it. ${LOW_OCCUPANCY_RULE} Candidates for the ` +
    `core group to look at, not a verdict; no counts of persons.`,
})
export class DuplicateCandidate {
  @Field(() => Offer, { description: 'The offer that starts first (ties: the smaller id).' })
  first!: Offer;

  @Field(() => Offer, { description: 'The other offer.' })
  second!: Offer;

  @Field(() => OfferCategory, { description: 'The category both offers share.' })
  category!: OfferCategory;

  @Field(() => IsoDateScalar, { description: 'First day both offers run (the later start date).' })
  overlapFrom!: string;

  @Field(() => IsoDateScalar, { description: 'Last day both offers run (the earlier end date).' })
  overlapUntil!: string;
}

@ObjectType({
  description:
    "Participation in the area's offers in the fiscal (calendar) year of the reference date, up to the date; what " +
    'funding divides its spending by.',
})
export class ParticipationIndicators {
  @Field(() => Int, { description: 'The fiscal year: the calendar year of the reference date.' })
  fiscalYear!: number;

  @Field(() => ProtectedCount, {
    description:
      "Persons who held a seat in the area's offers at some time in the fiscal year up to the date (took the seat on " +
      'or before the date and had not ended before 1 January). Each person counts once per Kreis, in the ' +
      'municipality of the offer of their latest such enrollment, so a Kreis is the sum of its Gemeinden; protected ' +
      'together for the whole Kreis.',
  })
  enrolledPersons!: ProtectedCount;

  @Field(() => ProtectedCount, {
    description:
      `Enrollments in the area's offers that ended with a completed qualification from 1 January of the ` +
      `fiscal year up to the date. ${QUALIFICATION_RULE}`,
  })
  completedQualifications!: ProtectedCount;
}
