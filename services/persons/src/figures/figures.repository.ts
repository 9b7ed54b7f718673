import type { EntityManager } from 'typeorm';

export interface FigureRow {
  ags: string;
  dimension: 'total' | 'residenceStatus' | 'benefitRegime' | 'schoolDegree' | 'ageBand' | 'openNeeds';
  key: string | null;
  count: number;
}

const AREA_PERSONS = `
  area AS (SELECT unnest(CAST($1 AS text[])) AS ags),
  tg AS (
    SELECT a.ags, p.id, p.school_degree, p.date_of_birth
    FROM area a
    JOIN person p ON p.municipality_ags LIKE a.ags || '%'
    WHERE p.date_of_birth <= CAST(CAST($2 AS date) - interval '18 years' AS date)
      AND p.date_of_birth > CAST(CAST($2 AS date) - interval '28 years' AS date)
  )`;

/** Target-group figures computed by the database with GROUP BY: two statements for any number of persons and municipalities. */
export class FiguresRepository {
  constructor(private readonly manager: EntityManager) {}

  async figures(agsList: readonly string[], referenceDate: string): Promise<FigureRow[]> {
    const persons: FigureRow[] = await this.manager.query(
      `WITH ${AREA_PERSONS},
      situated AS (
        SELECT tg.ags, tg.school_degree, rs.status, br.regime,
          CASE WHEN date_part('year', age(CAST($2 AS date), tg.date_of_birth)) <= 20 THEN 'AGE_18_20'
               WHEN date_part('year', age(CAST($2 AS date), tg.date_of_birth)) <= 24 THEN 'AGE_21_24'
               ELSE 'AGE_25_27' END AS age_band
        FROM tg
        LEFT JOIN residence_status_period rs ON rs.person_id = tg.id AND rs.valid_from <= CAST($2 AS date) AND (rs.valid_until IS NULL OR rs.valid_until >= CAST($2 AS date))
        LEFT JOIN benefit_regime_period br ON br.person_id = tg.id AND br.valid_from <= CAST($2 AS date) AND (br.valid_until IS NULL OR br.valid_until >= CAST($2 AS date))
      )
      SELECT ags,
        CASE WHEN GROUPING(status) = 0 THEN 'residenceStatus'
             WHEN GROUPING(regime) = 0 THEN 'benefitRegime'
             WHEN GROUPING(school_degree) = 0 THEN 'schoolDegree'
             WHEN GROUPING(age_band) = 0 THEN 'ageBand'
             ELSE 'total' END AS dimension,
        COALESCE(status, regime, school_degree, age_band) AS key,
        CAST(count(*) AS integer) AS count
      FROM situated
      GROUP BY GROUPING SETS ((ags), (ags, status), (ags, regime), (ags, school_degree), (ags, age_band))
      ORDER BY ags, dimension, key NULLS LAST`,
      [agsList, referenceDate],
    );
    const needs: FigureRow[] = await this.manager.query(
      `WITH ${AREA_PERSONS}
      SELECT tg.ags, 'openNeeds' AS dimension, n.category AS key, CAST(count(*) AS integer) AS count
      FROM tg JOIN need n ON n.person_id = tg.id
      WHERE n.status = 'OPEN' AND n.recorded_at < (CAST(CAST($2 AS date) + 1 AS timestamp) AT TIME ZONE 'Europe/Berlin')
      GROUP BY tg.ags, n.category
      ORDER BY tg.ags, n.category`,
      [agsList, referenceDate],
    );
    return [...persons, ...needs];
  }
}
