import { randomUUID } from 'node:crypto';
import { startTestSubgraph, type TestSubgraph } from '@gk/shared/testing';
import type { Identity } from '@gk/shared';
import { personsSubgraph } from '../src/persons.subgraph';
import { CASE_MANAGER, JMD_WORKER, JOBCENTER_STEINFURT, KIM_RHEINE, actingAs, type GqlError } from './support';

/**
 * A small Kreis 05970 with three Gemeinden, on the reference date 2025-06-30, threshold 5 (the default):
 *
 *   A 05970004: 10 persons. a1-a5 aged 18-20 (a1 born 2007-06-30: 18 that day), a6-a10 aged 21-24.
 *     Residence: a1-a7 DULDUNG (a1 from the date itself), a8 none ever, a9 GESTATTUNG only from 2025-07-01,
 *     a10 GESTATTUNG ended 2025-06-29: 7 DULDUNG, 3 without status on the date.
 *     Regime: a1-a5 ASYLBLG (a5 changes to SGB II on 2025-07-01), a6-a10 SGB_II: 5 and 5.
 *     Degree: a6, a7 FACHOBERSCHULREIFE, the other 8 NONE.
 *     Open needs: LANGUAGE a1-a3 (3); VOCATIONAL_TRAINING a6-a10 (5; a10's recorded 23:30 Berlin time on the date).
 *     Not counted: a4's CLOSED LANGUAGE, a4's OPEN LANGUAGE recorded 00:30 Berlin time the day after, a5's IN_PROGRESS
 *     SCHOOL_DEGREE.
 *   B 05970008: 10 persons aged 25-27 (b1 born 1997-07-01: 27, 28 the day after).
 *     Residence: b1-b5 GESTATTUNG, b6-b10 DULDUNG (b6 after a GESTATTUNG that ended 2022-12-31). Regime: all SGB_II.
 *     Degree: b1-b5 FACHOBERSCHULREIFE, b6-b10 NONE. Open needs: LANGUAGE b1-b5 (5), VOCATIONAL_TRAINING b1, b6-b10
 *     (6).
 *   C 05970012: only c1 (born 2007-07-01: 17 on the date) and c2 (born 1997-06-30: 28 that day), both with an open
 *     need: outside the target group, so C is all zeros.
 *   Kreis 05970 = A + B: 20; GESTATTUNG 5, DULDUNG 12, none 3; ASYLBLG 5, SGB_II 15; NONE 13, FACHOBERSCHULREIFE 7;
 *     ages 5 / 5 / 10; LANGUAGE 8, VOCATIONAL_TRAINING 11.
 *   Rheine 05566076 (another Kreis): 4 persons with open LANGUAGE needs, to show the Kreis prefix keeps them out.
 *
 * Suppression by hand (counts 1-4 withheld; then every sum with exactly one withheld member gets a second one: a
 * part before the total, non-zero before zero, the smallest first; column sums Kreis = A + B + C come first, then
 * each area's total = breakdown):
 *   primary: A none-status 3, Kreis none-status 3, A FACHOBERSCHULREIFE 2, A LANGUAGE 3.
 *   round 1: column FACHOBERSCHULREIFE 7 = A(withheld) + B 5 -> B FACHOBERSCHULREIFE; column LANGUAGE 8 = A(withheld) +
 *   B 5
 *     -> B LANGUAGE; Kreis residence row 20 = 5 + 12 + none(withheld) -> Kreis GESTATTUNG 5 (smallest non-zero);
 *     A residence row 10 = 7 + none(withheld) -> A DULDUNG; A degree row -> A NONE; B degree row -> B NONE.
 *   round 2: column GESTATTUNG Kreis(withheld) = A 0 + B 5 -> B GESTATTUNG; column DULDUNG 12 = A(withheld) + B 5 -> B
 *   DULDUNG.
 *   Then every sum has two or more withheld members, and the equations leave each withheld value one free parameter
 *   (residence: Kreis GESTATTUNG = B GESTATTUNG = t, B DULDUNG = 5 - t, ...), so none can be recomputed.
 * Nor can they be narrowed down: with every withheld count at least 1, each pair left in a sum has room (A's residence
 *   row: DULDUNG + none = 10, so each lies in 1..9), so the attacker's linear-programming interval of every withheld
 *   cell is at least the threshold wide and reaches it, and no further cell is needed.
 * B's degrees, GESTATTUNG and LANGUAGE are withheld only because of A and the Kreis: B asked alone shows the same.
 * The analyst belongs to the Jobcenter, which holds none of these persons (KIM Rheine manages them all): protection is
 * for what the reader's organisation does not know itself.
 */

