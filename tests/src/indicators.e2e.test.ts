import { attackerIntervals, disclosedBySums, type Identity, type SumConstraint, type SubgraphName } from '@gk/shared';
import {
  caseManagerOf,
  coreGroup,
  demoOfferId,
  financeRheine,
  jmdCaseManagerRheine,
  ORG,
  providerOf,
} from '@gk/fixtures';
import { startTestHub, type TestHub } from './support/hub';

/*
 * The core group's indicators end to end: the four real subgraphs and the real gateway.
 *
 * A small Kreis 05970 with two Gemeinden, A = 05970004 (Bad Berleburg) and B = 05970008 (Bad Laasphe),
 * written row by row into each subgraph's own database. Reference date D = 2025-06-30, threshold 5
 * (SUPPRESSION_THRESHOLD default), measure-career threshold 3 (OFFERS_MEASURE_CAREER_THRESHOLD default).
 *
 * NETWORK. Kreis 05970 (KREIS), A and B (KREISANGEHOERIGE_KOMMUNE, parent 05970). One alliance led by the Kreis
 * (so it spans A and B too); core group from 2025-01-01: Jobcenter (ARBEIT_UND_WIRTSCHAFT), Ausländerbehörde
 * (MIGRATION_UND_INTEGRATION), Sozialamt (SOZIALES); the Schulaufsicht (BILDUNG) joins on 2025-07-01.
 *   On D: represented MIGRATION_UND_INTEGRATION, ARBEIT_UND_WIRTSCHAFT, SOZIALES; missing BILDUNG; expected agencies
 *   present JOBCENTER, AUSLAENDERBEHOERDE, SOZIALAMT; missing AGENTUR_FUER_ARBEIT, REFUGEE_COUNSELLING,
 *   SCHOOL_SUPERVISION, JUGENDAMT; not complete. From 2025-07-01 no area is missing, only the agencies
 *   AGENTUR_FUER_ARBEIT,
 *   REFUGEE_COUNSELLING and JUGENDAMT (still not complete).
 *
 * PERSONS (aged 18-27 on D; every status and regime since 2020, every need OPEN, recorded 2025-01-15):
 *   A: a1-a5 born 2005-03-15 (20: AGE_18_20), GESTATTUNG, ASYLBLG; a6-a12 born 2002-01-10 (23: AGE_21_24), DULDUNG,
 *      SGB_II; all school degree NONE. Needs: LANGUAGE a1-a6 (6), SCHOOL_DEGREE a6-a12 (7), VOCATIONAL_TRAINING a8-a12
 *      (5).
 *   B: b1-b8 born 1999-02-02 (26: AGE_25_27), SGB_II, FACHOBERSCHULREIFE; b1-b3 GESTATTUNG, b4-b8 DULDUNG.
 *      Needs: LANGUAGE b1-b5 (5), VOCATIONAL_TRAINING b7, b8 (2).
 *   Kreis = A + B: 20; GESTATTUNG 8, DULDUNG 12; ASYLBLG 5, SGB_II 15; NONE 12, FACHOBERSCHULREIFE 8; ages 5 / 7 / 8;
 *      LANGUAGE 11, SCHOOL_DEGREE 7, VOCATIONAL_TRAINING 7.
 *   Suppression: primary B GESTATTUNG 3 and B VOCATIONAL_TRAINING 2. Column GESTATTUNG 8 = A 5 + B(w) -> A GESTATTUNG;
 *      column VOCATIONAL_TRAINING 7 = A 5 + B(w) -> A VOCATIONAL_TRAINING; row A 12 = GESTATTUNG(w) + DULDUNG 7 -> A
 *      DULDUNG; row B 8 = GESTATTUNG(w) + DULDUNG 5 -> B DULDUNG. Then the residence cells of A and B form a 2x2 table
 *      with one free parameter (A GESTATTUNG = t, B GESTATTUNG = 8 - t, A DULDUNG = 12 - t, B DULDUNG = t), so none can
 *      be
 *      recomputed; the Kreis's row stays published.
 *
 * OFFERS (provider irrelevant; "counted on D": not cancelled, end >= D, start <= D + 3 months = 2025-09-30):
 *   A  O1 LANGUAGE_COURSE 2025-01-01..2025-12-31 RUNNING 10 seats: 8 hold a seat (enrolled 2025-01-10).
 *      O2 LANGUAGE_COURSE 2025-02-01..2025-09-30 RUNNING 12 seats: 2 hold a seat (low occupancy: 2 < 6).
 *      O3 LANGUAGE_COURSE 2025-09-01..2026-02-28 OPEN 10 seats: nobody (starts within 3 months: counts; low).
 *      O4 SCHOOL_DEGREE_COURSE 2024-09-01..2025-07-31 RUNNING 8 seats: 6 hold a seat.
 *      O5 VOCATIONAL_PREPARATION 2024-08-01..2025-03-31 FINISHED (not counted): 10 ended 2025-03-31: 5
 *      QUALIFICATION_ACHIEVED,
 *         2 PROGRESSED, 1 NO_PROGRESS (8 COMPLETED), 2 DROPPED_OUT -> completion 8/10 = 0.8, transition 7/10 = 0.7.
 *      O6, O7, O8 EMPLOYMENT_SUPPORT (finished): c1-c6 ended each with NO_PROGRESS (COMPLETED) on 2024-06-30,
 *      2024-12-31,
 *         2025-05-31. Ended in the twelve months up to D (after 2024-06-30): O7 + O8 = 12, completed 12, transitioned 0
 *         -> completion 1, transition 0. Careers: on D three no-progress outcomes each -> 6 flagged in A (the area of
 *         O8);
 *         on 2025-03-31 only two -> 0 flagged.
 *   B  O9 LANGUAGE_COURSE 2025-03-01..2025-10-31 RUNNING 8 seats: 6 hold a seat.
 *      O10 VOCATIONAL_TRAINING 2025-02-01..2026-01-31 RUNNING 6 seats: 3 hold a seat (primary: enrolled 3).
 *      O11 LANGUAGE_COURSE 2025-01-06..2025-02-28 FINISHED: 2 QUALIFICATION_ACHIEVED ended 2025-02-28 (primary: ended,
 *         completed, transitioned 2, and completedQualifications 2).
 *   Landscape on D (offers, seats, enrolled, free, occupancy):
 *      A: LANGUAGE_COURSE 3, 32, 10, 22, 10/32 = 0.3125; SCHOOL_DEGREE_COURSE 1, 8, 6, 2, 0.75; VOCATIONAL_PREPARATION
 *      and
 *         EMPLOYMENT_SUPPORT 0 offers with the rates above (occupancy: nothing to divide by).
 *      B: LANGUAGE_COURSE 1, 8, 6, 2, 0.75, rates withheld (ended 2); VOCATIONAL_TRAINING 1, 6, withheld (3).
 *      Kreis: LANGUAGE_COURSE 4, 40, 16, 24, 0.4, rates withheld (ended 2 = A 0 + B 2: the Kreis is itself small);
 *         SCHOOL_DEGREE_COURSE as A; VOCATIONAL_PREPARATION, EMPLOYMENT_SUPPORT as A; VOCATIONAL_TRAINING 1, 6,
 *         withheld
 *         (Kreis 3 and B 3 both primary; A's 0 stays published).
 *   Duplicates on D: O2 and O3 (A, LANGUAGE_COURSE, both below half booked), overlap 2025-09-01..2025-09-30.
 *   Participation 2025 up to D: A enrolled persons 8 + 2 + 6 + 10 (O5 ended after 1 January) + 6 (c1-c6 via O8) = 32;
 *      B 6 + 3 + 2 = 11; Kreis 43. Qualifications: A 5 (O5), B 2 (O11) primary -> column 7 = A 5 + B(w) -> A withheld;
 *      Kreis 7 published. Same figures on every quarter end of 2025 (nothing starts after 2025-03-01).
 *
 * GAPS (demand = persons' open needs, supply = free seats of the matching categories):
 *   A: LANGUAGE 6 vs 22 -> 0, no gap; SCHOOL_DEGREE 7 vs 2 -> shortfall 5, gap; VOCATIONAL_TRAINING withheld vs 0 ->
 *   unknown.
 *   B: LANGUAGE 5 vs 2 -> shortfall 3, gap; VOCATIONAL_TRAINING withheld vs withheld -> unknown.
 *   Kreis: LANGUAGE 11 vs 24 -> no gap; SCHOOL_DEGREE 7 vs 2 -> shortfall 5, gap; VOCATIONAL_TRAINING 7 vs withheld ->
 *   unknown.
 *   Every other need: 0 vs 0 -> shortfall 0, no gap.
 *
 * FUNDING (fiscal year 2025, programme "Kommunales Integrationsmanagement" = KIM):
 *   Lines: Kreis OWN_FUNDS (KIM) 20,000.00; A STATE_FUNDING (KIM) 60,000.00; B INTEGRATIONSPAUSCHALE (no programme)
 *   10,000.00.
 *   Allocations: A line -> O1 40,000.00, spent 8,000.00 (2025-02-15), 12,000.00 (2025-05-20), 10,000.00 (2025-08-10);
 *      Kreis line -> O4 8,000.00, spent 4,000.00 (2025-06-30: on D counts), 2,000.00 (2025-11-30);
 *      B line -> O9 6,000.00, spent 3,000.00 (2025-04-01).
 *   On D: A planned 60,000, allocated 40,000, spent 20,000, state 40,000, own 0, other 0, KIM 40,000 / 20,000;
 *      cost per enrolled 20,000 / 32 = 625.00; per qualification unknown (withheld).
 *   B planned 10,000, allocated 6,000, spent 3,000, state 0, own 6,000, no programme; 3,000 / 11 = 272.727.. -> 272.73.
 *   Kreis planned 90,000, allocated 54,000, spent 27,000, state 40,000, own 14,000, KIM 48,000 / 24,000;
 *      27,000 / 43 = 627.906.. -> 627.91; 27,000 / 7 = 3,857.142.. -> 3,857.14.
 *   A's time axis 2025: spent 8,000 (Q1), 20,000 (Q2), 30,000 (Q3, Q4); per enrolled person (32) 250.00, 625.00,
 *   937.50, 937.50.
 */

