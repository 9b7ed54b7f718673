import type { DataSource, EntityManager } from 'typeorm';
import { deterministicId, seedOnce, type Logger } from '@gk/shared';
import { demoOfferId, demoOrganizationId } from '@gk/fixtures';

const DEMO_ACTOR = 'demo-loader';

export const demoProgramId = (key: string): string => deterministicId('funding-program', key);
export const demoBudgetId = (key: string): string => deterministicId('budget', key);
export const demoApplicationId = (key: string): string => deterministicId('funding-application', key);

interface DemoProgram {
  key: string;
  name: string;
  funder: string;
  periodStart: string;
  periodEnd: string | null;
  maxFundingRateBp: number;
  targetRule: string;
}

export const DEMO_PROGRAMS: readonly DemoProgram[] = [
  {
    key: 'gemeinsam-klappts',
    name: "Gemeinsam klappt's",
    funder: 'LAND_NRW',
    periodStart: '2019-01-01',
    periodEnd: '2022-12-31',
    maxFundingRateBp: 8000,
    targetRule: 'MAINLY_WITHOUT_SGB_II_XII',
  },
  {
    key: 'durchstarten',
    name: 'Durchstarten in Ausbildung und Arbeit',
    funder: 'LAND_NRW',
    periodStart: '2019-01-01',
    periodEnd: '2022-12-31',
    maxFundingRateBp: 8000,
    targetRule: 'WHOLE_TARGET_GROUP',
  },
  {
    key: 'kim',
    name: 'Kommunales Integrationsmanagement',
    funder: 'LAND_NRW',
    periodStart: '2020-07-01',
    periodEnd: null,
    maxFundingRateBp: 10000,
    targetRule: 'WHOLE_TARGET_GROUP',
  },
];

interface DemoBudget {
  key: string;
  ags: string;
  year: number;
  product: string;
  lineKind: string;
  source: string;
  programKey: string | null;
  title: string;
  euros: number;
  decision?: { paper: string; committee: string; date: string };
}

const ownShareLines = (ags: string, prefix: string, title: string, euros: number, source: string): DemoBudget[] =>
  [2019, 2020, 2021].map((year) => ({
    key: `${prefix}-${year}-8101-own-share`,
    ags,
    year,
    product: '8101',
    lineKind: 'AUFWENDUNGEN',
    source,
    programKey: 'gemeinsam-klappts',
    title,
    euros,
  }));

export const DEMO_BUDGETS: readonly DemoBudget[] = [
  // Rheine's committee paper 072/19: 20,000 EUR own share from the Integrationspauschale, product 8101.
  ...ownShareLines(
    '05566076',
    'rheine',
    "Eigenanteil Gemeinsam klappt's aus der Integrationspauschale",
    20_000,
    'INTEGRATIONSPAUSCHALE',
  ).map((line) =>
    line.year === 2019
      ? { ...line, decision: { paper: '072/19', committee: 'Sozialausschuss', date: '2019-03-12' } }
      : line,
  ),
  // The Rhein-Kreis Neuss expects a 20 % own share per measure and budgets it from own funds.
  ...ownShareLines('05162', 'rkn', "Eigenanteil 20 % für Maßnahmen von Gemeinsam klappt's", 15_000, 'OWN_FUNDS'),
  {
    key: 'rkn-2020-8102-durchstarten',
    ags: '05162',
    year: 2020,
    product: '8102',
    lineKind: 'AUFWENDUNGEN',
    source: 'STATE_FUNDING',
    programKey: 'durchstarten',
    title: 'Landesmittel Durchstarten in Ausbildung und Arbeit',
    euros: 60_000,
  },
  {
    key: 'rkn-2020-8102-durchstarten-income',
    ags: '05162',
    year: 2020,
    product: '8102',
    lineKind: 'ERTRAEGE',
    source: 'STATE_FUNDING',
    programKey: 'durchstarten',
    title: 'Zuweisung des Landes Durchstarten',
    euros: 60_000,
  },
  {
    key: 'neuss-2020-8103-beratung',
    ags: '05162024',
    year: 2020,
    product: '8103',
    lineKind: 'AUFWENDUNGEN',
    source: 'OWN_FUNDS',
    programKey: null,
    title: 'Beratung junger Zugewanderter',
    euros: 10_000,
  },
];

