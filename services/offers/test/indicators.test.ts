import type { Identity } from '@gk/shared';
import type { TestSubgraph } from '@gk/shared/testing';
import { offersSubgraph } from '../src/offers.subgraph';
import { CASE_MANAGER, CORE_GROUP, dataOf, startOffersTestSubgraph } from './support';

/*
 * A small Kreis Steinfurt (05566) with two Gemeinden, Rheine (05566076) and Emsdetten (05566008),
 * inserted row by row so every figure below can be counted by hand. Threshold 5 (the default),
 * measure-career threshold 3. Reference date D = 2026-06-30 unless said otherwise; D2 = 2026-09-30.
 */
const KREIS = '05566';
const RHEINE = '05566076';
const EMS = '05566008';
const D = '2026-06-30';
const D2 = '2026-09-30';
const PROVIDER = '0a6f3f5e-5c37-4a36-9f0c-1d8f8a4d2b11';

const uuid = (prefix: string, n: number) => `${prefix}-0000-4000-8000-${String(n).padStart(12, '0')}`;
const offerId = (n: number) => uuid('0ffe0000', n);
let enrollmentCounter = 0;

// Offers: [n, ags, category, start, end, status, seats]
const OFFERS = {
  L1: [1, RHEINE, 'LANGUAGE_COURSE', '2026-01-01', '2026-12-31', 'RUNNING', 20],
  L2: [2, RHEINE, 'LANGUAGE_COURSE', '2026-03-01', '2026-08-31', 'RUNNING', 10],
  L3: [3, RHEINE, 'LANGUAGE_COURSE', '2026-05-01', '2026-11-30', 'RUNNING', 15],
  L4: [4, RHEINE, 'LANGUAGE_COURSE', '2026-09-20', '2027-03-31', 'OPEN', 10], // starts within three months of D: counts
  C1: [5, RHEINE, 'LANGUAGE_COURSE', '2026-01-01', '2026-12-31', 'CANCELLED', 30], // cancelled: never counts
  S1: [6, RHEINE, 'SCHOOL_DEGREE_COURSE', '2026-09-01', '2027-06-30', 'OPEN', 10],
  // starts more than three months after D
  S2: [7, RHEINE, 'SCHOOL_DEGREE_COURSE', '2026-10-15', '2027-07-31', 'OPEN', 8],
  V1: [8, RHEINE, 'VOCATIONAL_PREPARATION', '2026-02-01', '2026-12-31', 'RUNNING', 6],
  H1: [9, RHEINE, 'LANGUAGE_COURSE', '2025-08-01', '2026-02-28', 'FINISHED', 40],
  H2: [10, RHEINE, 'EMPLOYMENT_SUPPORT', '2024-01-01', '2024-12-31', 'FINISHED', 20],
  H3: [11, RHEINE, 'VOCATIONAL_PREPARATION', '2025-01-01', '2025-07-31', 'FINISHED', 20],
  E1: [12, EMS, 'LANGUAGE_COURSE', '2026-01-01', '2026-12-31', 'RUNNING', 9],
  E2: [13, EMS, 'LANGUAGE_COURSE', '2026-04-01', '2026-12-31', 'RUNNING', 3],
  V2: [14, EMS, 'VOCATIONAL_PREPARATION', '2026-02-01', '2026-12-31', 'RUNNING', 10],
  H4: [15, EMS, 'EMPLOYMENT_SUPPORT', '2025-01-01', '2025-12-31', 'FINISHED', 20],
  H5: [16, EMS, 'SCHOOL_DEGREE_COURSE', '2026-01-05', '2026-05-31', 'FINISHED', 10],
} as const;
type OfferKey = keyof typeof OFFERS;
const id = (key: OfferKey) => offerId(OFFERS[key][0]);

interface E {
  person: string | null;
  offer: OfferKey;
  status: string;
  applied: string;
  enrolled?: string | null;
  ended?: string | null;
  outcome?: string | null;
}

