import { deterministicId } from '../ids/deterministic-id';
import { SCALE_FISCAL_YEARS } from './scale-definition';
import { addDays, recordRandom } from './scale-random';
import type { ScaleAreaOfWork, ScaleOrganization, ScaleWorld } from './scale-world';

/** One area's alliance with its core group and working life, as the network slice stores it. */
export interface ScaleAlliance {
  id: string;
  name: string;
  leadAgs: string;
  leadOfficeId: string;
  startDate: string;
  coreGroup: {
    id: string;
    organizationId: string;
    representativeName: string;
    representativeRole: string;
    area: ScaleAreaOfWork;
    decisionAuthority: string;
    validFrom: string;
  }[];
  standingTasks: { task: string; status: string }[];
  forums: {
    id: string;
    kind: 'WORKING_GROUP' | 'EVENT';
    title: string;
    topic: string;
    startsOn: string;
    endsOn: string | null;
    participantIds: string[];
  }[];
  priorities: { id: string; rank: number; title: string; status: string; dueOn: string | null }[];
  agreements: { id: string; title: string; signedOn: string; summary: string; partyIds: string[] }[];
}

const STANDING_TASKS = [
  'SET_PRIORITIES',
  'ACT_AS_MULTIPLIERS',
  'KNOW_LIVING_SITUATION',
  'COORDINATE_NEEDS_SURVEY',
  'MAKE_OFFERS_TRANSPARENT',
  'DEVELOP_PROCEDURE_AGREEMENTS',
  'PLAN_LOCAL_OFFERS',
];
const REPRESENTATIVES = [
  'Erika Musterfrau',
  'Max Mustermann',
  'Anna Beispiel',
  'Paul Platzhalter',
  'Lena Leerstelle',
  'Tom Testperson',
  'Sara Symbol',
  'Jan Jedermann',
  'Mia Musterfall',
  'Ole Option',
  'Ina Irgendwer',
];
const PRIORITIES = [
  'Datenbasis zur Zielgruppe aufbauen',
  'Angebotslücken beim Erwerb der Fachoberschulreife schließen',
  'Ehrenamtliche Mentoring-Tandems ausbauen',
  'Zugang zu Sprachkursen für Geduldete sichern',
  'Maßnahmen-Karrieren vermeiden',
];

/** The core group's area of work per core agency (same order as the world's core kinds). */
const CORE_AREAS: readonly ScaleAreaOfWork[] = [
  'MIGRATION_UND_INTEGRATION',
  'ARBEIT_UND_WIRTSCHAFT',
  'ARBEIT_UND_WIRTSCHAFT',
  'MIGRATION_UND_INTEGRATION',
  'SOZIALES',
  'SOZIALES',
  'BILDUNG',
  'MIGRATION_UND_INTEGRATION',
  'MIGRATION_UND_INTEGRATION',
  'BILDUNG',
  'BILDUNG',
];