/** The current fiscal year under Kommunales Integrationsmanagement: what the core group's money indicators show. */
export const DEMO_BUDGETS_2026: readonly DemoBudget[] = [
  {
    key: 'rheine-2026-8101-own-share',
    ags: '05566076',
    year: 2026,
    product: '8101',
    lineKind: 'AUFWENDUNGEN',
    source: 'INTEGRATIONSPAUSCHALE',
    programKey: 'kim',
    title: 'Eigenanteil Kommunales Integrationsmanagement aus der Integrationspauschale',
    euros: 20_000,
  },
  {
    key: 'rheine-2026-8102-kim',
    ags: '05566076',
    year: 2026,
    product: '8102',
    lineKind: 'AUFWENDUNGEN',
    source: 'STATE_FUNDING',
    programKey: 'kim',
    title: 'Landesmittel Kommunales Integrationsmanagement',
    euros: 60_000,
  },
  {
    key: 'rkn-2026-8101-own-share',
    ags: '05162',
    year: 2026,
    product: '8101',
    lineKind: 'AUFWENDUNGEN',
    source: 'OWN_FUNDS',
    programKey: 'kim',
    title: 'Eigenanteil Kommunales Integrationsmanagement',
    euros: 15_000,
  },
  {
    key: 'rkn-2026-8102-kim',
    ags: '05162',
    year: 2026,
    product: '8102',
    lineKind: 'AUFWENDUNGEN',
    source: 'STATE_FUNDING',
    programKey: 'kim',
    title: 'Landesmittel Kommunales Integrationsmanagement',
    euros: 60_000,
  },
];

interface DemoApplication {
  key: string;
  applicantKey: string;
  programKey: string;
  ags: string;
  title: string;
  periodStart: string;
  periodEnd: string;
  requested: number;
  ownShare: number;
  status: string;
  approved?: { euros: number; on: string };
}

export const DEMO_APPLICATIONS: readonly DemoApplication[] = [
  {
    key: 'rheine-gk-2019',
    applicantKey: 'kim-rheine',
    programKey: 'gemeinsam-klappts',
    ags: '05566076',
    title: "Gemeinsam klappt's in Rheine 2019",
    periodStart: '2019-01-01',
    periodEnd: '2019-12-31',
    requested: 80_000,
    ownShare: 20_000,
    status: 'APPROVED',
    approved: { euros: 80_000, on: '2019-04-15' },
  },
  {
    key: 'rkn-gk-2019-2021',
    applicantKey: 'ki-rkn',
    programKey: 'gemeinsam-klappts',
    ags: '05162',
    title: "Gemeinsam klappt's im Rhein-Kreis Neuss",
    periodStart: '2019-07-01',
    periodEnd: '2021-12-31',
    requested: 120_000,
    ownShare: 30_000,
    status: 'APPROVED',
    approved: { euros: 110_000, on: '2019-06-20' },
  },
  {
    key: 'neuss-durchstarten-coaching',
    applicantKey: 'jc-rkn',
    programKey: 'durchstarten',
    ags: '05162024',
    title: 'Coaching Durchstarten Neuss',
    periodStart: '2021-01-01',
    periodEnd: '2022-06-30',
    requested: 48_000,
    ownShare: 12_000,
    status: 'SUBMITTED',
  },
  {
    key: 'dormagen-pflegehilfe',
    applicantKey: 'vhs-dormagen',
    programKey: 'gemeinsam-klappts',
    ags: '05162004',
    title: 'Qualifizierung Pflegehilfe',
    periodStart: '2021-08-01',
    periodEnd: '2022-07-31',
    requested: 24_000,
    ownShare: 6_000,
    status: 'DRAFT',
  },
  {
    key: 'kaarst-mentoring',
    applicantKey: 'fh-kaarst',
    programKey: 'gemeinsam-klappts',
    ags: '05162016',
    title: 'Mentoring Schule und Beruf',
    periodStart: '2020-01-01',
    periodEnd: '2020-12-31',
    requested: 8_000,
    ownShare: 2_000,
    status: 'REJECTED',
  },
  {
    key: 'rheine-kim-2021',
    applicantKey: 'jmd-rheine',
    programKey: 'kim',
    ags: '05566076',
    title: 'Case Management KIM Rheine',
    periodStart: '2021-01-01',
    periodEnd: '2021-12-31',
    requested: 30_000,
    ownShare: 0,
    status: 'WITHDRAWN',
  },
];