const KREIS = '05970';
const A = '05970004';
const B = '05970008';
const C = '05970012';
const DATE = '2025-06-30';

const ANALYST: Identity = {
  subject: 'core-1',
  organizationId: JOBCENTER_STEINFURT,
  roles: ['CORE_GROUP'],
  ags: [KREIS, '05566', '05162'],
};

const INDICATORS = `query($r: [_Any!]!) { _entities(representations: $r) { ... on AreaIndicators { ags referenceDate
  targetGroup {
  total { value suppressed }
  byResidenceStatus { residenceStatus persons { value suppressed } }
  byBenefitRegime { benefitRegime persons { value suppressed } }
  bySchoolDegree { schoolDegree persons { value suppressed } }
  byAgeBand { ageBand persons { value suppressed } }
  openNeedsByCategory { category openNeeds { value suppressed } } } } } }`;

const areas = (referenceDate: string, ...ags: string[]) =>
  ags.map((a) => ({ __typename: 'AreaIndicators', ags: a, referenceDate }));

type Cell = { value: number | null; suppressed: boolean };
interface TargetGroup {
  total: Cell;
  byResidenceStatus: { residenceStatus: string | null; persons: Cell }[];
  byBenefitRegime: { benefitRegime: string | null; persons: Cell }[];
  bySchoolDegree: { schoolDegree: string | null; persons: Cell }[];
  byAgeBand: { ageBand: string; persons: Cell }[];
  openNeedsByCategory: { category: string; openNeeds: Cell }[];
}
type Answer = { _entities: { ags: string; referenceDate: string; targetGroup: TargetGroup | null }[] };

const RESIDENCE = [
  'GESTATTUNG',
  'DULDUNG',
  'DULDUNG_60B',
  'AUSBILDUNGSDULDUNG',
  'BESCHAEFTIGUNGSDULDUNG',
  'AE_16G',
  'AE_25A',
  'AE_104C',
  'AE_OTHER',
  null,
];
const REGIMES = ['ASYLBLG', 'SGB_II', 'SGB_XII', 'SGB_III', 'NONE', null];
const DEGREES = [
  'NONE',
  'FOERDERSCHULABSCHLUSS',
  'ERSTER_SCHULABSCHLUSS',
  'ERWEITERTER_ERSTER_SCHULABSCHLUSS',
  'FACHOBERSCHULREIFE',
  'FACHHOCHSCHULREIFE',
  'ABITUR',
  'FOREIGN_RECOGNISED',
  'FOREIGN_NOT_RECOGNISED',
  null,
];
const AGE_BANDS = ['AGE_18_20', 'AGE_21_24', 'AGE_25_27'];
const NEEDS = [
  'LANGUAGE',
  'SCHOOL_DEGREE',
  'VOCATIONAL_PREPARATION',
  'VOCATIONAL_TRAINING',
  'EMPLOYMENT',
  'RESIDENCE_COUNSELLING',
  'HOUSING',
  'HEALTH',
  'CHILDCARE',
  'MENTORING',
  'OTHER',
];

/** A published count; `W` a withheld one. */
const n = (value: number): Cell => ({ value, suppressed: false });
const W: Cell = { value: null, suppressed: true };
type Figures = Record<string, Cell>;
const cell = (figures: Figures, key: string | null) => figures[String(key)] ?? n(0);