export function allianceOf(world: ScaleWorld, areaIndex: number): ScaleAlliance {
  const area = world.areas[areaIndex];
  const orgs = world.byArea[areaIndex].organizations;
  const random = recordRandom(world.seed, 6, areaIndex);
  const key = `scale:${world.seed}:${area.ags}`;
  const startDate = addDays('2019-06-01', random.int(0, 500));
  // The lead office always sits in the core group; each other agency is missing in about one alliance in eight (coverage has gaps to show).
  const members = orgs.slice(0, CORE_AREAS.length).filter((_, i) => i === 0 || random.chance(0.88));
  const pick = (n: number) =>
    members
      .filter((_, i) => i % Math.max(1, Math.floor(members.length / n)) === 0)
      .slice(0, n)
      .map((o) => o.id);
  return {
    id: deterministicId('alliance', key),
    name: `Bündnis Gemeinsam klappt's ${area.name}`,
    leadAgs: area.ags,
    leadOfficeId: orgs[0].id,
    startDate,
    coreGroup: members.map((o: ScaleOrganization, i) => ({
      id: deterministicId('core-group-membership', `${key}:${o.id}`),
      organizationId: o.id,
      representativeName: REPRESENTATIVES[(areaIndex + i) % REPRESENTATIVES.length],
      representativeRole: i === 0 ? 'Leitung (Geschäftsführung des Bündnisses)' : `Vertretung ${o.name}`.slice(0, 200),
      area: CORE_AREAS[orgs.indexOf(o)],
      decisionAuthority:
        i === 0
          ? 'FULL'
          : random.weighted([
              ['FULL', 5],
              ['WITH_RESERVATION', 4],
              ['ADVISORY', 1],
            ] as const),
      validFrom: startDate,
    })),
    standingTasks: STANDING_TASKS.map((task) => ({
      task,
      status: random.weighted([
        ['NOT_STARTED', 2],
        ['IN_PROGRESS', 5],
        ['DONE', 3],
      ] as const),
    })),
    forums: [
      {
        id: deterministicId('alliance-forum', `${key}:ag`),
        kind: 'WORKING_GROUP',
        title: 'AG Übergang Schule und Beruf',
        topic: 'Wege zur Fachoberschulreife und in Ausbildung ohne Maßnahmen-Karrieren',
        startsOn: addDays(startDate, 90),
        endsOn: null,
        participantIds: pick(4),
      },
      {
        id: deterministicId('alliance-forum', `${key}:forum`),
        kind: 'EVENT',
        title: `Bündnisforum ${area.name}`,
        topic: 'Angebote sichtbar machen: Bestandsaufnahme und Lücken',
        startsOn: addDays(startDate, 250),
        endsOn: addDays(startDate, 251),
        participantIds: pick(6),
      },
    ],
    priorities: [0, 1, 2].map((rank) => ({
      id: deterministicId('alliance-priority', `${key}:${rank + 1}`),
      rank: rank + 1,
      title: PRIORITIES[(areaIndex + rank) % PRIORITIES.length],
      status: random.weighted([
        ['OPEN', 3],
        ['IN_PROGRESS', 4],
        ['ACHIEVED', 2],
        ['DROPPED', 1],
      ] as const),
      dueOn: random.chance(0.7) ? addDays('2025-06-30', random.int(0, 700)) : null,
    })),
    agreements: [
      {
        id: deterministicId('procedure-agreement', `${key}:rechtskreiswechsel`),
        title: 'Verfahrensvereinbarung zum Rechtskreiswechsel',
        signedOn: addDays(startDate, 280),
        summary:
          'Jobcenter, Sozialamt und Agentur für Arbeit informieren einander bei einem Wechsel von AsylbLG zu SGB II und sichern eine lückenlose Beratung.',
        partyIds: [orgs[1].id, orgs[2].id, orgs[4].id],
      },
    ],
  };
}

// --- funding ---------------------------------------------------------------------------------------

export interface ScaleFundingProgram {
  id: string;
  key: string;
  name: string;
  funder: string;
  periodStart: string;
  periodEnd: string | null;
  maxFundingRateBp: number;
  targetRule: string;
}