const D = '2025-06-30';
const KREIS = '05970';
const A = '05970004';
const B = '05970008';
const KIM = 'Kommunales Integrationsmanagement';
const ALLIANCE = 'Bündnis Siegen-Wittgenstein';

/** The core group and a finance officer, scoped to this test's Kreise outside the demo world. */
const ANALYST: Identity = { ...coreGroup, ags: [KREIS] };
const FINANCE: Identity = { ...financeRheine, ags: ['05962', '05966', '05970', '05974'] };

/** Extra Kreise for the bounded-work test (real AGS of NRW); none of them is in ANALYST's scope. */
const OTHER_KREISE: Record<string, string[]> = {
  '05962': ['05962004', '05962008'],
  '05966': ['05966004', '05966008', '05966012'],
  '05974': ['05974004', '05974008'],
};

const uuid = (prefix: string, n: number) => `${prefix}-0000-4000-8000-${String(n).padStart(12, '0')}`;
const CASE_ORG = uuid('0c0c0c0c', 1);
const PROVIDER = uuid('0a0a0a0a', 1);

/** Every indicator field of every subgraph: the same selection as the gateway's CSV export. */
const DASHBOARD = `
  ags referenceDate municipality { name }
  alliances { alliance { name } coverage { representedAreas missingAreas presentExpectedAgencies
  missingExpectedAgencies complete } }
  targetGroup {
    total { value suppressed }
    byResidenceStatus { residenceStatus persons { value suppressed } }
    byBenefitRegime { benefitRegime persons { value suppressed } }
    bySchoolDegree { schoolDegree persons { value suppressed } }
    byAgeBand { ageBand persons { value suppressed } }
    openNeedsByCategory { category openNeeds { value suppressed } }
  }
  offerLandscape { category offers seats enrolled { value suppressed } free { value suppressed }
    occupancyRate { value suppressed } completionRate { value suppressed } transitionRate { value suppressed } }
  gaps { needCategory offerCategories demand { value suppressed } supply { value suppressed } shortfall isGap }
  measureCareers { flaggedPersons { value suppressed } threshold }
  duplicateCandidates { category first { title } second { title } overlapFrom overlapUntil }
  participation { fiscalYear enrolledPersons { value suppressed } completedQualifications { value suppressed } }
  money { fiscalYear planned allocated spent stateShare ownShare otherShare byProgramme { program { name } allocated
  spent }
    costPerEnrolledPerson costPerCompletedQualification }`;

const MUNICIPALITY_DASHBOARD = `query($ags: String!, $d: Date) {
  municipality(ags: $ags) { indicators(referenceDate: $d) { ${DASHBOARD} } }
}`;
const STATE_DASHBOARD = `query($d: Date) { stateIndicators(referenceDate: $d) { ${DASHBOARD} } }`;

// ---- expected figures -------------------------------------------------------------------------

type Cell = { value: number | null; suppressed: boolean };

/** What an attacker reads off published figures: values, withheld ids and the sums between them, by "ags|cell". */
interface AttackerView {
  ids: Set<string>;
  withheld: Set<string>;
  published: Map<string, number>;
  constraints: SumConstraint[];
}

/**
 * Adds one area's target group (total and the four breakdowns, each summing to the total) to the
 * attacker's view, less what the reader's organisation knows itself (`own`, by cell); returns the
 * function that adds a further cell of the area.
 */
function addTargetGroupView(
  view: AttackerView,
  ags: string,
  t: Dashboard['targetGroup'],
  own: Record<string, number> = {},
): (id: string, cell: Cell) => void {
  const put = (id: string, cell: Cell) => {
    view.ids.add(id);
    if (cell.suppressed) view.withheld.add(`${ags}|${id}`);
    else view.published.set(`${ags}|${id}`, cell.value! - (own[id] ?? 0));
  };
  put('total', t.total);
  const breakdowns: [string, { key: string | null; cell: Cell }[]][] = [
    ['residence', t.byResidenceStatus.map((r) => ({ key: r.residenceStatus, cell: r.persons }))],
    ['regime', t.byBenefitRegime.map((r) => ({ key: r.benefitRegime, cell: r.persons }))],
    ['degree', t.bySchoolDegree.map((r) => ({ key: r.schoolDegree, cell: r.persons }))],
    ['age', t.byAgeBand.map((r) => ({ key: r.ageBand, cell: r.persons }))],
  ];
  for (const [dimension, rows] of breakdowns) {
    for (const r of rows) put(`${dimension}:${r.key}`, r.cell);
    view.constraints.push({ total: `${ags}|total`, parts: rows.map((r) => `${ags}|${dimension}:${r.key}`) });
  }
  return put;
}
type Rate = Cell;
const n = (value: number): Cell => ({ value, suppressed: false });
const W: Cell = { value: null, suppressed: true };
const rate = (value: number | null): Rate => ({ value, suppressed: false });
const NO_RATE: Rate = { value: null, suppressed: false };

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
const OFFER_CATEGORIES = [
  'LANGUAGE_COURSE',
  'SCHOOL_DEGREE_COURSE',
  'VOCATIONAL_PREPARATION',
  'VOCATIONAL_TRAINING',
  'QUALIFICATION',
  'EMPLOYMENT_SUPPORT',
  'YOUTH_WELFARE',
  'MENTORING',
  'COUNSELLING',
];
const NEED_OFFERS: Record<string, string[]> = {
  LANGUAGE: ['LANGUAGE_COURSE'],
  SCHOOL_DEGREE: ['SCHOOL_DEGREE_COURSE'],
  VOCATIONAL_PREPARATION: ['VOCATIONAL_PREPARATION'],
  VOCATIONAL_TRAINING: ['VOCATIONAL_TRAINING', 'QUALIFICATION'],
  EMPLOYMENT: ['EMPLOYMENT_SUPPORT'],
  RESIDENCE_COUNSELLING: ['COUNSELLING'],
  HOUSING: ['YOUTH_WELFARE'],
  HEALTH: [],
  CHILDCARE: [],
  MENTORING: ['MENTORING'],
  OTHER: [],
};

type Figures = Record<string, Cell>;
const cellOf = (figures: Figures, key: string | null) => figures[String(key)] ?? n(0);

function targetGroup(total: Cell, residence: Figures, regime: Figures, degree: Figures, age: Figures, needs: Figures) {
  return {
    total,
    byResidenceStatus: RESIDENCE.map((k) => ({ residenceStatus: k, persons: cellOf(residence, k) })),
    byBenefitRegime: REGIMES.map((k) => ({ benefitRegime: k, persons: cellOf(regime, k) })),
    bySchoolDegree: DEGREES.map((k) => ({ schoolDegree: k, persons: cellOf(degree, k) })),
    byAgeBand: AGE_BANDS.map((k) => ({ ageBand: k, persons: cellOf(age, k) })),
    openNeedsByCategory: NEEDS.map((k) => ({ category: k, openNeeds: cellOf(needs, k) })),
  };
}

interface LandscapeRow {
  offers: number;
  seats: number;
  enrolled: Cell;
  free: Cell;
  occupancyRate: Rate;
  completionRate: Rate;
  transitionRate: Rate;
}
const EMPTY_CATEGORY: LandscapeRow = {
  offers: 0,
  seats: 0,
  enrolled: n(0),
  free: n(0),
  occupancyRate: NO_RATE,
  completionRate: NO_RATE,
  transitionRate: NO_RATE,
};
const landscape = (rows: Record<string, Partial<LandscapeRow>>) =>
  OFFER_CATEGORIES.map((category) => ({ category, ...EMPTY_CATEGORY, ...rows[category] }));