/** The full fixed layout from the non-zero (or withheld) cells: every other row is a published 0. */
function expected(
  total: Cell,
  residence: Figures,
  regime: Figures,
  degree: Figures,
  age: Figures,
  needs: Figures,
): TargetGroup {
  return {
    total,
    byResidenceStatus: RESIDENCE.map((k) => ({ residenceStatus: k, persons: cell(residence, k) })),
    byBenefitRegime: REGIMES.map((k) => ({ benefitRegime: k, persons: cell(regime, k) })),
    bySchoolDegree: DEGREES.map((k) => ({ schoolDegree: k, persons: cell(degree, k) })),
    byAgeBand: AGE_BANDS.map((k) => ({ ageBand: k, persons: cell(age, k) })),
    openNeedsByCategory: NEEDS.map((k) => ({ category: k, openNeeds: cell(needs, k) })),
  };
}

const EXPECTED: Record<string, TargetGroup> = {
  [KREIS]: expected(
    n(20),
    { GESTATTUNG: W, DULDUNG: n(12), null: W },
    { ASYLBLG: n(5), SGB_II: n(15) },
    { NONE: n(13), FACHOBERSCHULREIFE: n(7) },
    { AGE_18_20: n(5), AGE_21_24: n(5), AGE_25_27: n(10) },
    { LANGUAGE: n(8), VOCATIONAL_TRAINING: n(11) },
  ),
  [A]: expected(
    n(10),
    { DULDUNG: W, null: W },
    { ASYLBLG: n(5), SGB_II: n(5) },
    { NONE: W, FACHOBERSCHULREIFE: W },
    { AGE_18_20: n(5), AGE_21_24: n(5) },
    { LANGUAGE: W, VOCATIONAL_TRAINING: n(5) },
  ),
  [B]: expected(
    n(10),
    { GESTATTUNG: W, DULDUNG: W },
    { SGB_II: n(10) },
    { NONE: W, FACHOBERSCHULREIFE: W },
    { AGE_25_27: n(10) },
    { LANGUAGE: W, VOCATIONAL_TRAINING: n(6) },
  ),
  [C]: expected(n(0), {}, {}, {}, {}, {}),
};