// Persons: p(1..) by group, so the hand counts can name them.
const p = (n: number) => uuid('9e150000', n);
const held = (person: string, offer: OfferKey, enrolled: string): E => ({
  person,
  offer,
  status: 'ENROLLED',
  applied: enrolled,
  enrolled,
});
const done = (person: string, offer: OfferKey, ended: string, outcome: string): E => {
  const start = OFFERS[offer][3];
  return {
    person,
    offer,
    status: outcome === 'DROPPED_OUT' ? 'DROPPED_OUT' : 'COMPLETED',
    applied: start,
    enrolled: start,
    ended,
    outcome,
  };
};
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

// Career persons c1..c9 = p(101..109).
const c = (n: number) => p(100 + n);
const ENROLLMENTS: E[] = [
  // L1: twelve hold a seat on D (p1..p11 and c4); p12 withdrew after taking the seat; p13 dropped out on D (the seat is
  // free on D);
  // p14 applied before D and took the seat after it.
  ...range(1, 11).map((n) => held(p(n), 'L1', '2026-02-01')),
  held(c(4), 'L1', '2026-02-01'),
  {
    person: p(12),
    offer: 'L1',
    status: 'WITHDRAWN',
    applied: '2026-02-01',
    enrolled: '2026-02-01',
    ended: '2026-04-01',
  },
  {
    person: p(13),
    offer: 'L1',
    status: 'DROPPED_OUT',
    applied: '2026-02-01',
    enrolled: '2026-02-01',
    ended: D,
    outcome: 'DROPPED_OUT',
  },
  { person: p(14), offer: 'L1', status: 'ENROLLED', applied: '2026-06-15', enrolled: '2026-07-15' },
  ...range(21, 23).map((n) => held(p(n), 'L2', '2026-03-01')),
  ...range(31, 32).map((n) => held(p(n), 'L3', '2026-05-01')),
  // S1: two open applications, nobody enrolled yet.
  ...range(41, 42).map((n): E => ({ person: p(n), offer: 'S1', status: 'APPLIED', applied: '2026-06-01' })),
  // V1: three hold a seat on D; c9 drops out after D.
  ...range(51, 52).map((n) => held(p(n), 'V1', '2026-02-01')),
  {
    person: c(9),
    offer: 'V1',
    status: 'DROPPED_OUT',
    applied: '2026-02-01',
    enrolled: '2026-02-01',
    ended: '2026-08-01',
    outcome: 'DROPPED_OUT',
  },
  // H1 (ended within the twelve months before D): p61..p65 qualified, p66 progressed, p67 no progress, p68..p70 dropped
  // out;
  // c1..c6 no progress; c7, c8 dropped out.
  ...range(61, 65).map((n) => done(p(n), 'H1', '2026-02-28', 'QUALIFICATION_ACHIEVED')),
  done(p(66), 'H1', '2026-02-28', 'PROGRESSED'),
  done(p(67), 'H1', '2026-02-28', 'NO_PROGRESS'),
  ...range(68, 70).map((n) => done(p(n), 'H1', '2025-10-01', 'DROPPED_OUT')),
  ...range(1, 6).map((n) => done(c(n), 'H1', '2026-02-28', 'NO_PROGRESS')),
  ...[7, 8].map((n) => done(c(n), 'H1', '2025-10-01', 'DROPPED_OUT')),
  // H2 (2024): every career person started here without progress.
  ...range(1, 9).map((n) => done(c(n), 'H2', '2024-12-31', 'NO_PROGRESS')),
  // H3: c1..c5 dropped out (before the rates' window), c6 progressed (breaks its chain), c9 no progress.
  ...range(1, 5).map((n) => done(c(n), 'H3', '2025-03-01', 'DROPPED_OUT')),
  done(c(6), 'H3', '2025-07-31', 'PROGRESSED'),
  done(c(9), 'H3', '2025-07-31', 'NO_PROGRESS'),
  // Emsdetten.
  ...range(71, 77).map((n) => held(p(n), 'E1', '2026-02-01')),
  held(p(78), 'E2', '2026-04-01'),
  ...range(81, 88).map((n) => held(p(n), 'V2', '2026-02-01')),
  ...[7, 8].map((n) => done(c(n), 'H4', '2025-12-31', 'NO_PROGRESS')),
  // p61 (qualified in Rheine's H1) also qualified in Emsdetten's H5, which she started later.
  done(p(61), 'H5', '2026-05-31', 'QUALIFICATION_ACHIEVED'),
  // c5 was turned down in E1 (no outcome: neither extends nor breaks the chain); c4's running L1 seat neither.
  { person: c(5), offer: 'E1', status: 'REJECTED', applied: '2026-03-01', ended: '2026-03-10' },
  // An erased person's enrollment stays for the figures.
  { person: null, offer: 'E1', status: 'WITHDRAWN', applied: '2025-11-01', ended: '2025-11-15' },
];