/** Gaps from demand and supply per need (missing needs: 0 against 0). */
function gaps(rows: Record<string, [Cell, Cell]>) {
  return NEEDS.map((needCategory) => {
    const [demand, supply] = rows[needCategory] ?? [n(0), n(0)];
    const known = demand.value !== null && supply.value !== null;
    return {
      needCategory,
      offerCategories: NEED_OFFERS[needCategory],
      demand,
      supply,
      shortfall: known ? Math.max(0, demand.value! - supply.value!) : null,
      isGap: known ? demand.value! > supply.value! : null,
    };
  });
}

const ALLIANCES_ON_D = [
  {
    alliance: { name: ALLIANCE },
    coverage: {
      representedAreas: ['MIGRATION_UND_INTEGRATION', 'ARBEIT_UND_WIRTSCHAFT', 'SOZIALES'],
      missingAreas: ['BILDUNG'],
      presentExpectedAgencies: ['JOBCENTER', 'AUSLAENDERBEHOERDE', 'SOZIALAMT'],
      missingExpectedAgencies: ['AGENTUR_FUER_ARBEIT', 'REFUGEE_COUNSELLING', 'SCHOOL_SUPERVISION', 'JUGENDAMT'],
      complete: false,
    },
  },
];

const DUPLICATE_O2_O3 = {
  category: 'LANGUAGE_COURSE',
  first: { title: 'Sprachkurs A2' },
  second: { title: 'Sprachkurs A3' },
  overlapFrom: '2025-09-01',
  overlapUntil: '2025-09-30',
};

const EXPECTED: Record<string, Record<string, unknown>> = {
  [KREIS]: {
    ags: KREIS,
    referenceDate: D,
    municipality: { name: 'Kreis Siegen-Wittgenstein' },
    alliances: ALLIANCES_ON_D,
    targetGroup: targetGroup(
      n(20),
      { GESTATTUNG: n(8), DULDUNG: n(12) },
      { ASYLBLG: n(5), SGB_II: n(15) },
      { NONE: n(12), FACHOBERSCHULREIFE: n(8) },
      { AGE_18_20: n(5), AGE_21_24: n(7), AGE_25_27: n(8) },
      { LANGUAGE: n(11), SCHOOL_DEGREE: n(7), VOCATIONAL_TRAINING: n(7) },
    ),
    offerLandscape: landscape({
      LANGUAGE_COURSE: {
        offers: 4,
        seats: 40,
        enrolled: n(16),
        free: n(24),
        occupancyRate: rate(0.4),
        completionRate: W,
        transitionRate: W,
      },
      SCHOOL_DEGREE_COURSE: { offers: 1, seats: 8, enrolled: n(6), free: n(2), occupancyRate: rate(0.75) },
      VOCATIONAL_PREPARATION: { completionRate: rate(0.8), transitionRate: rate(0.7) },
      VOCATIONAL_TRAINING: { offers: 1, seats: 6, enrolled: W, free: W, occupancyRate: W },
      EMPLOYMENT_SUPPORT: { completionRate: rate(1), transitionRate: rate(0) },
    }),
    gaps: gaps({ LANGUAGE: [n(11), n(24)], SCHOOL_DEGREE: [n(7), n(2)], VOCATIONAL_TRAINING: [n(7), W] }),
    measureCareers: { flaggedPersons: n(6), threshold: 3 },
    duplicateCandidates: [DUPLICATE_O2_O3],
    participation: { fiscalYear: 2025, enrolledPersons: n(43), completedQualifications: n(7) },
    money: {
      fiscalYear: 2025,
      planned: '90000.00',
      allocated: '54000.00',
      spent: '27000.00',
      stateShare: '40000.00',
      ownShare: '14000.00',
      otherShare: '0.00',
      byProgramme: [{ program: { name: KIM }, allocated: '48000.00', spent: '24000.00' }],
      costPerEnrolledPerson: '627.91',
      costPerCompletedQualification: '3857.14',
    },
  },
  [A]: {
    ags: A,
    referenceDate: D,
    municipality: { name: 'Bad Berleburg' },
    alliances: ALLIANCES_ON_D,
    targetGroup: targetGroup(
      n(12),
      { GESTATTUNG: W, DULDUNG: W },
      { ASYLBLG: n(5), SGB_II: n(7) },
      { NONE: n(12) },
      { AGE_18_20: n(5), AGE_21_24: n(7) },
      { LANGUAGE: n(6), SCHOOL_DEGREE: n(7), VOCATIONAL_TRAINING: W },
    ),
    offerLandscape: landscape({
      LANGUAGE_COURSE: { offers: 3, seats: 32, enrolled: n(10), free: n(22), occupancyRate: rate(0.3125) },
      SCHOOL_DEGREE_COURSE: { offers: 1, seats: 8, enrolled: n(6), free: n(2), occupancyRate: rate(0.75) },
      VOCATIONAL_PREPARATION: { completionRate: rate(0.8), transitionRate: rate(0.7) },
      EMPLOYMENT_SUPPORT: { completionRate: rate(1), transitionRate: rate(0) },
    }),
    gaps: gaps({ LANGUAGE: [n(6), n(22)], SCHOOL_DEGREE: [n(7), n(2)], VOCATIONAL_TRAINING: [W, n(0)] }),
    measureCareers: { flaggedPersons: n(6), threshold: 3 },
    duplicateCandidates: [DUPLICATE_O2_O3],
    participation: { fiscalYear: 2025, enrolledPersons: n(32), completedQualifications: W },
    money: {
      fiscalYear: 2025,
      planned: '60000.00',
      allocated: '40000.00',
      spent: '20000.00',
      stateShare: '40000.00',
      ownShare: '0.00',
      otherShare: '0.00',
      byProgramme: [{ program: { name: KIM }, allocated: '40000.00', spent: '20000.00' }],
      costPerEnrolledPerson: '625.00',
      costPerCompletedQualification: null,
    },
  },
  [B]: {
    ags: B,
    referenceDate: D,
    municipality: { name: 'Bad Laasphe' },
    alliances: ALLIANCES_ON_D,
    targetGroup: targetGroup(
      n(8),
      { GESTATTUNG: W, DULDUNG: W },
      { SGB_II: n(8) },
      { FACHOBERSCHULREIFE: n(8) },
      { AGE_25_27: n(8) },
      { LANGUAGE: n(5), VOCATIONAL_TRAINING: W },
    ),
    offerLandscape: landscape({
      LANGUAGE_COURSE: {
        offers: 1,
        seats: 8,
        enrolled: n(6),
        free: n(2),
        occupancyRate: rate(0.75),
        completionRate: W,
        transitionRate: W,
      },
      VOCATIONAL_TRAINING: { offers: 1, seats: 6, enrolled: W, free: W, occupancyRate: W },
    }),
    gaps: gaps({ LANGUAGE: [n(5), n(2)], VOCATIONAL_TRAINING: [W, W] }),
    measureCareers: { flaggedPersons: n(0), threshold: 3 },
    duplicateCandidates: [],
    participation: { fiscalYear: 2025, enrolledPersons: n(11), completedQualifications: W },
    money: {
      fiscalYear: 2025,
      planned: '10000.00',
      allocated: '6000.00',
      spent: '3000.00',
      stateShare: '0.00',
      ownShare: '6000.00',
      otherShare: '0.00',
      byProgramme: [],
      costPerEnrolledPerson: '272.73',
      costPerCompletedQualification: null,
    },
  },
};

// ---- the data set -----------------------------------------------------------------------------

// Offers: [n, ags, title, category, start, end, status, seats]
const OFFERS: [number, string, string, string, string, string, string, number][] = [
  [1, A, 'Sprachkurs A1', 'LANGUAGE_COURSE', '2025-01-01', '2025-12-31', 'RUNNING', 10],
  [2, A, 'Sprachkurs A2', 'LANGUAGE_COURSE', '2025-02-01', '2025-09-30', 'RUNNING', 12],
  [3, A, 'Sprachkurs A3', 'LANGUAGE_COURSE', '2025-09-01', '2026-02-28', 'OPEN', 10],
  [4, A, 'Schulabschluss A', 'SCHOOL_DEGREE_COURSE', '2024-09-01', '2025-07-31', 'RUNNING', 8],
  [5, A, 'Berufsvorbereitung A', 'VOCATIONAL_PREPARATION', '2024-08-01', '2025-03-31', 'FINISHED', 15],
  [6, A, 'Aktivierung A 1', 'EMPLOYMENT_SUPPORT', '2024-01-01', '2024-06-30', 'FINISHED', 10],
  [7, A, 'Aktivierung A 2', 'EMPLOYMENT_SUPPORT', '2024-07-01', '2024-12-31', 'FINISHED', 10],
  [8, A, 'Coaching A', 'EMPLOYMENT_SUPPORT', '2025-01-01', '2025-05-31', 'FINISHED', 10],
  [9, B, 'Sprachkurs B', 'LANGUAGE_COURSE', '2025-03-01', '2025-10-31', 'RUNNING', 8],
  [10, B, 'Einstiegsqualifizierung B', 'VOCATIONAL_TRAINING', '2025-02-01', '2026-01-31', 'RUNNING', 6],
  [11, B, 'Sprachprüfung B', 'LANGUAGE_COURSE', '2025-01-06', '2025-02-28', 'FINISHED', 10],
];
const offerId = (no: number) => uuid('0ffe0000', no);
const start = (no: number) => OFFERS.find((o) => o[0] === no)![4];
const p = (no: number) => uuid('9e150000', no);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