interface DemoAllocation {
  from: { budget: string } | { application: string };
  offerKey: string;
  year: number;
  euros: number;
}

const fromLine = (budget: string, year: number, items: [string, number][]): DemoAllocation[] =>
  items.map(([offerKey, euros]) => ({ from: { budget }, offerKey, year, euros }));
const fromGrant = (application: string, year: number, items: [string, number][]): DemoAllocation[] =>
  items.map(([offerKey, euros]) => ({ from: { application }, offerKey, year, euros }));

export const DEMO_ALLOCATIONS: readonly DemoAllocation[] = [
  ...fromLine('rheine-2019-8101-own-share', 2019, [
    ['rheine-integrationskurs-alpha', 4_000],
    ['rheine-berufssprachkurs-b1', 4_000],
    ['rheine-fachoberschulreife-abend', 4_000],
    ['rheine-ausbildungsvorbereitung', 4_000],
  ]),
  ...fromGrant('rheine-gk-2019', 2019, [
    ['rheine-integrationskurs-alpha', 20_000],
    ['rheine-fachoberschulreife-abend', 25_000],
    ['rheine-ausbildungsvorbereitung', 15_000],
    ['rheine-patenschaften', 5_000],
  ]),
  ...fromLine('rheine-2020-8101-own-share', 2020, [
    ['rheine-berufssprachkurs-b1', 6_000],
    ['rheine-jmd-beratung', 8_000],
  ]),
  ...fromLine('rheine-2021-8101-own-share', 2021, [['rheine-fachoberschulreife-abend', 10_000]]),
  ...fromGrant('rkn-gk-2019-2021', 2019, [['neuss-integrationskurs', 15_000]]),
  ...fromGrant('rkn-gk-2019-2021', 2020, [
    ['neuss-fachoberschulreife', 20_000],
    ['grevenbroich-ausbildungsvorbereitung', 18_000],
  ]),
  ...fromGrant('rkn-gk-2019-2021', 2021, [
    ['dormagen-sprachkurs-a2', 12_000],
    ['kaarst-mentoring', 6_000],
  ]),
  ...fromLine('rkn-2019-8101-own-share', 2019, [['neuss-integrationskurs', 3_750]]),
  ...fromLine('rkn-2020-8101-own-share', 2020, [
    ['neuss-fachoberschulreife', 5_000],
    ['grevenbroich-ausbildungsvorbereitung', 4_500],
  ]),
  ...fromLine('rkn-2021-8101-own-share', 2021, [
    ['dormagen-sprachkurs-a2', 3_000],
    ['kaarst-mentoring', 1_500],
  ]),
  ...fromLine('rkn-2020-8102-durchstarten', 2020, [
    ['neuss-jc-coaching', 30_000],
    ['neuss-ausbildungsvorbereitung', 20_000],
  ]),
  ...fromLine('neuss-2020-8103-beratung', 2020, [['neuss-jmd-beratung', 4_000]]),
];

