import { Pool } from 'pg';
import { withDatabase } from '@gk/shared';

/**
 * The lower bound of the dashboard (operation 3): its figures computed by hand-written SQL, one
 * statement per figure group, straight against the four databases, the databases queried in
 * parallel as the gateway's plan does. Raw counts for the whole Kreis family grouped by the
 * record's own AGS, as the dashboard's rules define them; small-cell suppression is arithmetic on a
 * few dozen numbers afterwards and left out. No HTTP, no GraphQL, no tokens, no audit trail.
 */
const PERSONS = [
  // Target group on the date: totals and every breakdown in one pass (GROUPING SETS).
  `WITH tg AS (
     SELECT p.municipality_ags AS ags, r.status AS residence, b.regime, p.school_degree,
            CASE WHEN p.age < 21 THEN '18_20' WHEN p.age < 25 THEN '21_24' ELSE '25_27' END AS band
       FROM (SELECT id, municipality_ags, school_degree,
                    date_part('year', age($2::date, date_of_birth))::int AS age
               FROM person WHERE municipality_ags LIKE $1::text) p
       LEFT JOIN LATERAL (SELECT status FROM residence_status_period r
                           WHERE r.person_id = p.id AND r.valid_from <= $2::date
                             AND (r.valid_until IS NULL OR r.valid_until >= $2::date)
                           ORDER BY r.valid_from DESC LIMIT 1) r ON true
       LEFT JOIN LATERAL (SELECT regime FROM benefit_regime_period b
                           WHERE b.person_id = p.id AND b.valid_from <= $2::date
                             AND (b.valid_until IS NULL OR b.valid_until >= $2::date)
                           ORDER BY b.valid_from DESC LIMIT 1) b ON true
      WHERE p.age BETWEEN 18 AND 27)
   SELECT ags, residence, regime, school_degree, band, count(*)::int AS persons
     FROM tg GROUP BY GROUPING SETS ((ags), (ags, residence), (ags, regime), (ags, school_degree), (ags, band))`,
  // Open needs by category on the date.
  `SELECT p.municipality_ags AS ags, n.category, count(*)::int AS open_needs
     FROM need n JOIN person p ON p.id = n.person_id
    WHERE p.municipality_ags LIKE $1::text AND n.status = 'OPEN' AND n.created_at < $2::date + 1
    GROUP BY 1, 2`,
];

const OFFERS = [
  // Offer landscape per category: offers and seats running on the date or starting within a quarter, seats
  // held, completions, transitions.
  `SELECT o.municipality_ags AS ags, o.category, count(*)::int AS offers, sum(o.seats)::int AS seats,
          sum(e.enrolled)::int AS enrolled, sum(e.completed)::int AS completed, sum(e.ended)::int AS ended,
          sum(e.progressed)::int AS progressed
     FROM offer o
     LEFT JOIN LATERAL (
       SELECT count(*) FILTER (WHERE e.enrolled_on <= $2::date AND (e.ended_on IS NULL OR e.ended_on > $2::date)
                                 AND e.status IN ('ENROLLED', 'COMPLETED', 'DROPPED_OUT')) AS enrolled,
              count(*) FILTER (WHERE e.ended_on <= $2::date AND e.status = 'COMPLETED') AS completed,
              count(*) FILTER (WHERE e.ended_on <= $2::date) AS ended,
              count(*) FILTER (WHERE e.ended_on <= $2::date
                                 AND e.outcome IN ('QUALIFICATION_ACHIEVED', 'PROGRESSED')) AS progressed
         FROM enrollment e WHERE e.offer_id = o.id) e ON true
    WHERE o.municipality_ags LIKE $1::text AND o.status <> 'CANCELLED' AND o.start_date <= $2::date + 92
      AND o.end_date >= $2::date
    GROUP BY 1, 2`,
  // Measure careers: ended enrollments since the last progress, per person, counted where the latest one was
  // (window functions).
  `WITH ended AS (
     SELECT e.person_id, o.municipality_ags,
            row_number() OVER w AS rn,
            sum(CASE WHEN e.outcome IN ('QUALIFICATION_ACHIEVED', 'PROGRESSED') THEN 1 ELSE 0 END)
              OVER (w ROWS UNBOUNDED PRECEDING) AS progress_since
       FROM enrollment e JOIN offer o ON o.id = e.offer_id
      WHERE e.ended_on <= $2::date AND e.person_id IN (
              SELECT e2.person_id FROM enrollment e2 JOIN offer o2 ON o2.id = e2.offer_id
               WHERE o2.municipality_ags LIKE $1::text AND e2.ended_on <= $2::date)
     WINDOW w AS (PARTITION BY e.person_id ORDER BY e.ended_on DESC, e.id))
   SELECT ags, count(*)::int AS flagged FROM (
     SELECT person_id, max(municipality_ags) FILTER (WHERE rn = 1) AS ags,
            count(*) FILTER (WHERE progress_since = 0) AS chain
       FROM ended GROUP BY person_id) c
    WHERE chain >= 3 AND ags LIKE $1::text GROUP BY 1`,
  // Participation in the fiscal year up to the date.
  `SELECT o.municipality_ags AS ags,
          count(DISTINCT e.person_id) FILTER (WHERE e.enrolled_on <= $2::date
            AND coalesce(e.ended_on, $2::date) >= date_trunc('year', $2::date)) ::int AS enrolled_persons,
          count(*) FILTER (WHERE e.outcome = 'QUALIFICATION_ACHIEVED'
            AND e.ended_on BETWEEN date_trunc('year', $2::date) AND $2::date)::int AS qualifications
     FROM offer o JOIN enrollment e ON e.offer_id = o.id
    WHERE o.municipality_ags LIKE $1::text
    GROUP BY 1`,
  // Duplicate candidates: same category, same Gemeinde, overlapping dates, both below half occupancy.
  `WITH occ AS (
     SELECT o.id, o.category, o.start_date, o.end_date, o.seats,
            (SELECT count(*) FROM enrollment e WHERE e.offer_id = o.id AND e.enrolled_on <= $2::date
                AND (e.ended_on IS NULL OR e.ended_on > $2::date)) AS taken
       FROM offer o WHERE o.municipality_ags = $3::text AND o.municipality_ags LIKE $1::text
        AND o.status <> 'CANCELLED' AND o.end_date >= $2::date)
   SELECT a.id AS first, b.id AS second, a.category, greatest(a.start_date, b.start_date) AS overlap_from,
          least(a.end_date, b.end_date) AS overlap_until
     FROM occ a JOIN occ b ON a.category = b.category AND a.id < b.id
      AND a.start_date <= b.end_date AND b.start_date <= a.end_date
    WHERE a.taken * 2 < a.seats AND b.taken * 2 < b.seats`,
];