async function insertData(subgraph: TestSubgraph): Promise<void> {
  const ds = subgraph.db.dataSource;
  for (const [title, [n, ags, category, start, end, status, seats]] of Object.entries(OFFERS)) {
    await ds.query(
      `INSERT INTO offer (id, title, category, target_outcome, provider_id, municipality_ags, start_date, end_date,
                          seats, status, created_by, updated_by)
       VALUES ($1, $2, $3, 'STABILISATION', $4, $5, $6, $7, $8, $9, 'test', 'test')`,
      [offerId(n), title, category, PROVIDER, ags, start, end, seats, status],
    );
  }
  for (const e of ENROLLMENTS) {
    enrollmentCounter += 1;
    await ds.query(
      `INSERT INTO enrollment (id, person_id, offer_id, status, applied_on, enrolled_on, ended_on, outcome,
                               created_by, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'test', 'test')`,
      [
        uuid('e0000000', enrollmentCounter),
        e.person,
        id(e.offer),
        e.status,
        e.applied,
        e.enrolled ?? null,
        e.ended ?? null,
        e.outcome ?? null,
      ],
    );
  }
}

const count = (value: number) => ({ value, suppressed: false });
const WITHHELD = { value: null, suppressed: true };
const rate = (value: number | null) => ({ value, suppressed: false });
const NO_RATE = { value: null, suppressed: false };

const LANDSCAPE = `offerLandscape { category offers seats enrolled { value suppressed } free { value suppressed }
  occupancyRate { value suppressed } completionRate { value suppressed } transitionRate { value suppressed } }`;
const ALL = `ags referenceDate ${LANDSCAPE}
  measureCareers { flaggedPersons { value suppressed } threshold }
  participation { fiscalYear enrolledPersons { value suppressed } completedQualifications { value suppressed } }
  duplicateCandidates { first { id } second { id } category overlapFrom overlapUntil }`;

const entities = (
  subgraph: TestSubgraph,
  fields: string,
  representations: Record<string, unknown>[],
  identity: Identity = CORE_GROUP,
) =>
  subgraph.query<{ _entities: Record<string, unknown>[] }>(
    `query($r: [_Any!]!) { _entities(representations: $r) { ... on AreaIndicators { ${fields} } } }`,
    { r: representations },
    identity,
  );
const area = (ags: string, referenceDate = D, extra: Record<string, unknown> = {}) => ({
  __typename: 'AreaIndicators',
  ags,
  referenceDate,
  ...extra,
});

/** A landscape row with nothing in it. */
const empty = (category: string) => ({
  category,
  offers: 0,
  seats: 0,
  enrolled: count(0),
  free: count(0),
  occupancyRate: NO_RATE,
  completionRate: NO_RATE,
  transitionRate: NO_RATE,
});