interface Enrollment {
  person: string;
  offer: number;
  status: string;
  applied: string;
  enrolled: string | null;
  ended: string | null;
  outcome: string | null;
}
const held = (person: string, offer: number, enrolled: string): Enrollment => ({
  person,
  offer,
  status: 'ENROLLED',
  applied: enrolled,
  enrolled,
  ended: null,
  outcome: null,
});
const done = (person: string, offer: number, ended: string, outcome: string): Enrollment => ({
  person,
  offer,
  status: outcome === 'DROPPED_OUT' ? 'DROPPED_OUT' : 'COMPLETED',
  applied: start(offer),
  enrolled: start(offer),
  ended,
  outcome,
});
const c = (no: number) => p(100 + no);

const ENROLLMENTS: Enrollment[] = [
  ...range(1, 8).map((i) => held(p(i), 1, '2025-01-10')),
  ...range(9, 10).map((i) => held(p(i), 2, '2025-02-01')),
  ...range(11, 16).map((i) => held(p(i), 4, '2024-09-01')),
  ...range(17, 21).map((i) => done(p(i), 5, '2025-03-31', 'QUALIFICATION_ACHIEVED')),
  ...range(22, 23).map((i) => done(p(i), 5, '2025-03-31', 'PROGRESSED')),
  done(p(24), 5, '2025-03-31', 'NO_PROGRESS'),
  ...range(25, 26).map((i) => done(p(i), 5, '2025-03-31', 'DROPPED_OUT')),
  ...range(1, 6).flatMap((i) => [
    done(c(i), 6, '2024-06-30', 'NO_PROGRESS'),
    done(c(i), 7, '2024-12-31', 'NO_PROGRESS'),
    done(c(i), 8, '2025-05-31', 'NO_PROGRESS'),
  ]),
  ...range(31, 36).map((i) => held(p(i), 9, '2025-03-01')),
  ...range(37, 39).map((i) => held(p(i), 10, '2025-02-01')),
  ...range(40, 41).map((i) => done(p(i), 11, '2025-02-28', 'QUALIFICATION_ACHIEVED')),
];