const FUNDING = [
  // Planned money of the fiscal year by source and programme.
  `SELECT source, program_id, sum(amount_cents)::bigint AS planned
     FROM budget WHERE municipality_ags LIKE $1::text AND fiscal_year = date_part('year', $2::date)::int
    GROUP BY GROUPING SETS ((), (source), (program_id))`,
  // Allocated and spent (expenditures up to the date).
  `SELECT sum(a.amount_cents)::bigint AS allocated, coalesce(sum(x.spent), 0)::bigint AS spent
     FROM allocation a
     LEFT JOIN LATERAL (SELECT sum(amount_cents) AS spent FROM expenditure x
                         WHERE x.allocation_id = a.id AND x.spent_on <= $2::date) x ON true
    WHERE a.municipality_ags LIKE $1::text AND a.fiscal_year = date_part('year', $2::date)::int`,
];

const NETWORK = [
  // Alliances spanning the area (its own, its Kreis's) with the areas their core group covers on the date.
  `SELECT a.id, a.name, array_agg(DISTINCT m.area) FILTER (WHERE m.valid_from <= $2::date
            AND (m.valid_until IS NULL OR m.valid_until >= $2::date)) AS areas
     FROM alliance a LEFT JOIN core_group_membership m ON m.alliance_id = a.id
    WHERE (a.lead_ags = $3::text OR a.lead_ags || '%' = $1::text) AND a.start_date <= $2::date
    GROUP BY a.id, a.name`,
];

export class DashboardSql {
  private constructor(private readonly pools: { pool: Pool; statements: string[] }[]) {}

  static create(serverUrl: string, poolSize: number): DashboardSql {
    const pool = (db: string) => new Pool({ connectionString: withDatabase(serverUrl, db), max: poolSize });
    return new DashboardSql([
      { pool: pool('gk_persons'), statements: PERSONS },
      { pool: pool('gk_offers'), statements: OFFERS },
      { pool: pool('gk_funding'), statements: FUNDING },
      { pool: pool('gk_network'), statements: NETWORK },
    ]);
  }

  get statementsPerOperation(): number {
    return this.pools.reduce((n, p) => n + p.statements.length, 0);
  }

  /** All figures of one area's dashboard; the statements of one database run one after another on one connection. */
  async dashboard(ags: string, referenceDate: string): Promise<number> {
    // $1 the Kreis family's AGS pattern, $2 the date, $3 the area itself (where a statement uses it: PostgreSQL
    // cannot type a parameter it never sees).
    const params = (sql: string) =>
      sql.includes('$3') ? [`${ags.slice(0, 5)}%`, referenceDate, ags] : [`${ags.slice(0, 5)}%`, referenceDate];
    const rows = await Promise.all(
      this.pools.map(async ({ pool, statements }) => {
        const client = await pool.connect();
        try {
          let n = 0;
          for (const sql of statements) n += (await client.query(sql, params(sql))).rowCount ?? 0;
          return n;
        } finally {
          client.release();
        }
      }),
    );
    return rows.reduce((s, n) => s + n, 0);
  }

  async close(): Promise<void> {
    await Promise.all(this.pools.map((p) => p.pool.end()));
  }
}