describe("persons: the core group's target-group indicators (AreaIndicators.targetGroup)", () => {
  let subgraph: TestSubgraph;

  const sql = (text: string, params: unknown[]) => subgraph.db.dataSource.query(text, params);
  async function person(ags: string, dateOfBirth: string, schoolDegree: string | null = 'NONE'): Promise<string> {
    const id = randomUUID();
    await sql(
      `INSERT INTO person (id, given_name, family_name, date_of_birth, municipality_ags, case_managing_organization_id,
         school_degree, created_by, updated_by)
       VALUES ($1, 'Kennzahl', 'Test', $2, $3, $4, $5, 'test', 'test')`,
      [id, dateOfBirth, ags, KIM_RHEINE, schoolDegree],
    );
    return id;
  }
  const status = (personId: string, value: string, from: string, until: string | null = null) =>
    sql(
      `INSERT INTO residence_status_period (person_id, status, valid_from, valid_until, created_by, updated_by)
       VALUES ($1, $2, $3, $4, 'test', 'test')`,
      [personId, value, from, until],
    );
  const regime = (personId: string, value: string, from: string, until: string | null = null) =>
    sql(
      `INSERT INTO benefit_regime_period (person_id, regime, valid_from, valid_until, created_by, updated_by)
       VALUES ($1, $2, $3, $4, 'test', 'test')`,
      [personId, value, from, until],
    );
  const need = (personId: string, category: string, needStatus = 'OPEN', recordedAt = '2025-01-15T10:00:00Z') =>
    sql(
      `INSERT INTO need (person_id, category, status, created_at, created_by, updated_by)
       VALUES ($1, $2, $3, $4, 'test', 'test')`,
      [personId, category, needStatus, recordedAt],
    );

  beforeAll(async () => {
    subgraph = actingAs(await startTestSubgraph(personsSubgraph), ANALYST);
    const a: string[] = [];
    for (let i = 1; i <= 10; i++)
      a.push(
        await person(
          A,
          i === 1 ? '2007-06-30' : i <= 5 ? '2005-03-15' : '2002-01-10',
          i === 6 || i === 7 ? 'FACHOBERSCHULREIFE' : 'NONE',
        ),
      );
    for (let i = 1; i <= 7; i++) await status(a[i - 1], 'DULDUNG', i === 1 ? DATE : '2020-01-01');
    await status(a[8], 'GESTATTUNG', '2025-07-01');
    await status(a[9], 'GESTATTUNG', '2020-01-01', '2025-06-29');
    for (let i = 1; i <= 4; i++) await regime(a[i - 1], 'ASYLBLG', '2020-01-01');
    await regime(a[4], 'ASYLBLG', '2020-01-01', DATE);
    await regime(a[4], 'SGB_II', '2025-07-01');
    for (let i = 6; i <= 10; i++) await regime(a[i - 1], 'SGB_II', '2021-01-01');
    for (let i = 1; i <= 3; i++) await need(a[i - 1], 'LANGUAGE');
    for (let i = 6; i <= 9; i++) await need(a[i - 1], 'VOCATIONAL_TRAINING');
    await need(a[9], 'VOCATIONAL_TRAINING', 'OPEN', '2025-06-30T21:30:00Z');
    await need(a[3], 'LANGUAGE', 'CLOSED');
    await need(a[3], 'LANGUAGE', 'OPEN', '2025-06-30T22:30:00Z');
    await need(a[4], 'SCHOOL_DEGREE', 'IN_PROGRESS');

    const b: string[] = [];
    for (let i = 1; i <= 10; i++)
      b.push(await person(B, i === 1 ? '1997-07-01' : '1999-02-02', i <= 5 ? 'FACHOBERSCHULREIFE' : 'NONE'));
    for (let i = 1; i <= 5; i++) await status(b[i - 1], 'GESTATTUNG', '2019-01-01');
    await status(b[5], 'GESTATTUNG', '2019-01-01', '2022-12-31');
    for (let i = 6; i <= 10; i++) await status(b[i - 1], 'DULDUNG', '2023-01-01');
    for (const id of b) await regime(id, 'SGB_II', '2019-01-01');
    for (let i = 1; i <= 5; i++) await need(b[i - 1], 'LANGUAGE');
    for (const i of [1, 6, 7, 8, 9, 10]) await need(b[i - 1], 'VOCATIONAL_TRAINING');

    const c1 = await person(C, '2007-07-01');
    const c2 = await person(C, '1997-06-30');
    await status(c1, 'DULDUNG', '2020-01-01');
    await status(c2, 'DULDUNG', '2020-01-01');
    await need(c1, 'LANGUAGE');
    await need(c2, 'VOCATIONAL_TRAINING');

    for (let i = 0; i < 4; i++) await need(await person('05566076', '2003-03-03'), 'LANGUAGE');
  });

  afterAll(async () => {
    await subgraph?.close();
  });

  it(
    'publishes every figure of the Kreis and its Gemeinden as computed by hand, withholding small ' +
      'cells and what would give them away',
    async () => {
      const res = await subgraph.query<Answer>(INDICATORS, { r: areas(DATE, KREIS, A, B, C) });
      expect(res.errors).toBeUndefined();
      expect(res.data!._entities).toEqual(
        [KREIS, A, B, C].map((ags) => ({ ags, referenceDate: DATE, targetGroup: EXPECTED[ags] })),
      );
    },
  );

  it('shows the same pattern for the Kreis asked alone and for each Gemeinde asked alone', async () => {
    for (const ags of [KREIS, A, B, C]) {
      const res = await subgraph.query<Answer>(INDICATORS, { r: areas(DATE, ags) });
      expect(res.errors).toBeUndefined();
      expect(res.data!._entities[0].targetGroup).toEqual(EXPECTED[ags]);
    }
  });

  it(
    "protects for what the reader's organisation does not know: an analyst of the organisation managing " +
      'every person sees every count, the others still the pattern',
    async () => {
      // KIM Rheine manages all persons here: subtracting its own records leaves nothing to protect from it.
      const own = await subgraph.query<Answer>(
        INDICATORS,
        { r: areas(DATE, KREIS, A, B) },
        { ...ANALYST, subject: 'core-kim', organizationId: KIM_RHEINE },
      );
      expect(own.errors).toBeUndefined();
      expect(own.data!._entities.map((e) => e.targetGroup)).toEqual([
        expected(
          n(20),
          { GESTATTUNG: n(5), DULDUNG: n(12), null: n(3) },
          { ASYLBLG: n(5), SGB_II: n(15) },
          { NONE: n(13), FACHOBERSCHULREIFE: n(7) },
          { AGE_18_20: n(5), AGE_21_24: n(5), AGE_25_27: n(10) },
          { LANGUAGE: n(8), VOCATIONAL_TRAINING: n(11) },
        ),
        expected(
          n(10),
          { DULDUNG: n(7), null: n(3) },
          { ASYLBLG: n(5), SGB_II: n(5) },
          { NONE: n(8), FACHOBERSCHULREIFE: n(2) },
          { AGE_18_20: n(5), AGE_21_24: n(5) },
          { LANGUAGE: n(3), VOCATIONAL_TRAINING: n(5) },
        ),
        expected(
          n(10),
          { GESTATTUNG: n(5), DULDUNG: n(5) },
          { SGB_II: n(10) },
          { NONE: n(5), FACHOBERSCHULREIFE: n(5) },
          { AGE_25_27: n(10) },
          { LANGUAGE: n(5), VOCATIONAL_TRAINING: n(6) },
        ),
      ]);
      // Patterns are kept per organisation: the other analyst's answer is not the one just computed.
      const other = await subgraph.query<Answer>(INDICATORS, { r: areas(DATE, KREIS, A, B) });
      expect(other.data!._entities.map((e) => e.targetGroup)).toEqual([EXPECTED[KREIS], EXPECTED[A], EXPECTED[B]]);
    },
  );

  it('keeps the layout for an area nobody lives in, and counts a Kreis only by its own prefix', async () => {
    const res = await subgraph.query<Answer>(INDICATORS, { r: areas(DATE, '05162024', '05566') });
    expect(res.errors).toBeUndefined();
    // Rheine's four persons have 4 open LANGUAGE needs: all withheld, the Kreis Steinfurt total with them.
    expect(res.data!._entities.map((e) => e.targetGroup)).toEqual([
      expected(n(0), {}, {}, {}, {}, {}),
      expected(W, { null: W }, { null: W }, { NONE: W }, { AGE_21_24: W }, { LANGUAGE: W }),
    ]);
  });

  it(
    'costs the same statements for 1 area on 1 date as for 12 areas on 2 dates, then only the data ' +
      'version until the data change',
    async () => {
      const run = async (representations: ReturnType<typeof areas>) => {
        let answer: Awaited<ReturnType<TestSubgraph['query']>> = {};
        const statements = await subgraph.countStatements(async () => {
          answer = await subgraph.query(INDICATORS, { r: representations });
        });
        expect(answer.errors).toBeUndefined();
        return { statements, answer };
      };
      // A write statement (even one that changes no row) moves the data version, so nothing is cached.
      const touch = () => sql(`UPDATE need SET status = status WHERE false`, []);
      const twelve = [
        KREIS,
        A,
        B,
        C,
        '05566',
        '05566076',
        '05162',
        '05162004',
        '05162008',
        '05162012',
        '05162016',
        '05162024',
      ];
      expect(twelve).toHaveLength(12);
      // Cold: the request's data version (nothing cached for it), then version and two GROUP BY statements in one
      // snapshot.
      await touch();
      expect((await run(areas(DATE, A))).statements).toBe(4);
      await touch();
      const many = [...areas(DATE, ...twelve), ...areas('2024-12-31', ...twelve)];
      const cold = await run(many);
      expect(cold.statements).toBe(4);
      // Asked again: the protected families are kept, only the version is read, the answer is the same.
      const warm = await run(many);
      expect(warm.statements).toBe(1);
      expect(warm.answer).toEqual(cold.answer);
    },
  );

  it('never serves cached figures after a write: a new open need shows at once', async () => {
    const ask = async () =>
      (
        await subgraph.query<Answer>(INDICATORS, { r: areas(DATE, B) })
      ).data!._entities[0].targetGroup!.openNeedsByCategory.find((c) => c.category === 'VOCATIONAL_TRAINING')!
        .openNeeds;
    expect(await ask()).toEqual(n(6));
    expect(await ask()).toEqual(n(6));
    const [{ id }] = await sql(
      `SELECT p.id FROM person p WHERE p.municipality_ags = $1 AND NOT EXISTS (SELECT 1 FROM need n WHERE
        n.person_id = p.id AND n.category = 'VOCATIONAL_TRAINING' AND n.status = 'OPEN') LIMIT 1`,
      [B],
    );
    await need(id, 'VOCATIONAL_TRAINING');
    expect(await ask()).toEqual(n(7));
    await sql(`DELETE FROM need WHERE person_id = $1 AND category = 'VOCATIONAL_TRAINING'`, [id]);
    expect(await ask()).toEqual(n(6));
  });

  it(
    'gives the indicators to the core group for areas in its scope only; anyone else gets null ' + 'with FORBIDDEN',
    async () => {
      const ask = (identity: Identity, ...ags: string[]) =>
        subgraph.query<Answer>(INDICATORS, { r: areas(DATE, ...ags) }, identity);
      const gemeindeOnly: Identity = { ...ANALYST, subject: 'core-2', ags: [A] };
      const mixed = await ask(gemeindeOnly, A, KREIS, B);
      expect(mixed.data!._entities.map((e) => e.targetGroup)).toEqual([EXPECTED[A], null, null]);
      expect((mixed.errors as (GqlError & { path: unknown[] })[]).map((e) => [e.extensions?.code, e.path])).toEqual([
        ['FORBIDDEN', ['_entities', 1, 'targetGroup']],
        ['FORBIDDEN', ['_entities', 2, 'targetGroup']],
      ]);
      const others: Identity[] = [
        { ...ANALYST, subject: 'core-3', ags: ['05566'] },
        { ...CASE_MANAGER, ags: [KREIS] },
        { ...JMD_WORKER, ags: [KREIS] },
        ...(['FINANCE', 'NETWORK_COORDINATOR', 'DATA_PROTECTION_OFFICER', 'ADMIN'] as const).map((role) => ({
          subject: 'x',
          organizationId: KIM_RHEINE,
          roles: [role],
          ags: [KREIS],
        })),
      ];
      for (const identity of others) {
        const res = await ask(identity, A);
        expect(res.data!._entities[0].targetGroup).toBeNull();
        expect((res.errors as GqlError[]).map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      }
    },
  );

  it('refuses a reference date in the future, naming referenceDate, and a key that is no AGS or no date', async () => {
    const res = await subgraph.query<Answer>(INDICATORS, { r: areas('2999-01-01', A) });
    expect(res.data!._entities[0].targetGroup).toBeNull();
    expect(res.errors?.[0]).toMatchObject({
      message: 'Invalid value for "referenceDate": must not be in the future.',
      extensions: { code: 'BAD_USER_INPUT', field: 'referenceDate' },
    });
    // Representations bypass the Date scalar, so the resolver checks the key itself.
    const bad = await subgraph.query<Answer>(INDICATORS, { r: [...areas(DATE, '0597'), ...areas('2025-02-30', A)] });
    // The impossible date also fails the key's own Date field, which nulls that whole entity (its
    // targetGroup is refused too, but an entity already null reports only the first error).
    expect(bad.data!._entities).toEqual([{ ags: '0597', referenceDate: DATE, targetGroup: null }, null]);
    expect(
      (bad.errors as (GqlError & { path: unknown[] })[]).map((e) => [e.extensions?.code, e.extensions?.field, e.path]),
    ).toEqual([
      ['BAD_USER_INPUT', 'ags', ['_entities', 0, 'targetGroup']],
      ['BAD_USER_INPUT', undefined, ['_entities', 1, 'referenceDate']],
    ]);
  });
});