describe("the core group's indicators end to end", () => {
  let hub: TestHub;
  let personCounter = 0;
  let enrollmentCounter = 0;

  const sql = (name: SubgraphName, text: string, params: unknown[] = []) =>
    hub.subgraphs[name].db.dataSource.query(text, params);

  async function municipality(ags: string, name: string, parent: string | null) {
    await sql('network', `INSERT INTO municipality (ags, name, kind, parent_ags) VALUES ($1, $2, $3, $4)`, [
      ags,
      name,
      parent ? 'KREISANGEHOERIGE_KOMMUNE' : 'KREIS',
      parent,
    ]);
  }
  async function organization(no: number, name: string, kind: string, area: string, ags: string): Promise<string> {
    const id = uuid('000a0000', no);
    await sql(
      'network',
      `INSERT INTO organization (id, name, kind, areas, ags, created_by, updated_by) VALUES ($1, $2, $3, ` +
        `$4, $5, 'test', 'test')`,
      [id, name, kind, [area], ags],
    );
    return id;
  }
  async function person(
    ags: string,
    dateOfBirth: string,
    degree: string,
    status: string,
    regime: string,
    needs: string[],
  ) {
    personCounter += 1;
    const id = uuid('9e9e0000', personCounter);
    await sql(
      'persons',
      `INSERT INTO person (id, given_name, family_name, date_of_birth, municipality_ags, case_managing_organization_id,
        school_degree, created_by, updated_by)
       VALUES ($1, 'Kennzahl', 'Test', $2, $3, $4, $5, 'test', 'test')`,
      [id, dateOfBirth, ags, CASE_ORG, degree],
    );
    await sql(
      'persons',
      `INSERT INTO residence_status_period (person_id, status, valid_from, created_by, updated_by) VALUES ` +
        `($1, $2, '2020-01-01', 'test', 'test')`,
      [id, status],
    );
    await sql(
      'persons',
      `INSERT INTO benefit_regime_period (person_id, regime, valid_from, created_by, updated_by) VALUES ($1, ` +
        `$2, '2020-01-01', 'test', 'test')`,
      [id, regime],
    );
    for (const category of needs) {
      await sql(
        'persons',
        `INSERT INTO need (person_id, category, status, created_at, created_by, ` +
          `updated_by) VALUES ($1, $2, 'OPEN', '2025-01-15T10:00:00Z', 'test', 'test')`,
        [id, category],
      );
    }
  }
  async function offer(
    id: string,
    ags: string,
    title: string,
    category: string,
    startDate: string,
    endDate: string,
    status: string,
    seats: number,
  ) {
    await sql(
      'offers',
      `INSERT INTO offer (id, title, category, target_outcome, provider_id, municipality_ags, start_date, end_date,
        seats, status, created_by, updated_by)
       VALUES ($1, $2, $3, 'STABILISATION', $4, $5, $6, $7, $8, $9, 'test', 'test')`,
      [id, title, category, PROVIDER, ags, startDate, endDate, seats, status],
    );
  }
  async function enrollment(e: Enrollment & { offerId: string }) {
    enrollmentCounter += 1;
    await sql(
      'offers',
      `INSERT INTO enrollment (id, person_id, offer_id, status, applied_on, enrolled_on, ended_on, outcome, created_by,
        updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'test', 'test')`,
      [uuid('e0000000', enrollmentCounter), e.person, e.offerId, e.status, e.applied, e.enrolled, e.ended, e.outcome],
    );
  }
  async function funding<T>(query: string, input: Record<string, unknown>): Promise<T> {
    const res = await hub.subgraphs.funding.query<T>(query, { input }, FINANCE);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  }
  const program = async (name: string) =>
    (
      await funding<{ createFundingProgram: { id: string } }>(
        `mutation($input: CreateFundingProgramInput!) { createFundingProgram(input: $input) { id } }`,
        {
          name,
          funder: 'LAND_NRW',
          periodStart: '2020-07-01',
          periodEnd: '2030-12-31',
          maxFundingRateBasisPoints: 8000,
          targetRule: 'MAINLY_WITHOUT_SGB_II_XII',
        },
      )
    ).createFundingProgram.id;
  const budget = async (municipalityAgs: string, source: string, amount: string, programId: string | null) =>
    (
      await funding<{ createBudget: { id: string } }>(
        `mutation($input: CreateBudgetInput!) { createBudget(input: $input) { id } }`,
        {
          municipalityAgs,
          fiscalYear: 2025,
          budgetProduct: '8101',
          plan: 'RESULT_PLAN',
          lineKind: 'AUFWENDUNGEN',
          source,
          title: 'Integration junger Erwachsener',
          amount,
          financingSecured: true,
          ...(programId ? { programId } : {}),
        },
      )
    ).createBudget.id;
  async function book(budgetId: string, offerNo: string, amount: string, spent: [string, string][]) {
    const allocationId = (
      await funding<{ allocateFunding: { id: string } }>(
        `mutation($input: AllocateFundingInput!) { allocateFunding(input: $input) { id } }`,
        { budgetId, offerId: offerNo, fiscalYear: 2025, amount },
      )
    ).allocateFunding.id;
    for (const [spentOn, value] of spent) {
      await funding(`mutation($input: RecordExpenditureInput!) { recordExpenditure(input: $input) { id } }`, {
        allocationId,
        amount: value,
        spentOn,
        purpose: 'Honorare',
      });
    }
  }

  beforeAll(async () => {
    hub = await startTestHub();

    // Network.
    await municipality(KREIS, 'Kreis Siegen-Wittgenstein', null);
    await municipality(A, 'Bad Berleburg', KREIS);
    await municipality(B, 'Bad Laasphe', KREIS);
    const office = await organization(
      1,
      'Kommunales Integrationszentrum Siegen-Wittgenstein',
      'KOMMUNALES_INTEGRATIONSZENTRUM',
      'MIGRATION_UND_INTEGRATION',
      KREIS,
    );
    const allianceId = uuid('a111a000', 1);
    await sql(
      'network',
      `INSERT INTO alliance (id, name, programme, lead_ags, lead_office_id, start_date, created_by, ` +
        `updated_by) VALUES ($1, $2, 'GEMEINSAM_KLAPPTS', $3, $4, '2025-01-01', 'test', 'test')`,
      [allianceId, ALLIANCE, KREIS, office],
    );
    const seats: [string, string, string, string][] = [
      ['Jobcenter Siegen-Wittgenstein', 'JOBCENTER', 'ARBEIT_UND_WIRTSCHAFT', '2025-01-01'],
      ['Ausländerbehörde Siegen-Wittgenstein', 'AUSLAENDERBEHOERDE', 'MIGRATION_UND_INTEGRATION', '2025-01-01'],
      ['Sozialamt Siegen-Wittgenstein', 'SOZIALAMT', 'SOZIALES', '2025-01-01'],
      ['Schulamt Siegen-Wittgenstein', 'SCHOOL_SUPERVISION', 'BILDUNG', '2025-07-01'],
    ];
    for (const [i, [name, kind, area, from]] of seats.entries()) {
      const org = await organization(10 + i, name, kind, area, KREIS);
      await sql(
        'network',
        `INSERT INTO core_group_membership (id, alliance_id, organization_id, representative_name, representative_role,
          area, decision_authority, valid_from, created_by, updated_by)
         VALUES ($1, $2, $3, 'Vertretung', 'Leitung', $4, 'FULL', $5, 'test', 'test')`,
        [uuid('5ea70000', i + 1), allianceId, org, area, from],
      );
    }

    // Persons.
    for (let i = 1; i <= 12; i++) {
      const needs = [
        ...(i <= 6 ? ['LANGUAGE'] : []),
        ...(i >= 6 ? ['SCHOOL_DEGREE'] : []),
        ...(i >= 8 ? ['VOCATIONAL_TRAINING'] : []),
      ];
      await person(
        A,
        i <= 5 ? '2005-03-15' : '2002-01-10',
        'NONE',
        i <= 5 ? 'GESTATTUNG' : 'DULDUNG',
        i <= 5 ? 'ASYLBLG' : 'SGB_II',
        needs,
      );
    }
    for (let i = 1; i <= 8; i++) {
      const needs = [...(i <= 5 ? ['LANGUAGE'] : []), ...(i >= 7 ? ['VOCATIONAL_TRAINING'] : [])];
      await person(B, '1999-02-02', 'FACHOBERSCHULREIFE', i <= 3 ? 'GESTATTUNG' : 'DULDUNG', 'SGB_II', needs);
    }

    // Offers.
    for (const [no, ags, title, category, from, until, status, seatCount] of OFFERS)
      await offer(offerId(no), ags, title, category, from, until, status, seatCount);
    for (const e of ENROLLMENTS) await enrollment({ ...e, offerId: offerId(e.offer) });

    // Funding.
    const kim = await program(KIM);
    const kreisLine = await budget(KREIS, 'OWN_FUNDS', '20000.00', kim);
    const aLine = await budget(A, 'STATE_FUNDING', '60000.00', kim);
    const bLine = await budget(B, 'INTEGRATIONSPAUSCHALE', '10000.00', null);
    await book(aLine, offerId(1), '40000.00', [
      ['2025-02-15', '8000.00'],
      ['2025-05-20', '12000.00'],
      ['2025-08-10', '10000.00'],
    ]);
    await book(kreisLine, offerId(4), '8000.00', [
      ['2025-06-30', '4000.00'],
      ['2025-11-30', '2000.00'],
    ]);
    await book(bLine, offerId(9), '6000.00', [['2025-04-01', '3000.00']]);

    // Three more Kreise for the bounded-work test, each Gemeinde with a few persons, an offer, enrollments and money.
    let extra = 100;
    for (const [kreis, members] of Object.entries(OTHER_KREISE)) {
      await municipality(kreis, `Kreis ${kreis}`, null);
      const line = await budget(kreis, 'OWN_FUNDS', '1000.00', kim);
      for (const ags of members) {
        extra += 1;
        await municipality(ags, `Gemeinde ${ags}`, kreis);
        for (let i = 0; i < 6; i++) await person(ags, '2003-03-03', 'NONE', 'DULDUNG', 'SGB_II', ['LANGUAGE']);
        await offer(
          offerId(extra),
          ags,
          `Sprachkurs ${ags}`,
          'LANGUAGE_COURSE',
          '2025-01-01',
          '2025-12-31',
          'RUNNING',
          10,
        );
        for (let i = 0; i < 4; i++)
          await enrollment({ ...held(p(extra * 10 + i), extra, '2025-02-01'), offerId: offerId(extra) });
        await book(line, offerId(extra), '100.00', [['2025-03-01', '50.00']]);
      }
    }
  });

  afterAll(async () => {
    await hub?.close();
  });

  async function dashboard(ags: string, identity: Partial<Identity> = ANALYST, referenceDate = D) {
    const res = await hub.query<{ municipality: { indicators: Record<string, unknown> } }>(
      MUNICIPALITY_DASHBOARD,
      { ags, d: referenceDate },
      identity,
    );
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.municipality.indicators;
  }
  async function stateWide(identity: Partial<Identity> = ANALYST) {
    const res = await hub.query<{ stateIndicators: Record<string, unknown>[] }>(STATE_DASHBOARD, { d: D }, identity);
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.stateIndicators;
  }

  it("(a) shows every figure of Gemeinde A's dashboard as computed by hand", async () => {
    expect(await dashboard(A)).toEqual(EXPECTED[A]);
  });

  it("(b) shows every figure of the Kreis's dashboard as computed by hand", async () => {
    expect(await dashboard(KREIS)).toEqual(EXPECTED[KREIS]);
  });

  it(
    '(c) lists the Kreis and both Gemeinden state-wide for an analyst with the Kreis in scope, with the same ' +
      'figures',
    async () => {
      expect(await stateWide()).toEqual([EXPECTED[KREIS], EXPECTED[A], EXPECTED[B]]);
    },
  );

  it(
    "lays out A's time axis at the quarter ends of 2025: careers appear in Q2, money is spent quarter by " +
      'quarter, the Schulamt joins in Q3',
    async () => {
      const res = await hub.query(
        `query($ags: String!) { municipality(ags: $ags) { quarterlyIndicators(fromYear: 2025, toYear: 2025) {
          referenceDate
         alliances { coverage { missingAreas complete } }
         measureCareers { flaggedPersons { value suppressed } }
         participation { enrolledPersons { value suppressed } completedQualifications { value suppressed } }
         money { spent costPerEnrolledPerson costPerCompletedQualification } } } }`,
        { ags: A },
        ANALYST,
      );
      const quarter = (
        referenceDate: string,
        missingAreas: string[],
        flagged: number,
        spent: string,
        perPerson: string,
      ) => ({
        referenceDate,
        alliances: [{ coverage: { missingAreas, complete: false } }],
        measureCareers: { flaggedPersons: n(flagged) },
        participation: { enrolledPersons: n(32), completedQualifications: W },
        money: { spent, costPerEnrolledPerson: perPerson, costPerCompletedQualification: null },
      });
      expect(res.body).toEqual({
        data: {
          municipality: {
            quarterlyIndicators: [
              quarter('2025-03-31', ['BILDUNG'], 0, '8000.00', '250.00'),
              quarter('2025-06-30', ['BILDUNG'], 6, '20000.00', '625.00'),
              quarter('2025-09-30', [], 6, '30000.00', '937.50'),
              quarter('2025-12-31', [], 6, '30000.00', '937.50'),
            ],
          },
        },
      });
    },
  );

  it(
    'reveals no withheld value by difference or by bounds: no total minus published cells, no Kreis minus a ' +
      'Gemeinde, no shortfall or cost, no interval narrower than the threshold',
    async () => {
      const areas = await stateWide();
      const byAgs = new Map(areas.map((a) => [a.ags as string, a as unknown as Dashboard]));
      const values = new Map<string, Cell>();
      const constraints: SumConstraint[] = [];
      const put = (ags: string, id: string, cell: Cell) => values.set(`${ags}|${id}`, cell);
      for (const [ags, area] of byAgs) {
        const t = area.targetGroup;
        put(ags, 'total', t.total);
        const breakdowns: [string, { key: string | null; cell: Cell }[]][] = [
          ['residence', t.byResidenceStatus.map((r) => ({ key: r.residenceStatus, cell: r.persons }))],
          ['regime', t.byBenefitRegime.map((r) => ({ key: r.benefitRegime, cell: r.persons }))],
          ['degree', t.bySchoolDegree.map((r) => ({ key: r.schoolDegree, cell: r.persons }))],
          ['age', t.byAgeBand.map((r) => ({ key: r.ageBand, cell: r.persons }))],
        ];
        for (const [dimension, rows] of breakdowns) {
          for (const r of rows) put(ags, `${dimension}:${r.key}`, r.cell);
          // Each area's total = each breakdown (null row included).
          constraints.push({ total: `${ags}|total`, parts: rows.map((r) => `${ags}|${dimension}:${r.key}`) });
        }
        for (const r of t.openNeedsByCategory) put(ags, `need:${r.category}`, r.openNeeds);
        for (const l of area.offerLandscape) {
          for (const key of ['enrolled', 'free'] as const) put(ags, `${key}:${l.category}`, l[key]);
          // Seats (published) = enrolled + free.
          put(ags, `seats:${l.category}`, n(l.seats));
          constraints.push({
            total: `${ags}|seats:${l.category}`,
            parts: [`${ags}|enrolled:${l.category}`, `${ags}|free:${l.category}`],
          });
        }
        for (const g of area.gaps) {
          // Demand is the persons' open needs; supply the sum of the matching free seats.
          put(ags, `supply:${g.needCategory}`, g.supply);
          constraints.push({
            total: `${ags}|supply:${g.needCategory}`,
            parts: g.offerCategories.map((oc) => `${ags}|free:${oc}`),
          });
          expect(g.demand).toEqual(values.get(`${ags}|need:${g.needCategory}`));
          // A shortfall would give away a withheld demand or supply: it is published only when both are.
          expect(g.shortfall === null).toBe(g.demand.suppressed || g.supply.suppressed);
          expect(g.isGap === null).toBe(g.demand.suppressed || g.supply.suppressed);
        }
        put(ags, 'flagged', area.measureCareers.flaggedPersons);
        put(ags, 'enrolledPersons', area.participation.enrolledPersons);
        put(ags, 'qualifications', area.participation.completedQualifications);
        // Money divides by the counts only where they are published.
        expect(area.money.costPerEnrolledPerson === null).toBe(area.participation.enrolledPersons.suppressed);
        expect(area.money.costPerCompletedQualification === null).toBe(
          area.participation.completedQualifications.suppressed,
        );
      }
      // Kreis = A + B for every cell.
      for (const id of [...values.keys()]
        .filter((k) => k.startsWith(`${KREIS}|`))
        .map((k) => k.slice(KREIS.length + 1))) {
        constraints.push({ total: `${KREIS}|${id}`, parts: [`${A}|${id}`, `${B}|${id}`] });
      }
      const withheld = new Set([...values].filter(([, cell]) => cell.suppressed).map(([id]) => id));
      // A published value is a known number, not an unknown; a withheld one is null.
      for (const [, cell] of values) expect(cell.value === null).toBe(cell.suppressed);
      // Persons: A and B GESTATTUNG, DULDUNG, VOCATIONAL_TRAINING (6); offers: B and Kreis VOCATIONAL_TRAINING
      // enrolled,
      // free and supply (6); qualifications of A and B (2).
      expect(withheld.size).toBe(14);
      expect(disclosedBySums(constraints, withheld)).toEqual([]);
      // Nor by bounds: a reader who also knows that a withheld count is at least 1 (zeros are published) and
      // that free seats and supply are at least 0 gets, for every withheld count, an interval at least the
      // threshold (5) wide that reaches it, by linear programming over all these sums.
      const published = new Map(
        [...values].filter(([, cell]) => !cell.suppressed).map(([id, cell]) => [id, cell.value!]),
      );
      const fromZero = new Set([...withheld].filter((id) => /\|(free|supply):/.test(id)));
      const intervals = attackerIntervals(published, constraints, withheld, fromZero);
      const narrow = [...intervals].filter(([id, i]) => !fromZero.has(id) && !(i.hi - i.lo >= 5 && i.hi >= 5));
      expect(narrow).toEqual([]);
      expect(intervals.get(`${B}|enrolled:VOCATIONAL_TRAINING`)).toEqual({ lo: 1, hi: 6 });
      // The published figures really satisfy the sums (so the check above is about the right equations).
      for (const c of constraints) {
        const cells = [c.total, ...c.parts].map((id) => values.get(id)!);
        if (cells.some((cell) => cell.suppressed)) continue;
        expect(cells[0].value).toBe(cells.slice(1).reduce((s, cell) => s + cell.value!, 0));
      }
    },
  );

  it(
    'costs the same fetches and SQL statements per subgraph for the state-wide list of 1 area as of 13 areas ' +
      'in 4 Kreise, computed or cached',
    async () => {
      // A write statement that changes no row still moves persons' and offers' data versions: nothing is cached.
      const touch = async () => {
        await hub.subgraphs.persons.db.dataSource.query(`UPDATE need SET status = status WHERE false`);
        await hub.subgraphs.offers.db.dataSource.query(`UPDATE enrollment SET status = status WHERE false`);
      };
      const measure = async (identity: Partial<Identity>, cold = true) => {
        if (cold) await touch();
        const before = Object.fromEntries(
          Object.entries(hub.subgraphs).map(([name, s]) => [
            name,
            { requests: s.db.statements.requests, statements: s.db.statements.count },
          ]),
        );
        const areas = await stateWide(identity);
        const cost = Object.fromEntries(
          Object.entries(hub.subgraphs).map(([name, s]) => [
            name,
            {
              requests: s.db.statements.requests - before[name].requests,
              statements: s.db.statements.count - before[name].statements,
            },
          ]),
        );
        return { areas: areas.length, cost };
      };
      const everyKreis = { ...coreGroup, ags: [KREIS, ...Object.keys(OTHER_KREISE)] };
      const one = await measure({ ...coreGroup, ags: [A] });
      const all = await measure(everyKreis);
      expect(one.areas).toBe(1);
      expect(all.areas).toBe(4 + 2 + 2 + 3 + 2);
      expect(all.cost).toEqual(one.cost);
      // The plan: network lists the areas (municipalities, alliances, their core groups, the members' kinds); persons
      // answers targetGroup (the request's data version, then version and two GROUP BY statements in one snapshot);
      // offers answers landscape, careers, participation, duplicates (the request's version, then per kind the version
      // and one aggregate) and the duplicates' offers in one fetch, then gaps in a second fetch once persons' open
      // needs are there (the landscape is cached by then: only the version); funding answers money once offers'
      // participation is there (planned, ledger, programmes).
      expect(one.cost).toEqual({
        persons: { requests: 1, statements: 4 },
        offers: { requests: 2, statements: 11 },
        funding: { requests: 1, statements: 3 },
        network: { requests: 1, statements: 4 },
      });
      // Asked again with no write in between: persons and offers read only their data versions, once per fetch.
      expect((await measure(everyKreis, false)).cost).toEqual({
        persons: { requests: 1, statements: 1 },
        offers: { requests: 2, statements: 3 },
        funding: { requests: 1, statements: 3 },
        network: { requests: 1, statements: 4 },
      });
    },
  );

  describe('the CSV export', () => {
    const exportUrl = (query: string) => `${new URL(hub.url).origin}/export/indicators.csv${query}`;
    const get = async (query: string, identity?: Partial<Identity>) =>
      fetch(exportUrl(query), { headers: identity ? { authorization: `Bearer ${await hub.token(identity)}` } : {} });

    it(
      'writes one row per area and indicator, withheld cells empty with the note, the values of the state-wide ' +
        'query',
      async () => {
        const res = await get(`?referenceDate=${D}`, ANALYST);
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
        const csv = await res.text();
        expect(csv).not.toContain('"');
        const [header, ...lines] = csv.split('\r\n').filter((l) => l !== '');
        expect(header).toBe('reference_date,ags,municipality,section,indicator,value,note');
        const rows = lines.map((l) => l.split(','));
        expect(rows.every((r) => r.length === 7)).toBe(true);
        const expected = [EXPECTED[KREIS], EXPECTED[A], EXPECTED[B]].flatMap((area) => workbookRows(area));
        expect(rows).toEqual(expected);

        // Every area has the same rows, but for the lists of duplicate pairs and programmes.
        const layout = (ags: string) =>
          rows
            .filter((r) => r[1] === ags)
            .map((r) => `${r[3]}.${r[4]}`)
            .filter((k) => !k.startsWith('duplicateCandidates.') && !k.startsWith('money.byProgramme'));
        expect(layout(A)).toEqual(layout(KREIS));
        expect(layout(B)).toEqual(layout(KREIS));
        // A few by hand, as the workbook shows them.
        const row = (ags: string, section: string, indicator: string) =>
          rows.find((r) => r[1] === ags && r[3] === section && r[4] === indicator)?.slice(5);
        expect(row(A, 'targetGroup', 'byResidenceStatus.GESTATTUNG.persons')).toEqual([
          '',
          'withheld: small-group protection',
        ]);
        expect(row(KREIS, 'targetGroup', 'byResidenceStatus.GESTATTUNG.persons')).toEqual(['8', '']);
        expect(row(A, 'gaps', 'SCHOOL_DEGREE.shortfall')).toEqual(['5', '']);
        expect(row(B, 'gaps', 'VOCATIONAL_TRAINING.isGap')).toEqual(['', '']);
        expect(row(KREIS, 'money', 'costPerCompletedQualification')).toEqual(['3857.14', '']);
        expect(row(B, 'offerLandscape', 'VOCATIONAL_TRAINING.free.value')).toBeUndefined();
        expect(row(B, 'offerLandscape', 'VOCATIONAL_TRAINING.free')).toEqual(['', 'withheld: small-group protection']);
      },
    );

    it('refuses without a token (401), a case manager (403) and a bad date, naming referenceDate (400)', async () => {
      expect((await get(`?referenceDate=${D}`)).status).toBe(401);
      expect((await get(`?referenceDate=${D}`, caseManagerOf(CASE_ORG, [KREIS]))).status).toBe(403);
      const bad = await get('?referenceDate=2025-13-01', ANALYST);
      expect(bad.status).toBe(400);
      expect(await bad.json()).toMatchObject({
        errors: [{ extensions: { code: 'BAD_USER_INPUT', field: 'referenceDate' } }],
      });
    });
  });
});