describe('offers: the core group indicators', () => {
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    subgraph = await startOffersTestSubgraph(offersSubgraph);
    await insertData(subgraph);
  });

  afterAll(async () => {
    await subgraph?.close();
  });

  it(
    'computes the offer landscape of a Gemeinde, its neighbour and the Kreis, withholding small counts and what ' +
      'would give them away',
    async () => {
      const res = dataOf(await entities(subgraph, `ags ${LANDSCAPE}`, [area(RHEINE), area(EMS), area(KREIS)]));
      const [rheine, ems, kreis] = res._entities.map((e) => e.offerLandscape as { category: string }[]);
      const rest = (rows: { category: string }[], shown: string[]) => rows.filter((r) => !shown.includes(r.category));
      const SHOWN = ['LANGUAGE_COURSE', 'SCHOOL_DEGREE_COURSE', 'VOCATIONAL_PREPARATION', 'EMPLOYMENT_SUPPORT'];
      // Every category in enum order.
      expect(rheine.map((r) => r.category)).toEqual([
        'LANGUAGE_COURSE',
        'SCHOOL_DEGREE_COURSE',
        'VOCATIONAL_PREPARATION',
        'VOCATIONAL_TRAINING',
        'QUALIFICATION',
        'EMPLOYMENT_SUPPORT',
        'YOUTH_WELFARE',
        'MENTORING',
        'COUNSELLING',
      ]);

      // Rheine LANGUAGE: L1..L4 count (C1 cancelled, H1 ended), seats 20+10+15+10 = 55; held on D: L1 12, L2 3, L3 2 =
      // 17; free 38.
      // Ended in the twelve months up to D: H1's p61..p67 completed, p68..p70 dropped out, c1..c6 completed, c7, c8
      // dropped
      // out = 18, and p13 (dropped out on D) = 19 ended; completed 7 + 6 = 13; transitioned p61..p65 + p66 = 6.
      expect(rheine[0]).toEqual({
        category: 'LANGUAGE_COURSE',
        offers: 4,
        seats: 55,
        enrolled: count(17),
        free: count(38),
        occupancyRate: rate(17 / 55),
        completionRate: rate(13 / 19),
        transitionRate: rate(6 / 19),
      });
      // Rheine SCHOOL: S1 only (S2 starts too late), nobody enrolled; no ended enrollment (H5 is Emsdetten's).
      expect(rheine[1]).toEqual({
        category: 'SCHOOL_DEGREE_COURSE',
        offers: 1,
        seats: 10,
        enrolled: count(0),
        free: count(10),
        occupancyRate: rate(0),
        completionRate: NO_RATE,
        transitionRate: NO_RATE,
      });
      // Rheine VOCATIONAL_PREPARATION: V1 6 seats, 3 held (p51, p52, c9): enrolled 3 withheld (primary), and free with
      // it.
      // Ended in the window: H3's c6 (progressed) and c9 (no progress) on 2025-07-31: 2 ended, 2 completed, 1
      // transitioned: all withheld.
      expect(rheine[2]).toEqual({
        category: 'VOCATIONAL_PREPARATION',
        offers: 1,
        seats: 6,
        enrolled: WITHHELD,
        free: WITHHELD,
        occupancyRate: WITHHELD,
        completionRate: WITHHELD,
        transitionRate: WITHHELD,
      });
      // Rheine EMPLOYMENT_SUPPORT: only H2, ended in 2024: outside everything.
      expect(rheine[5]).toEqual(empty('EMPLOYMENT_SUPPORT'));
      expect(rest(rheine, SHOWN)).toEqual(rest(rheine, SHOWN).map((r) => empty(r.category)));

      // Emsdetten LANGUAGE: E1 9 seats 7 held, E2 3 seats 1 held: 12 seats, 8 enrolled, 4 free (published: few free
      // seats
      // are
      // no small group of persons, and enrolled 8 is published); nothing ended in the window.
      expect(ems[0]).toEqual({
        category: 'LANGUAGE_COURSE',
        offers: 2,
        seats: 12,
        enrolled: count(8),
        free: count(4),
        occupancyRate: rate(8 / 12),
        completionRate: NO_RATE,
        transitionRate: NO_RATE,
      });
      // Emsdetten SCHOOL: no counted offer; H5's p61 qualified: 1 ended, 1 completed, 1 transitioned: withheld
      // (primary).
      expect(ems[1]).toEqual({ ...empty('SCHOOL_DEGREE_COURSE'), completionRate: WITHHELD, transitionRate: WITHHELD });
      // Emsdetten VOCATIONAL_PREPARATION: V2 10 seats, 8 held, free 2; enrolled 8 is withheld (secondary: the Kreis's
      // 11
      // minus it
      // would give Rheine's 3 away), and free with it (seats are published).
      expect(ems[2]).toEqual({
        category: 'VOCATIONAL_PREPARATION',
        offers: 1,
        seats: 10,
        enrolled: WITHHELD,
        free: WITHHELD,
        occupancyRate: WITHHELD,
        completionRate: NO_RATE,
        transitionRate: NO_RATE,
      });
      // Emsdetten EMPLOYMENT_SUPPORT: H4's c7, c8 completed without progress on 2025-12-31: ended 2, completed 2
      // withheld; transitioned 0.
      expect(ems[5]).toEqual({ ...empty('EMPLOYMENT_SUPPORT'), completionRate: WITHHELD, transitionRate: WITHHELD });
      expect(rest(ems, SHOWN)).toEqual(rest(ems, SHOWN).map((r) => empty(r.category)));

      // Kreis = Rheine + Emsdetten. LANGUAGE: 6 offers, 67 seats, 25 enrolled, 42 free; ended 19, completed 13,
      // transitioned 6.
      expect(kreis[0]).toEqual({
        category: 'LANGUAGE_COURSE',
        offers: 6,
        seats: 67,
        enrolled: count(25),
        free: count(42),
        occupancyRate: rate(25 / 67),
        completionRate: rate(13 / 19),
        transitionRate: rate(6 / 19),
      });
      // SCHOOL: ended 0 + 1 = 1 (primary at Kreis level).
      expect(kreis[1]).toEqual({
        category: 'SCHOOL_DEGREE_COURSE',
        offers: 1,
        seats: 10,
        enrolled: count(0),
        free: count(10),
        occupancyRate: rate(0),
        completionRate: WITHHELD,
        transitionRate: WITHHELD,
      });
      // VOCATIONAL_PREPARATION: 16 seats, 3 + 8 = 11 enrolled, 5 free: published, as the two withheld Gemeinden leave
      // one
      // degree
      // of freedom. Ended 2, completed 2, transitioned 1: withheld (primary).
      expect(kreis[2]).toEqual({
        category: 'VOCATIONAL_PREPARATION',
        offers: 2,
        seats: 16,
        enrolled: count(11),
        free: count(5),
        occupancyRate: rate(11 / 16),
        completionRate: WITHHELD,
        transitionRate: WITHHELD,
      });
      // EMPLOYMENT_SUPPORT: ended 2, completed 2 (withheld), transitioned 0.
      expect(kreis[5]).toEqual({ ...empty('EMPLOYMENT_SUPPORT'), completionRate: WITHHELD, transitionRate: WITHHELD });
    },
  );

  it(
    "protects the landscape for what the reader's organisation does not know: the provider running every offer sees " +
      'its own counts, others the pattern',
    async () => {
      // A core-group member from the provider's organisation holds every one of these enrollments itself, so nothing is
      // left
      // to protect from it; a writer cannot learn a withheld count by adding its own enrollments and reading the
      // difference.
      const own = dataOf(
        await entities(subgraph, `ags ${LANDSCAPE}`, [area(RHEINE)], {
          ...CORE_GROUP,
          subject: 'core-provider',
          organizationId: PROVIDER,
        }),
      );
      expect((own._entities[0].offerLandscape as { category: string }[])[2]).toEqual({
        category: 'VOCATIONAL_PREPARATION',
        offers: 1,
        seats: 6,
        enrolled: count(3),
        free: count(3),
        occupancyRate: rate(3 / 6),
        completionRate: rate(2 / 2),
        transitionRate: rate(1 / 2),
      });
      // Cached per organisation: the other analyst still gets the withheld pattern.
      const other = dataOf(await entities(subgraph, `ags ${LANDSCAPE}`, [area(RHEINE)]));
      expect((other._entities[0].offerLandscape as { category: string }[])[2]).toMatchObject({
        category: 'VOCATIONAL_PREPARATION',
        enrolled: WITHHELD,
        free: WITHHELD,
      });
    },
  );

  it(
    'counts measure careers by the area of the latest ended enrollment, with the Kreis published and both Gemeinden ' +
      'withheld',
    async () => {
      const res = dataOf(
        await entities(subgraph, 'ags measureCareers { flaggedPersons { value suppressed } threshold }', [
          area(RHEINE),
          area(EMS),
          area(KREIS),
          area(RHEINE, D2),
          area(EMS, D2),
          area(KREIS, D2),
        ]),
      );
      // On D: c1..c5 run H2, H3, H1 without progress (3), latest in Rheine; c4's running seat and c5's rejection change
      // nothing.
      // c6's progress in H3 breaks its chain (1). c7, c8: H2, H1, H4 (3), latest H4 in Emsdetten. c9: H2, H3 (2; V1
      // ends
      // after D).
      // Rheine 5, Emsdetten 2 (primary), so Rheine is withheld too (secondary: Kreis 7 minus Emsdetten would give it
      // away).
      // On D2, c9's drop-out from V1 (2026-08-01) makes 3: Rheine 6, Emsdetten 2, Kreis 8.
      expect(res._entities).toEqual([
        { ags: RHEINE, measureCareers: { flaggedPersons: WITHHELD, threshold: 3 } },
        { ags: EMS, measureCareers: { flaggedPersons: WITHHELD, threshold: 3 } },
        { ags: KREIS, measureCareers: { flaggedPersons: count(7), threshold: 3 } },
        { ags: RHEINE, measureCareers: { flaggedPersons: WITHHELD, threshold: 3 } },
        { ags: EMS, measureCareers: { flaggedPersons: WITHHELD, threshold: 3 } },
        { ags: KREIS, measureCareers: { flaggedPersons: count(8), threshold: 3 } },
      ]);
    },
  );

  it('counts participation in the fiscal year up to the date, each person once per Kreis', async () => {
    const res = dataOf(
      await entities(
        subgraph,
        'ags participation { fiscalYear enrolledPersons { value suppressed } completedQualifications { value ' +
          'suppressed } }',
        [area(RHEINE), area(EMS), area(KREIS)],
      ),
    );
    // Rheine, held a seat between 2026-01-01 and D: L1 p1..p11, c4, p12 (withdrew in April), p13 (left on D) = 14 (p14
    // starts after D);
    // L2 3; L3 2; V1 p51, p52, c9 = 3; H1 ended 2026-02-28: p61..p67, c1..c6 = 13, less c4 (already counted in L1)
    // and p61 (counted in Emsdetten, where her latest enrollment is) = 11. Total 14 + 3 + 2 + 3 + 11 = 33.
    // Emsdetten: E1 7, E2 1, V2 8, H5 p61 = 17 (H4 ended in 2025; c5's rejection and the erased withdrawal never took a
    // seat).
    // Qualifications in 2026 up to D: H1 p61..p65 = 5 in Rheine, H5 p61 = 1 in Emsdetten (primary), so Rheine withheld
    // (secondary);
    // the Kreis's 6 too: with it, each withheld count (at least 1) would lie in 1..5, an interval narrower than the
    // threshold.
    expect(res._entities).toEqual([
      {
        ags: RHEINE,
        participation: { fiscalYear: 2026, enrolledPersons: count(33), completedQualifications: WITHHELD },
      },
      { ags: EMS, participation: { fiscalYear: 2026, enrolledPersons: count(17), completedQualifications: WITHHELD } },
      {
        ags: KREIS,
        participation: { fiscalYear: 2026, enrolledPersons: count(50), completedQualifications: WITHHELD },
      },
    ]);
  });

  it('lists duplicate candidates: same Gemeinde and category, overlapping, both little booked', async () => {
    const res = dataOf(
      await entities(
        subgraph,
        'ags duplicateCandidates { first { id title } second { id title } category overlapFrom overlapUntil }',
        [area(RHEINE), area(EMS), area(KREIS)],
      ),
    );
    // Booked on D (applications and seats not ended by D) below half the seats: L2 3/10, L3 2/15, L4 0/10, S1 2/10,
    // E2
    // 1/3.
    // Not low: L1 13/20 (p14 applied before D), V1 3/6 (exactly half), E1 7/9, V2 8/10. C1 cancelled, S2 starts too
    // late.
    // Pairs: L2-L3 overlap 05-01..08-31; L3-L4 overlap 09-20..11-30; L2-L4 do not overlap; S1 has no partner;
    // E2 and L3 are in different Gemeinden.
    const pairs = [
      {
        first: { id: id('L2'), title: 'L2' },
        second: { id: id('L3'), title: 'L3' },
        category: 'LANGUAGE_COURSE',
        overlapFrom: '2026-05-01',
        overlapUntil: '2026-08-31',
      },
      {
        first: { id: id('L3'), title: 'L3' },
        second: { id: id('L4'), title: 'L4' },
        category: 'LANGUAGE_COURSE',
        overlapFrom: '2026-09-20',
        overlapUntil: '2026-11-30',
      },
    ];
    expect(res._entities).toEqual([
      { ags: RHEINE, duplicateCandidates: pairs },
      { ags: EMS, duplicateCandidates: [] },
      { ags: KREIS, duplicateCandidates: pairs },
    ]);
  });

  it('sets the demand the gateway brings from persons against free seats of matching categories', async () => {
    const demand: Record<string, { value: number | null; suppressed: boolean }> = {
      LANGUAGE: count(40),
      SCHOOL_DEGREE: count(6),
      VOCATIONAL_PREPARATION: count(7),
      VOCATIONAL_TRAINING: WITHHELD,
      EMPLOYMENT: count(5),
      RESIDENCE_COUNSELLING: count(0),
      HOUSING: count(9),
      HEALTH: count(0),
      CHILDCARE: count(0),
      MENTORING: count(0),
    }; // OTHER left out: unknown.
    const targetGroup = {
      openNeedsByCategory: Object.entries(demand).map(([category, openNeeds]) => ({ category, openNeeds })),
    };
    const res = dataOf(
      await entities(
        subgraph,
        'gaps { needCategory offerCategories demand { value suppressed } supply { value suppressed } shortfall ' +
          'isGap }',
        [area(RHEINE, D, { targetGroup })],
      ),
    );
    const gap = (
      needCategory: string,
      offerCategories: string[],
      supply: { value: number | null; suppressed: boolean },
      shortfall: number | null,
      isGap: boolean | null,
    ) => ({
      needCategory,
      offerCategories,
      demand: demand[needCategory] ?? WITHHELD,
      supply,
      shortfall,
      isGap,
    });
    // Rheine's free seats on D: LANGUAGE_COURSE 38, SCHOOL_DEGREE_COURSE 10, VOCATIONAL_PREPARATION withheld, others
    // 0.
    expect(res._entities[0].gaps).toEqual([
      gap('LANGUAGE', ['LANGUAGE_COURSE'], count(38), 2, true),
      gap('SCHOOL_DEGREE', ['SCHOOL_DEGREE_COURSE'], count(10), 0, false),
      gap('VOCATIONAL_PREPARATION', ['VOCATIONAL_PREPARATION'], WITHHELD, null, null),
      gap('VOCATIONAL_TRAINING', ['VOCATIONAL_TRAINING', 'QUALIFICATION'], count(0), null, null),
      gap('EMPLOYMENT', ['EMPLOYMENT_SUPPORT'], count(0), 5, true),
      gap('RESIDENCE_COUNSELLING', ['COUNSELLING'], count(0), 0, false),
      gap('HOUSING', ['YOUTH_WELFARE'], count(0), 9, true),
      gap('HEALTH', [], count(0), 0, false),
      gap('CHILDCARE', [], count(0), 0, false),
      gap('MENTORING', ['MENTORING'], count(0), 0, false),
      gap('OTHER', [], count(0), null, null),
    ]);
    // Without open needs from persons (it refused them), there is no gap to show.
    expect(
      dataOf(await entities(subgraph, 'gaps { needCategory }', [area(RHEINE, D, { targetGroup: null })]))._entities,
    ).toEqual([{ gaps: null }]);
  });

  it(
    'needs as many statements for 12 areas on 2 dates as for one area, and after that only the data version until ' +
      'the data change',
    async () => {
      const analyst: Identity = { ...CORE_GROUP, ags: ['05566', '05162'] };
      const areas = [
        KREIS,
        RHEINE,
        EMS,
        '05162',
        '05162004',
        '05162008',
        '05162012',
        '05162016',
        '05162020',
        '05162022',
        '05162024',
        '05162028',
      ];
      const targetGroup = { openNeedsByCategory: [{ category: 'LANGUAGE', openNeeds: count(40) }] };
      const fields = `${ALL} gaps { needCategory shortfall }`;
      let answer: unknown;
      const run = (representations: Record<string, unknown>[]) =>
        subgraph.countStatements(async () => {
          answer = dataOf(await entities(subgraph, fields, representations, analyst))._entities;
          expect(answer).toHaveLength(representations.length);
        });
      // A write statement (even one that changes no row) moves the data version: nothing is cached.
      const touch = () => subgraph.db.dataSource.query(`UPDATE enrollment SET status = status WHERE false`);
      const many = areas.flatMap((ags) => [area(ags, D, { targetGroup }), area(ags, D2, { targetGroup })]);
      await touch();
      // The request's data version (nothing cached for it); per kind (landscape with the gaps' supply,
      // careers, participation, duplicate pairs) the version and one aggregate in one snapshot; then the
      // pairs' offers by id.
      expect(await run([area(RHEINE, D, { targetGroup })])).toBe(10);
      await touch();
      expect(await run(many)).toBe(10);
      const cold = answer;
      // Asked again: the protected families are kept; the request reads the version once, then the pairs' offers.
      expect(await run(many)).toBe(2);
      expect(answer).toEqual(cold);
    },
  );

  it('never serves cached figures after a write: an enrollment that ends shows at once', async () => {
    const fields = 'offerLandscape { category enrolled { value suppressed } }';
    const language = async () =>
      (
        dataOf(await entities(subgraph, fields, [area(KREIS, D)]))._entities[0] as {
          offerLandscape: { category: string; enrolled: unknown }[];
        }
      ).offerLandscape.find((c) => c.category === 'LANGUAGE_COURSE')!.enrolled;
    const before = (await language()) as { value: number };
    expect(await language()).toEqual(before);
    const [held] = await subgraph.db.dataSource.query(
      `SELECT e.id FROM enrollment e JOIN offer o ON o.id = e.offer_id WHERE o.category = 'LANGUAGE_COURSE' AND ` +
        `left(o.municipality_ags, 5) = $1 AND e.enrolled_on <= $2 AND e.ended_on IS NULL LIMIT 1`,
      [KREIS, D],
    );
    await subgraph.db.dataSource.query(`UPDATE enrollment SET enrolled_on = $2 WHERE id = $1`, [held.id, '2099-01-01']);
    const after = (await language()) as { value: number | null };
    expect(after).not.toEqual(before);
    await subgraph.db.dataSource.query(`UPDATE enrollment SET enrolled_on = $2 WHERE id = $1`, [held.id, D]);
    expect(await language()).toEqual(before);
  });

  it('is for the core group with the area in its scope only; a future date is refused', async () => {
    const fields =
      'offerLandscape { category } gaps { needCategory } measureCareers { threshold } duplicateCandidates { category ' +
      '} participation { fiscalYear }';
    const names = ['offerLandscape', 'gaps', 'measureCareers', 'duplicateCandidates', 'participation'];
    const refused = async (identity: Identity, ags = RHEINE, referenceDate = D) => {
      const res = await entities(
        subgraph,
        fields,
        [area(ags, referenceDate, { targetGroup: { openNeedsByCategory: [] } })],
        identity,
      );
      expect(res.data?._entities).toEqual([Object.fromEntries(names.map((n) => [n, null]))]);
      // One error per field, in field order (they settle in any order).
      return (res.errors ?? []).sort((a, b) => names.indexOf(String(a.path?.[2])) - names.indexOf(String(b.path?.[2])));
    };
    for (const identity of [
      CASE_MANAGER,
      { ...CORE_GROUP, roles: ['ADMIN'] } as Identity,
      { ...CORE_GROUP, roles: ['FINANCE'] } as Identity,
    ]) {
      const errors = await refused(identity);
      expect(errors.map((e) => [e.path, e.message, e.extensions])).toEqual(
        names.map((n) => [['_entities', 0, n], `${n} needs one of the roles CORE_GROUP.`, { code: 'FORBIDDEN' }]),
      );
    }
    const otherKreis = await refused({ ...CORE_GROUP, ags: ['05162'] });
    expect(otherKreis.map((e) => [e.message, e.extensions])).toEqual(
      names.map((n) => [`${n} is limited to the municipalities in your scope.`, { code: 'FORBIDDEN' }]),
    );
    const future = await refused(CORE_GROUP, RHEINE, '2099-01-01');
    expect(future.map((e) => e.extensions)).toEqual(
      names.map(() => ({ code: 'BAD_USER_INPUT', field: 'referenceDate' })),
    );
  });
});