/** 2026 allocations to catalogue offers running in 2026 (none of those whose funding other tests pin). */
export const DEMO_ALLOCATIONS_2026: readonly DemoAllocation[] = [
  ...fromLine('rheine-2026-8101-own-share', 2026, [
    ['rheine-jmd-beratung', 8_000],
    ['rheine-patenschaften', 4_000],
  ]),
  ...fromLine('rheine-2026-8102-kim', 2026, [
    ['rheine-ausbildungsvorbereitung', 30_000],
    ['rheine-integrationskurs-alpha', 20_000],
  ]),
  ...fromLine('rkn-2026-8101-own-share', 2026, [
    ['neuss-jmd-beratung', 6_000],
    ['kaarst-mentoring', 3_000],
  ]),
  ...fromLine('rkn-2026-8102-kim', 2026, [
    ['neuss-ausbildungsvorbereitung', 25_000],
    ['grevenbroich-ausbildungsvorbereitung', 20_000],
    ['neuss-integrationskurs', 10_000],
  ]),
];

/**
 * Share of an allocation spent by now, per fiscal year: past years in full or nearly, the last year half, the current
 * year 40 %.
 */
export const DEMO_SPENT_PERCENT: Readonly<Record<number, number>> = { 2019: 100, 2020: 90, 2021: 50, 2026: 40 };

/** When the two expenditures of a year were spent; 2026's lie before the autumn, so a dashboard of today shows them. */
const DEMO_SPENT_ON: Readonly<Record<number, [string, string]>> = { 2026: ['2026-03-31', '2026-06-30'] };

export const demoAllocationKey = (a: DemoAllocation): string =>
  `${'budget' in a.from ? a.from.budget : a.from.application}:${a.offerKey}:${a.year}`;

/** The two expenditures of an allocation: fees (70 %) and material (the rest) of what was spent, in cents. */
export function demoExpenditures(a: DemoAllocation): { purpose: string; cents: number; date: string }[] {
  const spent = Math.floor((a.euros * 100 * DEMO_SPENT_PERCENT[a.year]) / 100);
  const fees = Math.floor((spent * 7) / 10);
  const [feesOn, materialOn] = DEMO_SPENT_ON[a.year] ?? [`${a.year}-06-30`, `${a.year}-11-30`];
  return [
    { purpose: 'Honorare Lehr- und Fachkräfte', cents: fees, date: feesOn },
    { purpose: 'Sachkosten und Lernmaterial', cents: spent - fees, date: materialOn },
  ].filter((e) => e.cents > 0);
}

async function insertBudgets(manager: EntityManager, budgets: readonly DemoBudget[]): Promise<void> {
  for (const b of budgets) {
    await manager.query(
      `INSERT INTO budget (id, municipality_ags, fiscal_year, budget_product, plan, line_kind, source, program_id,
         title, amount_cents, financing_secured, council_paper_number, council_committee, council_decision_date,
         created_by, updated_by)
       VALUES ($1, $2, $3, $4, 'RESULT_PLAN', $5, $6, $7, $8, $9, true, $10, $11, $12, $13, $13)`,
      [
        demoBudgetId(b.key),
        b.ags,
        b.year,
        b.product,
        b.lineKind,
        b.source,
        b.programKey ? demoProgramId(b.programKey) : null,
        b.title,
        b.euros * 100,
        b.decision?.paper ?? null,
        b.decision?.committee ?? null,
        b.decision?.date ?? null,
        DEMO_ACTOR,
      ],
    );
  }
}

