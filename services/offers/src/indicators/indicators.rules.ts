import { NeedCategory } from '@gk/shared';
import { EnrollmentOutcome, PROGRESS_OUTCOMES } from '../enrollment/enrollment-outcome.enum';
import { OfferCategory } from '../offer/offer-category.enum';

/**
 * The rules behind the core group's offer indicators. Each is written once here and repeated in
 * the schema descriptions, so what the dashboard says is what the SQL does.
 */

/** How far ahead an offer that has not started yet still counts as supply on a date. */
export const UPCOMING_MONTHS = 3;

export const COUNTED_OFFERS_RULE =
  'Offers that count on the reference date: not cancelled, not ended before the date (end date on or after it), and ' +
  'started on or before the date or starting within the next three months (start date at most three months after it).';

export const SEAT_HELD_RULE =
  'An enrollment holds a seat on the date when the person took the seat on or before the date (enrolledOn) and the ' +
  'enrollment had not ended by then (no end, or an end after the date).';

/** An offer counts as little used below this share of its seats booked on the date. */
export const LOW_OCCUPANCY = 0.5;

export const LOW_OCCUPANCY_RULE =
  'Low occupancy: fewer than half of its seats are booked on the date. Booked are applications and enrollments made ' +
  'on or before the date that had not ended by then (an offer that has not started yet is judged by its applications).';

/** Offer categories that serve each need category; needs no offer category serves have no supply. */
export const NEED_OFFER_CATEGORIES: Readonly<Record<NeedCategory, readonly OfferCategory[]>> = {
  [NeedCategory.LANGUAGE]: [OfferCategory.LANGUAGE_COURSE],
  [NeedCategory.SCHOOL_DEGREE]: [OfferCategory.SCHOOL_DEGREE_COURSE],
  [NeedCategory.VOCATIONAL_PREPARATION]: [OfferCategory.VOCATIONAL_PREPARATION],
  [NeedCategory.VOCATIONAL_TRAINING]: [OfferCategory.VOCATIONAL_TRAINING, OfferCategory.QUALIFICATION],
  [NeedCategory.EMPLOYMENT]: [OfferCategory.EMPLOYMENT_SUPPORT],
  [NeedCategory.RESIDENCE_COUNSELLING]: [OfferCategory.COUNSELLING],
  [NeedCategory.HOUSING]: [OfferCategory.YOUTH_WELFARE],
  [NeedCategory.HEALTH]: [],
  [NeedCategory.CHILDCARE]: [],
  [NeedCategory.MENTORING]: [OfferCategory.MENTORING],
  [NeedCategory.OTHER]: [],
};

export const NEED_MAPPING_RULE =
  'Need categories are served by these offer categories: LANGUAGE by LANGUAGE_COURSE; SCHOOL_DEGREE by ' +
  'SCHOOL_DEGREE_COURSE; VOCATIONAL_PREPARATION by VOCATIONAL_PREPARATION; VOCATIONAL_TRAINING by ' +
  'VOCATIONAL_TRAINING and QUALIFICATION; EMPLOYMENT by EMPLOYMENT_SUPPORT; RESIDENCE_COUNSELLING by COUNSELLING; ' +
  'HOUSING by YOUTH_WELFARE; MENTORING by MENTORING; HEALTH, CHILDCARE and OTHER by none (their supply is 0).';

/** Outcomes that count as a completed qualification in the participation figures. */
export const QUALIFICATION_OUTCOMES: readonly EnrollmentOutcome[] = [EnrollmentOutcome.QUALIFICATION_ACHIEVED];

export const QUALIFICATION_RULE =
  'A completed qualification is an enrollment that ended with the outcome QUALIFICATION_ACHIEVED (the target ' +
  'qualification, degree or language level); PROGRESSED, NO_PROGRESS and DROPPED_OUT do not count.';

/** Outcomes that count as a transition (qualification or a next stage), as in the offer's own figures. */
export const TRANSITION_OUTCOMES = PROGRESS_OUTCOMES;

export const RATES_RULE =
  "Completion and transition rates are taken over the enrollments in the area's offers of the category (whatever " +
  'their status) that ended with an outcome in the twelve months up to the date: completion = completed / ended ' +
  '(completed or dropped out), transition = ended with QUALIFICATION_ACHIEVED or PROGRESSED / ended.';

export const MEASURE_CAREER_RULE =
  "A person's measure career on the date is the run of their enrollments ended on or before the date without " +
  'progress (NO_PROGRESS or DROPPED_OUT), counted back from the latest ended one; an outcome with progress ' +
  '(QUALIFICATION_ACHIEVED, PROGRESSED) ends the run, and applications, rejections, withdrawals and running ' +
  'enrollments have no outcome, so they neither extend nor break it.';
