import type { FamilyKey } from '@gk/shared';
import type { EntityManager } from 'typeorm';
import { OfferStatus } from '../offer/offer-status.enum';
import type { OfferCategory } from '../offer/offer-category.enum';
import { LOW_OCCUPANCY, QUALIFICATION_OUTCOMES, TRANSITION_OUTCOMES, UPCOMING_MONTHS } from './indicators.rules';

/** Raw counts of one municipality (or of Kreis-level offers, AGS = Kreis) and one offer category. */
export interface LandscapeRow {
  kreis: string;
  referenceDate: string;
  ags: string;
  category: OfferCategory;
  offers: number;
  seats: number;
  enrolled: number;
  ended: number;
  completed: number;
  transitioned: number;
  /** How many of enrolled, ended, completed and transitioned the reader's organisation knows itself (0 without one). */
  ownEnrolled: number;
  ownEnded: number;
  ownCompleted: number;
  ownTransitioned: number;
}

/**
 * An enrollment the reader's organisation ($4) knows without the figures: in an offer it runs, or one it
 * created or last changed (a case manager's application). Its protection must hold after subtracting them.
 */
const OWN_ENROLLMENT =
  `($4::text IS NOT NULL AND (CAST(o.provider_id AS text) = $4 ` +
  `OR CAST(e.created_by_org AS text) = $4 OR CAST(e.updated_by_org AS text) = $4))`;

/** One raw count of one municipality. */
export interface CountRow {
  kreis: string;
  referenceDate: string;
  ags: string;
  cell: string;
  n: number;
}

export interface DuplicateRow {
  kreis: string;
  referenceDate: string;
  ags: string;
  category: OfferCategory;
  firstId: string;
  secondId: string;
  overlapFrom: string;
  overlapUntil: string;
}

/** The requested (Kreis, date) pairs, as two parallel arrays for unnest. */
const keyParams = (keys: readonly FamilyKey[]) => [keys.map((k) => k.kreis), keys.map((k) => k.referenceDate)];

const KEYS = `k AS (SELECT DISTINCT kreis, d FROM unnest($1::text[], $2::date[]) AS t(kreis, d))`;

/** Offers that count on the date (see COUNTED_OFFERS_RULE): alias o, key k. */
const COUNTED =
  `o.status <> '${OfferStatus.CANCELLED}' AND o.end_date >= k.d ` +
  `AND o.start_date <= (k.d + interval '${UPCOMING_MONTHS} months')::date`;

/**
 * Aggregates of the core group's indicators. Every method answers for all requested (Kreis, date)
 * pairs in one statement, grouped by the offer's own AGS, so the whole Kreis family can be protected
 * together; nothing is loaded row by row.
 */
export class IndicatorsRepository {
  constructor(private readonly manager: EntityManager) {}

  /**
   * Offers, seats, seats held on the date, and enrollments ended in the twelve months up to it, by
   * municipality and category; with each count, how much of it the reader's organisation knows itself.
   */
  landscape(keys: readonly FamilyKey[], readerOrganizationId: string | null): Promise<LandscapeRow[]> {
    return this.manager.query(
      `WITH ${KEYS},
       counted AS (
         SELECT k.kreis, k.d, o.municipality_ags AS ags, o.category, o.seats, held.enrolled, held.own_enrolled
           FROM k JOIN offer o ON left(o.municipality_ags, 5) = k.kreis
           CROSS JOIN LATERAL (
             SELECT count(*) AS enrolled, count(*) FILTER (WHERE ${OWN_ENROLLMENT}) AS own_enrolled
               FROM enrollment e WHERE e.offer_id = o.id AND e.enrolled_on <= k.d
                AND (e.ended_on IS NULL OR e.ended_on > k.d)
           ) held
          WHERE ${COUNTED}
       ),
       ended AS (
         SELECT k.kreis, k.d, o.municipality_ags AS ags, o.category, count(*) AS ended,
                count(*) FILTER (WHERE e.status = 'COMPLETED') AS completed,
                count(*) FILTER (WHERE e.outcome = ANY($3::text[])) AS transitioned,
                count(*) FILTER (WHERE ${OWN_ENROLLMENT}) AS own_ended,
                count(*) FILTER (WHERE e.status = 'COMPLETED' AND ${OWN_ENROLLMENT}) AS own_completed,
                count(*) FILTER (WHERE e.outcome = ANY($3::text[]) AND ${OWN_ENROLLMENT}) AS own_transitioned
           FROM k JOIN offer o ON left(o.municipality_ags, 5) = k.kreis
           JOIN enrollment e ON e.offer_id = o.id
          WHERE e.outcome IS NOT NULL AND e.ended_on <= k.d AND e.ended_on > (k.d - interval '1 year')::date
          GROUP BY k.kreis, k.d, o.municipality_ags, o.category
       )
       SELECT kreis, d::text AS "referenceDate", ags, category,
              sum(offers)::int AS offers, sum(seats)::int AS seats, sum(enrolled)::int AS enrolled,
              sum(ended)::int AS ended, sum(completed)::int AS completed, sum(transitioned)::int AS transitioned,
              sum(own_enrolled)::int AS "ownEnrolled", sum(own_ended)::int AS "ownEnded",
              sum(own_completed)::int AS "ownCompleted", sum(own_transitioned)::int AS "ownTransitioned"
         FROM (
           SELECT kreis, d, ags, category, 1 AS offers, seats, enrolled, 0 AS ended, 0 AS completed, 0 AS transitioned,
                  own_enrolled, 0 AS own_ended, 0 AS own_completed, 0 AS own_transitioned FROM counted
           UNION ALL
           SELECT kreis, d, ags, category, 0, 0, 0, ended, completed, transitioned, 0, own_ended, own_completed,
                  own_transitioned
             FROM ended
         ) x
        GROUP BY kreis, d, ags, category`,
      [...keyParams(keys), TRANSITION_OUTCOMES, readerOrganizationId],
    );
  }

