import type { EntityManager } from 'typeorm';

export interface FigureRow {
  ags: string;
  dimension: 'total' | 'residenceStatus' | 'benefitRegime' | 'schoolDegree' | 'ageBand' | 'openNeeds';
  key: string | null;
  count: number;
}

/** A raw cell of a Kreis family: counted per person's own Gemeinde, for one (Kreis, reference date) pair. */
export interface FamilyFigureRow extends FigureRow {
  kreis: string;
  referenceDate: string;
  /** How many of `count` the reader's organisation manages or wrote itself (0 for a reader without one). */
  own: number;
}

/**
 * The target group of every area on its reference date. `area` yields (area_key, prefix, ref_date);
 * a person belongs to an area when its municipality AGS starts with the prefix, and `member` is the
 * column the figures are grouped by (the area asked for, or the person's own Gemeinde).
 */
const targetGroup = (area: string, member: string, match: string, own: string) => `
  area AS (${area}),
  tg AS (
    SELECT a.area_key, a.ref_date, ${member} AS ags, p.id, p.school_degree, p.date_of_birth, ${own} AS own
    FROM area a
    JOIN person p ON ${match}
    WHERE p.date_of_birth <= CAST(a.ref_date - interval '18 years' AS date)
      AND p.date_of_birth > CAST(a.ref_date - interval '28 years' AS date)
  )`;

/** Persons by status and regime on the date, degree and age band: one GROUPING SETS pass over every area and date. */
const personsByDimension = (area: string, member: string, match: string, own = 'false') => `
  WITH ${targetGroup(area, member, match, own)},
  situated AS (
    SELECT tg.area_key, tg.ref_date, tg.ags, tg.own, tg.school_degree, rs.status, br.regime,
      CASE WHEN date_part('year', age(tg.ref_date, tg.date_of_birth)) <= 20 THEN 'AGE_18_20'
           WHEN date_part('year', age(tg.ref_date, tg.date_of_birth)) <= 24 THEN 'AGE_21_24'
           ELSE 'AGE_25_27' END AS age_band
    FROM tg
    LEFT JOIN residence_status_period rs ON rs.person_id = tg.id AND rs.valid_from <= tg.ref_date AND (rs.valid_until
    IS NULL OR rs.valid_until >= tg.ref_date)
    LEFT JOIN benefit_regime_period br ON br.person_id = tg.id AND br.valid_from <= tg.ref_date AND (br.valid_until IS
    NULL OR br.valid_until >= tg.ref_date)
  )
  SELECT area_key AS "kreis", to_char(ref_date, 'YYYY-MM-DD') AS "referenceDate", ags,
    CASE WHEN GROUPING(status) = 0 THEN 'residenceStatus'
         WHEN GROUPING(regime) = 0 THEN 'benefitRegime'
         WHEN GROUPING(school_degree) = 0 THEN 'schoolDegree'
         WHEN GROUPING(age_band) = 0 THEN 'ageBand'
         ELSE 'total' END AS dimension,
    COALESCE(status, regime, school_degree, age_band) AS key,
    CAST(count(*) AS integer) AS count, CAST(count(*) FILTER (WHERE own) AS integer) AS own
  FROM situated
  GROUP BY GROUPING SETS ((area_key, ref_date, ags), (area_key, ref_date, ags, status), (area_key, ref_date, ags,
  regime),
    (area_key, ref_date, ags, school_degree), (area_key, ref_date, ags, age_band))
  ORDER BY area_key, ref_date, ags, dimension, key NULLS LAST`;

/** Needs in status OPEN now and recorded by the reference date (end of that day in Europe/Berlin), by category. */
const openNeedsByCategory = (area: string, member: string, match: string, own = 'false', ownNeed = 'false') => `
  WITH ${targetGroup(area, member, match, own)}
  SELECT tg.area_key AS "kreis", to_char(tg.ref_date, 'YYYY-MM-DD') AS "referenceDate", tg.ags, 'openNeeds' AS
  dimension, n.category AS key, CAST(count(*) AS integer) AS count,
    CAST(count(*) FILTER (WHERE tg.own OR ${ownNeed}) AS integer) AS own
  FROM tg JOIN need n ON n.person_id = tg.id
  WHERE n.status = 'OPEN' AND n.created_at < (CAST(tg.ref_date + 1 AS timestamp) AT TIME ZONE 'Europe/Berlin')
  GROUP BY tg.area_key, tg.ref_date, tg.ags, n.category
  ORDER BY tg.area_key, tg.ref_date, tg.ags, n.category`;