/*
 * The demo data (loaded by every subgraph's demo loader), read on the fixed date 2026-11-21 (the demo has no
 * dates relative to today). The figures below are what the dashboards show; they agree with what the demo
 * helpers report: Rheine 6 flagged careers and Rhein-Kreis Neuss 6 (all in Neuss); money 2026 on 2026-06-30
 * Rheine planned 80,000.00 allocated 62,000.00 spent 24,800.00, Kreis Neuss 75,000.00 / 64,000.00 / 25,600.00
 * (nothing is spent after June, so 2026-11-21 shows the same); open VOCATIONAL_TRAINING needs Rheine 9, Kreis 17, Neuss
 * 7.
 */
describe("the core group's dashboards on the demo data", () => {
  const DEMO_DATE = '2026-11-21';
  const RHEINE = '05566076';
  const NEUSS_KREIS = '05162';
  const NEUSS = '05162024';
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub({ loadDemoData: true });
  });

  afterAll(async () => {
    await hub?.close();
  });

  interface DemoDashboard {
    targetGroup: { openNeedsByCategory: { category: string; openNeeds: Cell }[] };
    gaps: { needCategory: string; demand: Cell; supply: Cell; shortfall: number | null; isGap: boolean | null }[];
    measureCareers: { flaggedPersons: Cell; threshold: number };
    participation: { fiscalYear: number; enrolledPersons: Cell; completedQualifications: Cell };
    money: Record<string, unknown>;
  }
  async function demoDashboard(ags: string, referenceDate = DEMO_DATE): Promise<DemoDashboard> {
    const res = await hub.query<{ municipality: { indicators: DemoDashboard } }>(
      MUNICIPALITY_DASHBOARD,
      { ags, d: referenceDate },
      coreGroup,
    );
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.municipality.indicators;
  }
  /** A gap as [need, demand, supply, shortfall, isGap]; a withheld count as null. */
  const gapTable = (d: DemoDashboard) =>
    d.gaps.map((g) => [g.needCategory, g.demand.value, g.supply.value, g.shortfall, g.isGap]);
  const money = (
    planned: string,
    allocated: string,
    spent: string,
    stateShare: string,
    ownShare: string,
    perPerson: string,
    perQualification: string,
  ) => ({
    fiscalYear: 2026,
    planned,
    allocated,
    spent,
    stateShare,
    ownShare,
    otherShare: '0.00',
    byProgramme: [{ program: { name: KIM }, allocated, spent }],
    costPerEnrolledPerson: perPerson,
    costPerCompletedQualification: perQualification,
  });

  it(
    "shows Rheine's real gaps, its six flagged measure careers and its money per enrolled person and " +
      'qualification',
    async () => {
      const rheine = await demoDashboard(RHEINE);
      expect(gapTable(rheine)).toEqual([
        ['LANGUAGE', 40, 29, 11, true],
        ['SCHOOL_DEGREE', 28, 15, 13, true],
        ['VOCATIONAL_PREPARATION', 5, 4, 1, true],
        ['VOCATIONAL_TRAINING', 9, 0, 9, true],
        ['EMPLOYMENT', 10, 0, 10, true],
        ['RESIDENCE_COUNSELLING', 15, 32, 0, false],
        ['HOUSING', null, 0, null, null],
        ['HEALTH', 0, 0, 0, false],
        ['CHILDCARE', 6, 0, 6, true],
        ['MENTORING', null, 18, null, null],
        ['OTHER', 0, 0, 0, false],
      ]);
      expect(rheine.measureCareers).toEqual({ flaggedPersons: n(6), threshold: 3 });
      expect(rheine.participation).toEqual({ fiscalYear: 2026, enrolledPersons: n(54), completedQualifications: n(7) });
      // 24,800.00 / 54 = 459.259.. -> 459.26; / 7 = 3,542.857.. -> 3,542.86
      expect(rheine.money).toEqual(
        money('80000.00', '62000.00', '24800.00', '50000.00', '12000.00', '459.26', '3542.86'),
      );
    },
  );

  it('shows the Rhein-Kreis Neuss with real gaps, six flagged careers (all in Neuss) and its money', async () => {
    const kreis = await demoDashboard(NEUSS_KREIS);
    expect(gapTable(kreis)).toEqual([
      ['LANGUAGE', 68, 18, 50, true],
      ['SCHOOL_DEGREE', 52, 14, 38, true],
      ['VOCATIONAL_PREPARATION', null, 12, null, null],
      ['VOCATIONAL_TRAINING', 17, 8, 9, true],
      ['EMPLOYMENT', 19, 15, 4, true],
      ['RESIDENCE_COUNSELLING', 21, 34, 0, false],
      ['HOUSING', null, 0, null, null],
      ['HEALTH', null, 0, null, null],
      ['CHILDCARE', null, 0, null, null],
      ['MENTORING', null, 15, null, null],
      ['OTHER', null, 0, null, null],
    ]);
    expect(kreis.measureCareers).toEqual({ flaggedPersons: n(6), threshold: 3 });
    expect(kreis.participation).toEqual({ fiscalYear: 2026, enrolledPersons: n(75), completedQualifications: n(10) });
    // 25,600.00 / 75 = 341.333.. -> 341.33; / 10 = 2,560.00
    expect(kreis.money).toEqual(money('75000.00', '64000.00', '25600.00', '55000.00', '9000.00', '341.33', '2560.00'));
    const neuss = await demoDashboard(NEUSS);
    expect(neuss.measureCareers.flaggedPersons).toEqual(n(6));
    const vocationalTraining = (d: DemoDashboard) =>
      d.targetGroup.openNeedsByCategory.find((c) => c.category === 'VOCATIONAL_TRAINING')?.openNeeds;
    expect([
      vocationalTraining(await demoDashboard(RHEINE)),
      vocationalTraining(kreis),
      vocationalTraining(neuss),
    ]).toEqual([n(9), n(17), n(7)]);
  });

  it(
    'leaves every withheld count of the demo families an interval of at least the threshold that reaches it ' +
      '(the attacker with bounds)',
    async () => {
      // The target group of each whole Kreis family as one reader sees it: every Gemeinde and the Kreis.
      const families: Record<string, string[]> = {
        '05566': ['05566076'],
        [NEUSS_KREIS]: ['05162004', '05162008', '05162012', '05162016', '05162020', '05162022', '05162024', '05162028'],
      };
      for (const [kreis, gemeinden] of Object.entries(families)) {
        const published = new Map<string, number>();
        const withheld = new Set<string>();
        const constraints: SumConstraint[] = [];
        const ids = new Set<string>();
        for (const ags of [kreis, ...gemeinden]) {
          const t = (await demoDashboard(ags)).targetGroup as unknown as Dashboard['targetGroup'];
          const put = addTargetGroupView({ ids, withheld, published, constraints }, ags, t);
          for (const r of t.openNeedsByCategory) put(`need:${r.category}`, r.openNeeds);
        }
        for (const id of ids) constraints.push({ total: `${kreis}|${id}`, parts: gemeinden.map((g) => `${g}|${id}`) });
        expect(withheld.size).toBeGreaterThan(0);
        const narrow = [...attackerIntervals(published, constraints, withheld)].filter(
          ([, i]) => !(i.hi - i.lo >= 5 && i.hi >= 5),
        );
        expect({ kreis, narrow }).toEqual({ kreis, narrow: [] });
      }
    },
  );

  it("matches the demo helpers' money of 2026 on 2026-06-30", async () => {
    const [rheine, kreis] = [await demoDashboard(RHEINE, '2026-06-30'), await demoDashboard(NEUSS_KREIS, '2026-06-30')];
    // Fewer enrolled persons by June: 24,800.00 / 21 = 1,180.95; 25,600.00 / 29 = 882.758.. -> 882.76.
    expect(rheine.money).toEqual(
      money('80000.00', '62000.00', '24800.00', '50000.00', '12000.00', '1180.95', '3542.86'),
    );
    expect(kreis.money).toEqual(money('75000.00', '64000.00', '25600.00', '55000.00', '9000.00', '882.76', '2560.00'));
  });

  it(
    "publishes no exact count beside a withheld one: Meerbusch's one enrolled mentee is withheld in the " +
      "landscape, and so are the offer's and the area's taken seats for the core group",
    async () => {
      const MEERBUSCH = '05162022';
      const offer = demoOfferId('meerbusch-mentoring');
      // The demo's mentoring offer in Meerbusch has applications only; the provider takes the first one in
      // (written as the demo loader writes, the seat trigger counts it): 1 of 12 seats taken.
      await hub.subgraphs.offers.db.dataSource.query(
        `UPDATE enrollment SET status = 'ENROLLED', enrolled_on = '2026-10-15' WHERE id = (SELECT id FROM ` +
          `enrollment WHERE offer_id = $1 AND status = 'APPLIED' ORDER BY applied_on, id LIMIT 1)`,
        [offer],
      );
      const landscape = await hub.query<{
        municipality: { indicators: { offerLandscape: { category: string; enrolled: Cell; free: Cell }[] } };
      }>(
        'query($d: Date) { municipality(ags: "05162022") { indicators(referenceDate: $d) { offerLandscape { ' +
          'category enrolled { value suppressed } free { value suppressed } } } } }',
        { d: DEMO_DATE },
        coreGroup,
      );
      expect(
        landscape.body.data!.municipality.indicators.offerLandscape.find((l) => l.category === 'MENTORING'),
      ).toEqual({ category: 'MENTORING', enrolled: W, free: W });
      const exact =
        'query($id: ID!, $ags: String!) { offer(id: $id) { figures { seats taken free applicants occupancy } } ' +
        'municipality(ags: $ags) { offerSeatFigures { category seats taken free } } }';
      const asCore = await hub.query<{
        offer: { figures: Record<string, number | null> };
        municipality: { offerSeatFigures: { category: string; taken: number | null }[] };
      }>(exact, { id: offer, ags: MEERBUSCH }, coreGroup);
      expect(asCore.body.data!.offer.figures).toEqual({
        seats: 12,
        taken: null,
        free: null,
        applicants: null,
        occupancy: null,
      });
      expect(asCore.body.data!.municipality.offerSeatFigures).toEqual([
        { category: 'MENTORING', seats: 12, taken: null, free: null },
      ]);
      // The gateway asks for the two root fields in parallel, so their errors arrive in either order.
      expect(asCore.body.errors?.map((e) => `${e.extensions?.code} ${e.path?.join('.')}`).sort()).toEqual([
        'FORBIDDEN municipality.offerSeatFigures.0.free',
        'FORBIDDEN municipality.offerSeatFigures.0.taken',
        'FORBIDDEN offer.figures.applicants',
        'FORBIDDEN offer.figures.free',
        'FORBIDDEN offer.figures.occupancy',
        'FORBIDDEN offer.figures.taken',
      ]);
      // The provider's own staff work with the exact count of their offer, even when they sit in the core group.
      for (const roles of [['PROVIDER'], ['PROVIDER', 'CORE_GROUP']] as Identity['roles'][]) {
        const own = await hub.query<{ offer: { figures: Record<string, number | null> } }>(
          'query($id: ID!) { offer(id: $id) { figures { seats taken free } } }',
          { id: offer },
          { ...providerOf(ORG.fhMeerbusch), roles, ags: [MEERBUSCH] },
        );
        expect(own.body).toEqual({ data: { offer: { figures: { seats: 12, taken: 1, free: 11 } } } });
      }
    },
  );

  it(
    "stops a writer's differencing: 5 persons with AE_25A registered by the JMD leave Rheine's AE_25A " +
      "withheld for the JMD's core-group member, and what is left after its own records stays protected",
    async () => {
      const writer = jmdCaseManagerRheine;
      // A member of the core group seated at the JMD: the organisation that wrote the records.
      const reader: Identity = { ...coreGroup, subject: 'jmd-rheine-core', organizationId: ORG.jmdRheine };
      const residence = async (ags: string, identity: Partial<Identity>) => {
        const res = await hub.query<{ municipality: { indicators: { targetGroup: Dashboard['targetGroup'] } } }>(
          MUNICIPALITY_DASHBOARD,
          { ags, d: DEMO_DATE },
          identity,
        );
        expect(res.body.errors).toBeUndefined();
        return res.body.data!.municipality.indicators.targetGroup;
      };
      const ae25a = (t: Dashboard['targetGroup']) =>
        t.byResidenceStatus.find((r) => r.residenceStatus === 'AE_25A')!.persons;
      expect(ae25a(await residence(RHEINE, reader))).toEqual(W);
      for (let i = 1; i <= 5; i++) {
        const res = await hub.query<{ registerPerson: { person: { id: string } | null } }>(
          'mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { person { id } } }',
          {
            input: {
              givenName: `Differenz${i}`,
              familyName: 'Angriff',
              dateOfBirth: `2000-01-0${i}`,
              municipalityAgs: RHEINE,
              residenceStatus: { status: 'AE_25A', validFrom: '2026-01-01' },
              confirmNotDuplicate: true,
            },
          },
          writer,
        );
        expect(res.body.errors).toBeUndefined();
      }
      // Published as 6 to the writer's organisation, the cell would tell it that 1 was there before.
      const rheine = await residence(RHEINE, reader);
      const kreis = await residence('05566', reader);
      expect([ae25a(rheine), ae25a(kreis)]).toEqual([W, W]);
      // The attacker with bounds, after subtracting what the JMD wrote itself (5 persons aged 26, AE_25A, no regime or
      // degree recorded).
      const own: Record<string, number> = {
        total: 5,
        'residence:AE_25A': 5,
        'regime:null': 5,
        'degree:null': 5,
        'age:AGE_25_27': 5,
      };
      const published = new Map<string, number>();
      const withheld = new Set<string>();
      const constraints: SumConstraint[] = [];
      const ids = new Set<string>();
      for (const [ags, t] of [
        ['05566', kreis],
        [RHEINE, rheine],
      ] as const) {
        addTargetGroupView({ ids, withheld, published, constraints }, ags, t, own);
      }
      for (const id of ids) constraints.push({ total: `05566|${id}`, parts: [`${RHEINE}|${id}`] });
      const intervals = attackerIntervals(published, constraints, withheld);
      expect(intervals.get(`${RHEINE}|residence:AE_25A`)!.hi).toBeGreaterThanOrEqual(5);
      expect([...intervals].filter(([, i]) => !(i.hi - i.lo >= 5 && i.hi >= 5))).toEqual([]);
      // Guaranteed per organisation only: two organisations that pool what they wrote and what they read are not
      // covered.
    },
  );
});