  /**
   * Persons whose measure career on the date reaches the threshold, by the AGS of the offer of their
   * latest ended enrollment (the same rule as `measureCareer`, with window functions): rank each
   * person's ended enrollments newest first, mark those at or after the newest progress, and count
   * the unmarked ones in front of it.
   */
  flaggedCareers(keys: readonly FamilyKey[], threshold: number): Promise<CountRow[]> {
    return this.manager.query(
      `WITH ${KEYS},
       dates AS (SELECT DISTINCT d FROM k),
       candidates AS (
         -- Only persons with an ended enrollment in one of the Kreise can have their latest one there.
         SELECT DISTINCT e.person_id FROM enrollment e JOIN offer o ON o.id = e.offer_id
          WHERE e.person_id IS NOT NULL AND e.outcome IS NOT NULL AND left(o.municipality_ags, 5)
            IN (SELECT kreis FROM k)
       ),
       ranked AS (
         SELECT dates.d, e.person_id, o.municipality_ags AS ags,
                row_number() OVER w AS rn,
                bool_or(e.outcome = ANY($3::text[])) OVER (w ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
                  AS progressed
           FROM dates
           JOIN enrollment e ON e.outcome IS NOT NULL AND e.ended_on <= dates.d
           JOIN candidates c ON c.person_id = e.person_id
           JOIN offer o ON o.id = e.offer_id
         WINDOW w AS (PARTITION BY dates.d, e.person_id ORDER BY e.ended_on DESC, e.enrolled_on DESC, e.id DESC)
       ),
       careers AS (
         SELECT d, person_id, min(ags) FILTER (WHERE rn = 1) AS ags, count(*) FILTER (WHERE NOT progressed) AS length
           FROM ranked GROUP BY d, person_id
       )
       SELECT k.kreis, k.d::text AS "referenceDate", c.ags, 'flaggedPersons' AS cell, count(*)::int AS n
         FROM careers c JOIN k ON k.d = c.d AND left(c.ags, 5) = k.kreis
        WHERE c.length >= $4
        GROUP BY k.kreis, k.d, c.ags`,
      [...keyParams(keys), TRANSITION_OUTCOMES, threshold],
    );
  }

  /**
   * Participation in the fiscal year of the date up to the date: persons who held a seat (each once
   * per Kreis, in the AGS of their latest such enrollment; an erased person's enrollment counts as one
   * person) and enrollments ended with a qualification.
   */
  participation(keys: readonly FamilyKey[]): Promise<CountRow[]> {
    return this.manager.query(
      `WITH ${KEYS},
       held AS (
         SELECT k.kreis, k.d, o.municipality_ags AS ags,
                row_number() OVER (PARTITION BY k.kreis, k.d, coalesce(e.person_id, e.id)
                                   ORDER BY e.enrolled_on DESC, e.id DESC) AS rn
           FROM k JOIN offer o ON left(o.municipality_ags, 5) = k.kreis
           JOIN enrollment e ON e.offer_id = o.id
          WHERE e.enrolled_on <= k.d AND (e.ended_on IS NULL OR e.ended_on >= date_trunc('year', k.d)::date)
       )
       SELECT kreis, d::text AS "referenceDate", ags, 'enrolledPersons' AS cell, count(*)::int AS n
         FROM held WHERE rn = 1 GROUP BY kreis, d, ags
       UNION ALL
       SELECT k.kreis, k.d::text, o.municipality_ags, 'completedQualifications', count(*)::int
         FROM k JOIN offer o ON left(o.municipality_ags, 5) = k.kreis
         JOIN enrollment e ON e.offer_id = o.id
        WHERE e.outcome = ANY($3::text[]) AND e.ended_on <= k.d AND e.ended_on >= date_trunc('year', k.d)::date
        GROUP BY k.kreis, k.d, o.municipality_ags`,
      [...keyParams(keys), QUALIFICATION_OUTCOMES],
    );
  }

  /** Pairs of counted offers with low occupancy on the date, same AGS and category, overlapping dates. */
  duplicates(keys: readonly FamilyKey[]): Promise<DuplicateRow[]> {
    return this.manager.query(
      `WITH ${KEYS},
       low AS (
         SELECT k.kreis, k.d, o.id, o.municipality_ags AS ags, o.category, o.start_date, o.end_date
           FROM k JOIN offer o ON left(o.municipality_ags, 5) = k.kreis
          WHERE ${COUNTED}
            AND (SELECT count(*) FROM enrollment e WHERE e.offer_id = o.id AND e.applied_on <= k.d
                   AND (e.ended_on IS NULL OR e.ended_on > k.d)) < o.seats * $3::numeric
       )
       SELECT a.kreis, a.d::text AS "referenceDate", a.ags, a.category, a.id AS "firstId", b.id AS "secondId",
              greatest(a.start_date, b.start_date)::text AS "overlapFrom",
              least(a.end_date, b.end_date)::text AS "overlapUntil"
         FROM low a JOIN low b
           ON b.kreis = a.kreis AND b.d = a.d AND b.ags = a.ags AND b.category = a.category
          AND (a.start_date, a.id) < (b.start_date, b.id) AND a.start_date <= b.end_date AND b.start_date <= a.end_date
        ORDER BY a.ags, a.category, a.start_date, a.id, b.start_date, b.id`,
      [...keyParams(keys), LOW_OCCUPANCY],
    );
  }
}