/** Each requested AGS is its own area and its own figure (a Kreis summed over its Gemeinden), on one date. */
const REQUESTED_AREAS = `SELECT ags AS area_key, ags AS prefix, CAST($2 AS date) AS ref_date FROM unnest(CAST($1 AS
  text[])) AS x(ags)`;

/** (Kreis, date) pairs given as two parallel arrays: exactly the pairs asked for, not their cross product. */
const KREIS_DATE_PAIRS = `SELECT kreis AS area_key, kreis AS prefix, ref_date FROM unnest(CAST($1 AS text[]), CAST($2
  AS date[])) AS x(kreis, ref_date)`;

/**
 * An area AGS covers the persons whose AGS starts with it (a Kreis its Gemeinden); here only those the organisation $3
 * manages.
 */
const CASELOAD_BY_PREFIX = `p.municipality_ags LIKE a.prefix || '%'
  AND CAST(p.case_managing_organization_id AS text) = $3`;
/**
 * A Kreis family: the first five digits, which the expression index person_kreis_idx serves (a LIKE with a pattern from
 * a join cannot use an index).
 */
const BY_KREIS = `left(p.municipality_ags, 5) = a.prefix`;

/**
 * What the reader's organisation ($3) knows without the figures: the persons it manages, registered or
 * last changed, and the needs it recorded or last changed. A contributor knows its own records, so the
 * protection of the core group's figures must hold after they are subtracted.
 */
const OWN_PERSON =
  `($3::text IS NOT NULL AND (CAST(p.case_managing_organization_id AS text) = $3 OR CAST(p.created_by_org AS ` +
  `text) = $3 OR CAST(p.updated_by_org AS text) = $3))`;
const OWN_NEED = `($3::text IS NOT NULL
  AND (CAST(n.created_by_org AS text) = $3 OR CAST(n.updated_by_org AS text) = $3))`;

/**
 * Target-group figures computed by the database with GROUP BY: two statements for any number of persons, areas and
 * dates.
 */
export class FiguresRepository {
  constructor(private readonly manager: EntityManager) {}

  /**
   * The caseload of one organisation ($3): only the persons it manages. Exact counts of other
   * organisations' persons would let anyone who also reads the core group's protected figures (a second
   * role, a colleague) recompute a withheld cell.
   */
  async caseloadFigures(
    agsList: readonly string[],
    referenceDate: string,
    organizationId: string,
  ): Promise<FigureRow[]> {
    const params = [agsList, referenceDate, organizationId];
    const persons: FamilyFigureRow[] = await this.manager.query(
      personsByDimension(REQUESTED_AREAS, 'a.area_key', CASELOAD_BY_PREFIX),
      params,
    );
    const needs: FamilyFigureRow[] = await this.manager.query(
      openNeedsByCategory(REQUESTED_AREAS, 'a.area_key', CASELOAD_BY_PREFIX),
      params,
    );
    return [...persons, ...needs].map(({ ags, dimension, key, count }) => ({ ags, dimension, key, count }));
  }

  /**
   * Raw cells of whole Kreis families: for each (Kreis, date) pair, the target group of every Gemeinde
   * of the Kreis grouped by the person's own municipality AGS, so the caller can protect the family together;
   * with each cell, how many of it the reader's organisation manages or wrote itself.
   */
  async familyFigures(
    pairs: readonly { kreis: string; referenceDate: string }[],
    readerOrganizationId: string | null,
  ): Promise<FamilyFigureRow[]> {
    const params = [pairs.map((p) => p.kreis), pairs.map((p) => p.referenceDate), readerOrganizationId];
    const persons: FamilyFigureRow[] = await this.manager.query(
      personsByDimension(KREIS_DATE_PAIRS, 'p.municipality_ags', BY_KREIS, OWN_PERSON),
      params,
    );
    const needs: FamilyFigureRow[] = await this.manager.query(
      openNeedsByCategory(KREIS_DATE_PAIRS, 'p.municipality_ags', BY_KREIS, OWN_PERSON, OWN_NEED),
      params,
    );
    return [...persons, ...needs];
  }
}