interface Dashboard {
  ags: string;
  targetGroup: {
    total: Cell;
    byResidenceStatus: { residenceStatus: string | null; persons: Cell }[];
    byBenefitRegime: { benefitRegime: string | null; persons: Cell }[];
    bySchoolDegree: { schoolDegree: string | null; persons: Cell }[];
    byAgeBand: { ageBand: string; persons: Cell }[];
    openNeedsByCategory: { category: string; openNeeds: Cell }[];
  };
  offerLandscape: { category: string; seats: number; enrolled: Cell; free: Cell }[];
  gaps: {
    needCategory: string;
    offerCategories: string[];
    demand: Cell;
    supply: Cell;
    shortfall: number | null;
    isGap: boolean | null;
  }[];
  measureCareers: { flaggedPersons: Cell };
  participation: { enrolledPersons: Cell; completedQualifications: Cell };
  money: { costPerEnrolledPerson: string | null; costPerCompletedQualification: string | null };
}

/**
 * The workbook rows of one area as the export's layout describes them: one row per leaf, a list entry
 * named by its first field (NONE for a null, its position when the name is taken or not text), a list
 * of plain values joined by '|', a protected count as its value with the note when withheld.
 */
function workbookRows(area: Record<string, unknown>): string[][] {
  type Json = unknown;
  const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
  const rows: string[][] = [];
  const { ags, referenceDate, municipality, ...sections } = area as {
    ags: string;
    referenceDate: string;
    municipality: { name: string };
  };
  const walk = (section: string, v: Json, path: string[]) => {
    if (isObject(v) && Object.keys(v).length === 2 && 'value' in v && 'suppressed' in v) {
      rows.push([
        referenceDate,
        ags,
        municipality.name,
        section,
        path.join('.'),
        v.value === null ? '' : String(v.value),
        v.suppressed ? 'withheld: small-group protection' : '',
      ]);
    } else if (Array.isArray(v)) {
      if (v.every((x) => !isObject(x))) {
        rows.push([referenceDate, ags, municipality.name, section, path.join('.'), v.join('|'), '']);
        return;
      }
      const taken = new Set<string>();
      v.forEach((entry: Record<string, Json>, i) => {
        const [firstKey, first] = Object.entries(entry)[0];
        let name = typeof first === 'string' ? first : first === null ? 'NONE' : String(i + 1);
        if (taken.has(name)) name = String(i + 1);
        taken.add(name);
        walk(section, Object.fromEntries(Object.entries(entry).filter(([k, x]) => k !== firstKey || isObject(x))), [
          ...path,
          name,
        ]);
      });
    } else if (isObject(v)) {
      for (const [k, x] of Object.entries(v)) walk(section, x, [...path, k]);
    } else {
      rows.push([referenceDate, ags, municipality.name, section, path.join('.'), v === null ? '' : String(v), '']);
    }
  };
  for (const [section, v] of Object.entries(sections)) walk(section, v, []);
  return rows;
}