async function insertAllocations(manager: EntityManager, allocations: readonly DemoAllocation[]): Promise<void> {
  for (const a of allocations) {
    const id = deterministicId('allocation', demoAllocationKey(a));
    await manager.query(
      `INSERT INTO allocation (id, budget_id, application_id, offer_id, fiscal_year, amount_cents, created_by,
        updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $7)`,
      [
        'budget' in a.from
          ? [id, demoBudgetId(a.from.budget), null]
          : [id, null, demoApplicationId(a.from.application)],
        demoOfferId(a.offerKey),
        a.year,
        a.euros * 100,
        DEMO_ACTOR,
      ].flat(),
    );
    for (const [index, e] of demoExpenditures(a).entries()) {
      await manager.query(
        `INSERT INTO expenditure (id, allocation_id, amount_cents, spent_on, purpose, created_by, updated_by)
         VALUES ($1, $2, $3, $4, $5, $6, $6)`,
        [
          deterministicId('expenditure', `${demoAllocationKey(a)}:${index}`),
          id,
          e.cents,
          e.date,
          e.purpose,
          DEMO_ACTOR,
        ],
      );
    }
  }
}

async function insertAll(manager: EntityManager): Promise<void> {
  for (const p of DEMO_PROGRAMS) {
    await manager.query(
      `INSERT INTO funding_program (id, name, funder, period_start, period_end, max_funding_rate_bp, target_rule,
         created_by, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)`,
      [
        demoProgramId(p.key),
        p.name,
        p.funder,
        p.periodStart,
        p.periodEnd,
        p.maxFundingRateBp,
        p.targetRule,
        DEMO_ACTOR,
      ],
    );
  }
  await insertBudgets(manager, DEMO_BUDGETS);
  for (const a of DEMO_APPLICATIONS) {
    const submitted = a.status !== 'DRAFT';
    const decided = a.status === 'APPROVED' || a.status === 'REJECTED';
    await manager.query(
      `INSERT INTO funding_application (id, applicant_organization_id, program_id, municipality_ags, title,
        period_start, period_end, requested_cents, own_share_cents,
         status, approved_cents, approved_on, submitted_at, decided_at, created_by, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $15)`,
      [
        demoApplicationId(a.key),
        demoOrganizationId(a.applicantKey),
        demoProgramId(a.programKey),
        a.ags,
        a.title,
        a.periodStart,
        a.periodEnd,
        a.requested * 100,
        a.ownShare * 100,
        a.status,
        a.approved ? a.approved.euros * 100 : null,
        a.approved?.on ?? null,
        submitted ? `${a.periodStart}T09:00:00Z` : null,
        decided ? `${a.approved?.on ?? a.periodStart}T09:00:00Z` : null,
        DEMO_ACTOR,
      ],
    );
  }
  await insertAllocations(manager, DEMO_ALLOCATIONS);
}

/** The 2026 slice, a seed of its own so that a database loaded with the earlier years gets it too. */
async function insert2026(manager: EntityManager): Promise<void> {
  await insertBudgets(manager, DEMO_BUDGETS_2026);
  await insertAllocations(manager, DEMO_ALLOCATIONS_2026);
}

/**
 * Loads the funding slice of the demo world for 2019 to 2021 and 2026: the three programmes, Rheine's own
 * share (paper 072/19) and the Rhein-Kreis Neuss's 20 % own share, applications in every status,
 * allocations to the catalogue's offers and what was spent of them; in 2026 Kommunales
 * Integrationsmanagement with state money and own shares in Rheine and the Rhein-Kreis Neuss. Rows go through the same
 * constraints and triggers as any write.
 */
export async function loadFundingDemoData(dataSource: DataSource, logger: Logger): Promise<void> {
  const loaded = await seedOnce(dataSource, 'demo', insertAll);
  if (loaded)
    logger.info(
      { programmes: DEMO_PROGRAMS.length, budgetLines: DEMO_BUDGETS.length, allocations: DEMO_ALLOCATIONS.length },
      'funding demo data loaded',
    );
  const loaded2026 = await seedOnce(dataSource, 'demo-2026', insert2026);
  if (loaded2026)
    logger.info(
      { budgetLines: DEMO_BUDGETS_2026.length, allocations: DEMO_ALLOCATIONS_2026.length },
      'funding demo data of 2026 loaded',
    );
}