const PROGRAMS: readonly Omit<ScaleFundingProgram, 'id'>[] = [
  {
    key: 'gemeinsam-klappts',
    name: "Gemeinsam klappt's",
    funder: 'LAND_NRW',
    periodStart: '2019-01-01',
    periodEnd: '2027-12-31',
    maxFundingRateBp: 8000,
    targetRule: 'MAINLY_WITHOUT_SGB_II_XII',
  },
  {
    key: 'durchstarten',
    name: 'Durchstarten in Ausbildung und Arbeit',
    funder: 'LAND_NRW',
    periodStart: '2019-01-01',
    periodEnd: '2027-12-31',
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
  {
    key: 'esf-plus',
    name: 'ESF Plus: Integration junger Geflüchteter',
    funder: 'ESF_PLUS',
    periodStart: '2022-01-01',
    periodEnd: '2027-12-31',
    maxFundingRateBp: 6000,
    targetRule: 'ONLY_WITHOUT_SGB_II_XII',
  },
  {
    key: 'bund-jugend-staerken',
    name: 'Jugend stärken im Quartier',
    funder: 'BUND',
    periodStart: '2022-01-01',
    periodEnd: '2026-12-31',
    maxFundingRateBp: 7000,
    targetRule: 'WHOLE_TARGET_GROUP',
  },
  {
    key: 'stiftung-bildung',
    name: 'Stiftungsfonds Bildungschancen',
    funder: 'FOUNDATION',
    periodStart: '2023-01-01',
    periodEnd: null,
    maxFundingRateBp: 5000,
    targetRule: 'WHOLE_TARGET_GROUP',
  },
];

export function fundingPrograms(world: ScaleWorld): ScaleFundingProgram[] {
  return PROGRAMS.map((p) => ({ ...p, id: deterministicId('funding-program', `scale:${world.seed}:${p.key}`) }));
}

export interface ScaleBudgetLine {
  id: string;
  ags: string;
  fiscalYear: number;
  product: '8101' | '8102' | '8103';
  lineKind: 'AUFWENDUNGEN' | 'ERTRAEGE';
  source: string;
  programId: string | null;
  title: string;
  amountCents: number;
  decision: { paper: string; committee: string; date: string } | null;
}

export interface ScaleApplication {
  id: string;
  applicantId: string;
  programId: string;
  ags: string;
  title: string;
  periodStart: string;
  periodEnd: string;
  requestedCents: number;
  ownShareCents: number;
  status: 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'REJECTED';
  approvedCents: number | null;
  approvedOn: string | null;
}

export interface ScaleAllocation {
  id: string;
  budgetId: string | null;
  applicationId: string | null;
  offerId: string;
  fiscalYear: number;
  amountCents: number;
  ags: string;
  expenditures: { id: string; amountCents: number; spentOn: string; purpose: string }[];
}

export interface ScaleAreaFunding {
  budgets: ScaleBudgetLine[];
  applications: ScaleApplication[];
  allocations: ScaleAllocation[];
}

/** Share of an allocation spent by now, per fiscal year (per mille): past years nearly all, this year about half. */
const SPENT_RANGE: Readonly<Record<number, [number, number]>> = {
  2024: [950, 1000],
  2025: [850, 1000],
  2026: [300, 700],
};

/**
 * One area's money for 2024 to 2026: four budget lines a year (own share from the
 * Integrationspauschale 8101, state funds 8102 with their income line, own funds 8103), the KIM
 * and ESF grants plus a pending and a draft application, allocations to most of the area's offers
 * and what was spent of them. Lines and grants are sized from their allocations with headroom, so
 * every CHECK holds.
 */
export function fundingOfArea(world: ScaleWorld, areaIndex: number): ScaleAreaFunding {
  const area = world.areas[areaIndex];
  const random = recordRandom(world.seed, 7, areaIndex);
  const programs = new Map(fundingPrograms(world).map((p) => [p.key, p.id]));
  const orgs = world.byArea[areaIndex].organizations;
  const key = `scale:${world.seed}:${area.ags}`;
  const lineId = (year: number, kind: string) => deterministicId('budget', `${key}:${year}:${kind}`);
  const kim = deterministicId('funding-application', `${key}:kim`);
  const esf = deterministicId('funding-application', `${key}:esf`);

  const allocations: ScaleAllocation[] = [];
  const sums = new Map<string, number>();
  const book = (source: string, cents: number) => sums.set(source, (sums.get(source) ?? 0) + cents);
  for (const offer of world.byArea[areaIndex].offers) {
    if (offer.bench || offer.status === 'CANCELLED') continue;
    const year = Number(offer.startDate.slice(0, 4));
    if (!SCALE_FISCAL_YEARS.includes(year) || !random.chance(0.85)) continue;
    const total = offer.seats * random.int(300, 1500) * 100;
    const sources = random.weighted([
      [['own-share', 'state'], 4],
      [['kim'], 2],
      [['own-funds'], 1],
      [['esf', 'own-share'], 2],
      [['state'], 2],
    ] as const);
    sources.forEach((source, k) => {
      const cents =
        k === 0 && sources.length > 1 ? Math.round(total * 0.8) : sources.length > 1 ? Math.round(total * 0.2) : total;
      const fromLine = source === 'own-share' || source === 'state' || source === 'own-funds';
      const sourceKey = fromLine ? `${year}:${source}` : source;
      book(sourceKey, cents);
      const id = deterministicId('allocation', `${key}:${offer.index}:${k}`);
      const [lo, hi] = SPENT_RANGE[year];
      const spent = Math.floor((cents * random.int(lo, hi)) / 1000);
      const fees = Math.floor((spent * 7) / 10);
      allocations.push({
        id,
        budgetId: fromLine ? lineId(year, source) : null,
        applicationId: fromLine ? null : source === 'kim' ? kim : esf,
        offerId: offer.id,
        fiscalYear: year,
        amountCents: cents,
        ags: area.ags,
        expenditures: [
          {
            id: deterministicId('expenditure', `${id}:0`),
            amountCents: fees,
            spentOn: `${year}-06-30`,
            purpose: 'Honorare Lehr- und Fachkräfte',
          },
          {
            id: deterministicId('expenditure', `${id}:1`),
            amountCents: spent - fees,
            spentOn: `${year}-11-30`,
            purpose: 'Sachkosten und Lernmaterial',
          },
        ].filter((e) => e.amountCents > 0),
      });
    });
  }

  // Headroom of 10 to 40 %, rounded up to whole 100 EUR, at least 10,000 EUR a line.
  const sized = (used: number) =>
    Math.max(1_000_000, Math.ceil((used * (1.1 + random.next() * 0.3)) / 10_000) * 10_000);
  const budgets: ScaleBudgetLine[] = [];
  for (const year of SCALE_FISCAL_YEARS) {
    const state = sized(sums.get(`${year}:state`) ?? 0);
    budgets.push(
      {
        id: lineId(year, 'own-share'),
        ags: area.ags,
        fiscalYear: year,
        product: '8101',
        lineKind: 'AUFWENDUNGEN',
        source: 'INTEGRATIONSPAUSCHALE',
        programId: programs.get('gemeinsam-klappts') ?? null,
        title: "Eigenanteil Gemeinsam klappt's aus der Integrationspauschale",
        amountCents: sized(sums.get(`${year}:own-share`) ?? 0),
        decision: {
          paper: `${String(10 + (areaIndex % 89)).padStart(3, '0')}/${String(year - 1).slice(2)}`,
          committee: 'Sozialausschuss',
          date: `${year - 1}-11-${String(10 + (areaIndex % 18)).padStart(2, '0')}`,
        },
      },
      {
        id: lineId(year, 'state'),
        ags: area.ags,
        fiscalYear: year,
        product: '8102',
        lineKind: 'AUFWENDUNGEN',
        source: 'STATE_FUNDING',
        programId: programs.get('durchstarten') ?? null,
        title: 'Landesmittel Durchstarten in Ausbildung und Arbeit',
        amountCents: state,
        decision: null,
      },
      {
        id: lineId(year, 'state-income'),
        ags: area.ags,
        fiscalYear: year,
        product: '8102',
        lineKind: 'ERTRAEGE',
        source: 'STATE_FUNDING',
        programId: programs.get('durchstarten') ?? null,
        title: 'Zuweisung des Landes Durchstarten',
        amountCents: state,
        decision: null,
      },
      {
        id: lineId(year, 'own-funds'),
        ags: area.ags,
        fiscalYear: year,
        product: '8103',
        lineKind: 'AUFWENDUNGEN',
        source: 'OWN_FUNDS',
        programId: null,
        title: 'Beratung junger Zugewanderter',
        amountCents: sized(sums.get(`${year}:own-funds`) ?? 0),
        decision: null,
      },
    );
  }

  const grant = (id: string, programKey: string, title: string, used: number, on: string): ScaleApplication => {
    const approved = sized(used);
    const requested = Math.ceil((approved * 1.15) / 10_000) * 10_000;
    return {
      id,
      applicantId: orgs[0].id,
      programId: programs.get(programKey) as string,
      ags: area.ags,
      title,
      periodStart: '2024-01-01',
      periodEnd: '2026-12-31',
      requestedCents: requested,
      ownShareCents: Math.round(requested / 5),
      status: 'APPROVED',
      approvedCents: approved,
      approvedOn: on,
    };
  };
  const pending = (
    suffix: string,
    programKey: string,
    status: 'SUBMITTED' | 'DRAFT' | 'REJECTED',
    title: string,
  ): ScaleApplication => {
    const requested = random.int(20, 120) * 1_000_000;
    return {
      id: deterministicId('funding-application', `${key}:${suffix}`),
      applicantId: orgs[Math.min(orgs.length - 1, 9)].id,
      programId: programs.get(programKey) as string,
      ags: area.ags,
      title,
      periodStart: '2026-01-01',
      periodEnd: '2027-12-31',
      requestedCents: requested,
      ownShareCents: Math.round(requested / 5),
      status,
      approvedCents: null,
      approvedOn: null,
    };
  };
  const applications: ScaleApplication[] = [
    grant(kim, 'kim', `Kommunales Integrationsmanagement ${area.name} 2024–2026`, sums.get('kim') ?? 0, '2023-12-15'),
    grant(esf, 'esf-plus', `ESF Plus: Junge Geflüchtete in ${area.name}`, sums.get('esf') ?? 0, '2023-12-20'),
    pending('jugend-staerken', 'bund-jugend-staerken', 'SUBMITTED', `Jugend stärken im Quartier ${area.name}`),
    pending('stiftung', 'stiftung-bildung', random.chance(0.5) ? 'DRAFT' : 'REJECTED', `Bildungschancen ${area.name}`),
  ];
  return { budgets, applications, allocations };
}
