import type { DataSource, EntityManager } from 'typeorm';
import { deterministicId, seedOnce, type Logger } from '@gk/shared';
import {
  DEMO_OFFERS,
  demoOfferId,
  demoOrganizationId,
  demoPersonId,
  demoPersonRefs,
  seededRandom,
  type DemoOffer,
} from '@gk/fixtures';

const DEMO_ACTOR = 'demo-loader';
const NO_SGB_II_XII = ['ASYLBLG', 'SGB_III', 'NONE'];
const DULDUNG_OR_GESTATTUNG = ['GESTATTUNG', 'DULDUNG', 'DULDUNG_60B', 'AUSBILDUNGSDULDUNG', 'BESCHAEFTIGUNGSDULDUNG'];

interface Details {
  description: string;
  targetOutcome: string;
  targetGermanLevel?: string;
  start: string;
  end: string;
  hours: number | null;
  status: 'PLANNED' | 'OPEN' | 'RUNNING' | 'FINISHED';
  minGermanLevel?: string;
  residenceStatuses?: string[];
  benefitRegimes?: string[];
  maxAge?: number;
}

/** What the catalogue leaves open for its offers: target, dates, hours, status and rules (as of autumn 2026). */
const DETAILS: Record<string, Details> = {
  'rheine-integrationskurs-alpha': {
    description:
      'Integrationskurs mit Alphabetisierung, 1000 Unterrichtseinheiten, Abschluss Deutsch-Test für Zuwanderer.',
    targetOutcome: 'LANGUAGE_LEVEL',
    targetGermanLevel: 'A2',
    start: '2026-08-17',
    end: '2027-07-16',
    hours: 20,
    status: 'RUNNING',
  },
  'rheine-berufssprachkurs-b1': {
    description: 'Berufsbezogene Deutschsprachförderung (DeuFöV) bis B1.',
    targetOutcome: 'LANGUAGE_LEVEL',
    targetGermanLevel: 'B1',
    start: '2027-01-11',
    end: '2027-06-30',
    hours: 16,
    status: 'OPEN',
    minGermanLevel: 'A2',
  },
  'rheine-fachoberschulreife-abend': {
    description: 'Abendrealschule: Fachoberschulreife in zwei Semestern, Prüfung an der VHS.',
    targetOutcome: 'FACHOBERSCHULREIFE',
    start: '2027-02-01',
    end: '2028-01-31',
    hours: 12,
    status: 'OPEN',
    minGermanLevel: 'B1',
  },
  'rheine-ausbildungsvorbereitung': {
    description: 'Internationale Förderklasse mit Praktika in Betrieben der Region.',
    targetOutcome: 'TRAINING_PLACE',
    start: '2026-08-24',
    end: '2027-07-02',
    hours: 30,
    status: 'RUNNING',
    minGermanLevel: 'A2',
  },
  'rheine-jc-aktivierung': {
    description: 'Aktivierung, Bewerbungstraining und Betriebskontakte für junge Leistungsberechtigte des Jobcenters.',
    targetOutcome: 'EMPLOYMENT',
    start: '2026-10-05',
    end: '2027-03-31',
    hours: 20,
    status: 'RUNNING',
    benefitRegimes: ['SGB_II'],
  },
  'rheine-jmd-beratung': {
    description: 'Individuelle Beratung und Begleitung nach dem Case-Management-Ansatz des JMD.',
    targetOutcome: 'STABILISATION',
    start: '2026-01-01',
    end: '2026-12-31',
    hours: null,
    status: 'RUNNING',
  },
  'rheine-patenschaften': {
    description:
      'Ehrenamtliche Patinnen und Paten begleiten Geduldete und Gestattete in die Ausbildung (Landesförderung).',
    targetOutcome: 'TRAINING_PLACE',
    start: '2026-03-01',
    end: '2027-02-28',
    hours: null,
    status: 'RUNNING',
    residenceStatuses: DULDUNG_OR_GESTATTUNG,
    benefitRegimes: NO_SGB_II_XII,
  },
  'neuss-integrationskurs': {
    description: 'Jugendintegrationskurs bis B1.',
    targetOutcome: 'LANGUAGE_LEVEL',
    targetGermanLevel: 'B1',
    start: '2026-09-07',
    end: '2027-08-27',
    hours: 25,
    status: 'RUNNING',
  },
  'neuss-hauptschulabschluss': {
    description: 'Hauptschulabschluss nach Klasse 10 im Tageskurs, mit sozialpädagogischer Begleitung.',
    targetOutcome: 'HAUPTSCHULABSCHLUSS',
    start: '2027-01-18',
    end: '2027-12-17',
    hours: 25,
    status: 'OPEN',
    minGermanLevel: 'A2',
  },
  'neuss-fachoberschulreife': {
    description: 'Fachoberschulreife für Zugewanderte mit Hauptschulabschluss.',
    targetOutcome: 'FACHOBERSCHULREIFE',
    start: '2027-08-30',
    end: '2028-07-14',
    hours: 25,
    status: 'PLANNED',
    minGermanLevel: 'B1',
  },
  'neuss-ausbildungsvorbereitung': {
    description: 'Ausbildungsvorbereitung für junge Menschen ohne SGB-II-Anspruch (Landesförderung).',
    targetOutcome: 'TRAINING_PLACE',
    start: '2026-08-24',
    end: '2027-07-09',
    hours: 30,
    status: 'RUNNING',
    benefitRegimes: NO_SGB_II_XII,
  },
  'neuss-jc-coaching': {
    description: 'Einzelcoaching in Ausbildung und Arbeit für junge Erwachsene im SGB II.',
    targetOutcome: 'EMPLOYMENT',
    start: '2026-11-02',
    end: '2027-04-30',
    hours: 10,
    status: 'OPEN',
    benefitRegimes: ['SGB_II'],
  },
  'neuss-jmd-beratung': {
    description: 'Offene Sprechstunde und Begleitung des Jugendmigrationsdienstes.',
    targetOutcome: 'STABILISATION',
    start: '2026-01-01',
    end: '2026-12-31',
    hours: null,
    status: 'RUNNING',
  },
  'dormagen-sprachkurs-a2': {
    description: 'Sprachkurs bis A2 mit Kinderbetreuung während des Unterrichts.',
    targetOutcome: 'LANGUAGE_LEVEL',
    targetGermanLevel: 'A2',
    start: '2027-01-11',
    end: '2027-06-25',
    hours: 15,
    status: 'OPEN',
  },
  'dormagen-pflegehilfe': {
    description: 'Qualifizierung zur Pflegehelferin / zum Pflegehelfer mit Praxiseinsätzen.',
    targetOutcome: 'VOCATIONAL_QUALIFICATION',
    start: '2027-03-01',
    end: '2027-12-17',
    hours: 35,
    status: 'OPEN',
    minGermanLevel: 'B1',
  },
  'grevenbroich-ausbildungsvorbereitung': {
    description: 'Ausbildungsvorbereitung Metall und Elektro in der Werkstatt des Berufskollegs.',
    targetOutcome: 'TRAINING_PLACE',
    start: '2026-08-24',
    end: '2027-07-09',
    hours: 30,
    status: 'RUNNING',
    minGermanLevel: 'A2',
  },
  'grevenbroich-einstiegsqualifizierung': {
    description: 'Betriebliche Einstiegsqualifizierung (§54a SGB III) im Handwerk.',
    targetOutcome: 'TRAINING_PLACE',
    start: '2027-02-01',
    end: '2027-07-31',
    hours: 35,
    status: 'OPEN',
    minGermanLevel: 'A2',
  },
  'kaarst-mentoring': {
    description: 'Ehrenamtliche Mentorinnen und Mentoren begleiten durch Schule und Berufswahl.',
    targetOutcome: 'STABILISATION',
    start: '2026-02-01',
    end: '2027-01-31',
    hours: null,
    status: 'RUNNING',
  },
  'meerbusch-mentoring': {
    description: 'Lernpatenschaften für Schule, Sprachkurs und Ausbildung.',
    targetOutcome: 'STABILISATION',
    start: '2026-09-01',
    end: '2027-08-31',
    hours: null,
    status: 'OPEN',
  },
};

/** Earlier rounds of measures, finished: the ground on which measure careers show. */
const HISTORY: (DemoOffer & { details: Details })[] = [
  {
    key: 'rheine-integrationskurs-2024',
    title: 'Integrationskurs 2024',
    providerKey: 'vhs-rheine',
    ags: '05566076',
    category: 'LANGUAGE_COURSE',
    seats: 20,
    details: {
      description: 'Integrationskurs, Durchgang 2024.',
      targetOutcome: 'LANGUAGE_LEVEL',
      targetGermanLevel: 'B1',
      start: '2024-01-08',
      end: '2024-09-27',
      hours: 20,
      status: 'FINISHED',
    },
  },
  {
    key: 'rheine-berufsorientierung-2025',
    title: 'Berufsorientierung 2025',
    providerKey: 'bk-rheine',
    ags: '05566076',
    category: 'VOCATIONAL_PREPARATION',
    seats: 20,
    details: {
      description: 'Berufsorientierung mit Praktika, Durchgang 2025.',
      targetOutcome: 'TRAINING_PLACE',
      start: '2024-11-04',
      end: '2025-07-11',
      hours: 30,
      status: 'FINISHED',
    },
  },
  {
    key: 'rheine-aktivierung-2026',
    title: 'Aktivierung Frühjahr 2026',
    providerKey: 'jc-steinfurt',
    ags: '05566076',
    category: 'EMPLOYMENT_SUPPORT',
    seats: 20,
    details: {
      description: 'Aktivierungsmaßnahme, Durchgang Frühjahr 2026.',
      targetOutcome: 'EMPLOYMENT',
      start: '2025-09-01',
      end: '2026-03-31',
      hours: 20,
      status: 'FINISHED',
    },
  },
  {
    key: 'neuss-integrationskurs-2024',
    title: 'Jugendintegrationskurs 2024',
    providerKey: 'vhs-neuss',
    ags: '05162024',
    category: 'LANGUAGE_COURSE',
    seats: 25,
    details: {
      description: 'Jugendintegrationskurs, Durchgang 2024.',
      targetOutcome: 'LANGUAGE_LEVEL',
      targetGermanLevel: 'B1',
      start: '2024-01-15',
      end: '2024-10-04',
      hours: 25,
      status: 'FINISHED',
    },
  },
  {
    key: 'neuss-berufsorientierung-2025',
    title: 'Berufsorientierung 2025',
    providerKey: 'bk-neuss',
    ags: '05162024',
    category: 'VOCATIONAL_PREPARATION',
    seats: 25,
    details: {
      description: 'Berufsorientierung, Durchgang 2025.',
      targetOutcome: 'TRAINING_PLACE',
      start: '2024-11-04',
      end: '2025-07-11',
      hours: 30,
      status: 'FINISHED',
    },
  },
  {
    key: 'neuss-aktivierung-2026',
    title: 'Aktivierung Frühjahr 2026',
    providerKey: 'jc-rkn',
    ags: '05162024',
    category: 'EMPLOYMENT_SUPPORT',
    seats: 25,
    details: {
      description: 'Aktivierungsmaßnahme, Durchgang Frühjahr 2026.',
      targetOutcome: 'EMPLOYMENT',
      start: '2025-09-01',
      end: '2026-03-31',
      hours: 20,
      status: 'FINISHED',
    },
  },
];

/**
 * Persons whose every measure so far ended without progress: the demo's Maßnahmen-Karrieren. The
 * first five are left out of the random draw below; the others were added later among persons the
 * draw left without an ended enrollment, so the draw, and every demo figure it made, stays as it was.
 * Six in Rheine and six counted in Neuss (the Grevenbroich person's latest measure is in Neuss), so
 * the core group's dashboards show them instead of withholding them.
 */
export const DEMO_MEASURE_CAREER_PERSONS: readonly { ags: string; index: number; measures: number }[] = [
  { ags: '05566076', index: 3, measures: 3 },
  { ags: '05566076', index: 17, measures: 3 },
  { ags: '05566076', index: 42, measures: 3 },
  { ags: '05162024', index: 5, measures: 3 },
  { ags: '05162008', index: 2, measures: 3 },
  { ags: '05566076', index: 0, measures: 3 },
  { ags: '05566076', index: 1, measures: 3 },
  { ags: '05566076', index: 2, measures: 3 },
  { ags: '05162024', index: 2, measures: 3 },
  { ags: '05162024', index: 3, measures: 3 },
  { ags: '05162024', index: 4, measures: 3 },
  { ags: '05162024', index: 6, measures: 3 },
];
const CAREERS_BEFORE_DRAW = 5;

/**
 * School-degree courses that finished in spring 2026, with qualifications: what the participation
 * and cost-per-qualification figures of the current fiscal year count. Loaded after the draw, for
 * the same reason as the later measure careers.
 */
const SPRING_2026: (DemoOffer & { details: Details; participants: readonly number[] })[] = [
  {
    key: 'rheine-hauptschulabschluss-2026',
    title: 'Hauptschulabschluss-Kurs 2025/26',
    providerKey: 'bk-rheine',
    ags: '05566076',
    category: 'SCHOOL_DEGREE_COURSE',
    seats: 12,
    participants: [4, 5, 7, 8, 9, 11, 13, 14],
    details: {
      description: 'Hauptschulabschluss nach Klasse 10 in der Internationalen Förderklasse, Durchgang 2025/26.',
      targetOutcome: 'HAUPTSCHULABSCHLUSS',
      start: '2025-08-25',
      end: '2026-06-26',
      hours: 30,
      status: 'FINISHED',
      minGermanLevel: 'A2',
    },
  },
  {
    key: 'neuss-hauptschulabschluss-2026',
    title: 'Hauptschulabschluss-Kurs 2025/26',
    providerKey: 'bk-neuss',
    ags: '05162024',
    category: 'SCHOOL_DEGREE_COURSE',
    seats: 12,
    participants: [9, 11, 12, 13, 15, 16, 18, 19],
    details: {
      description: 'Hauptschulabschluss nach Klasse 10 am Berufskolleg, Durchgang 2025/26.',
      targetOutcome: 'HAUPTSCHULABSCHLUSS',
      start: '2025-08-25',
      end: '2026-06-26',
      hours: 30,
      status: 'FINISHED',
      minGermanLevel: 'A2',
    },
  },
];
/**
 * Outcomes of the spring courses' participants, in the order of their list: six qualified, one progressed, one dropped
 * out.
 */
const SPRING_OUTCOMES = [
  'QUALIFICATION_ACHIEVED',
  'QUALIFICATION_ACHIEVED',
  'QUALIFICATION_ACHIEVED',
  'QUALIFICATION_ACHIEVED',
  'QUALIFICATION_ACHIEVED',
  'QUALIFICATION_ACHIEVED',
  'PROGRESSED',
  'DROPPED_OUT',
];

/** Offers the demo fills beyond their seats with applications: more demand than supply. */
export const DEMO_OVERBOOKED_OFFERS: readonly string[] = [
  'rheine-jc-aktivierung',
  'neuss-hauptschulabschluss',
  'grevenbroich-einstiegsqualifizierung',
];

const SEAT_HOLDING = new Set(['ENROLLED', 'COMPLETED']);

async function insertOffer(manager: EntityManager, id: string, o: DemoOffer, d: Details): Promise<void> {
  await manager.query(
    `INSERT INTO offer (id, title, description, category, target_outcome, target_german_level, provider_id,
       municipality_ags, start_date, end_date, hours_per_week, seats, status, min_age, max_age, residence_statuses,
       benefit_regimes, min_german_level, created_by, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 18, $14, $15, $16, $17, $18, $18)`,
    [
      id,
      o.title,
      d.description,
      o.category,
      d.targetOutcome,
      d.targetGermanLevel ?? null,
      demoOrganizationId(o.providerKey),
      o.ags,
      d.start,
      d.end,
      d.hours,
      o.seats,
      d.status,
      d.maxAge ?? 27,
      d.residenceStatuses ?? [],
      d.benefitRegimes ?? [],
      d.minGermanLevel ?? null,
      DEMO_ACTOR,
    ],
  );
}

interface Row {
  personId: string;
  offerKey: string;
  status: string;
  appliedOn: string;
  enrolledOn: string | null;
  endedOn: string | null;
  outcome: string | null;
  reason: string | null;
}

const addDays = (iso: string, days: number): string =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Loads the offers slice of the demo world: the catalogue's offers with their rules, earlier finished
 * rounds, and enrollments of the demo persons (outcomes of earlier rounds, current participants and
 * applicants, a few measure careers, a few offers with more applicants than seats). Deterministic.
 */
export async function loadOffersDemoData(dataSource: DataSource, logger: Logger): Promise<void> {
  const rows: Row[] = [];
  const loaded = await seedOnce(dataSource, 'demo', async (manager) => {
    const seats = new Map<string, number>();
    const taken = new Map<string, number>();
    const active = new Set<string>();
    for (const o of DEMO_OFFERS) {
      await insertOffer(manager, demoOfferId(o.key), o, DETAILS[o.key]);
      seats.set(o.key, o.seats);
    }
    for (const h of [...HISTORY, ...SPRING_2026]) {
      await insertOffer(manager, deterministicId('offer', h.key), h, h.details);
      seats.set(h.key, h.seats);
    }
    const details = (key: string): Details =>
      DETAILS[key] ?? ([...HISTORY, ...SPRING_2026].find((h) => h.key === key) as { details: Details }).details;
    const add = (row: Row): boolean => {
      const holds = SEAT_HOLDING.has(row.status);
      if (holds && (taken.get(row.offerKey) ?? 0) >= (seats.get(row.offerKey) ?? 0)) return false;
      const isActive = row.status === 'APPLIED' || row.status === 'ENROLLED';
      const pair = `${row.personId}:${row.offerKey}`;
      if (isActive && active.has(pair)) return false;
      if (holds) taken.set(row.offerKey, (taken.get(row.offerKey) ?? 0) + 1);
      if (isActive) active.add(pair);
      rows.push(row);
      return true;
    };
    const ended = (personId: string, key: string, outcome: string, reason: string | null): Row => {
      const d = details(key);
      return {
        personId,
        offerKey: key,
        status: outcome === 'DROPPED_OUT' ? 'DROPPED_OUT' : 'COMPLETED',
        appliedOn: addDays(d.start, -30),
        enrolledOn: d.start,
        endedOn: outcome === 'DROPPED_OUT' ? addDays(d.start, 60) : d.end,
        outcome,
        reason,
      };
    };

    const random = seededRandom(2019);
    const history = (kreis: string) => HISTORY.filter((h) => h.ags.startsWith(kreis)).map((h) => h.key);
    const current = (kreis: string) => DEMO_OFFERS.filter((o) => o.ags.startsWith(kreis)).map((o) => o.key);
    const careers = new Set(
      DEMO_MEASURE_CAREER_PERSONS.slice(0, CAREERS_BEFORE_DRAW).map((c) => demoPersonId(c.ags, c.index)),
    );
    const career = (c: { ags: string; index: number; measures: number }) => {
      const personId = demoPersonId(c.ags, c.index);
      const earlier = history(c.ags.slice(0, 5)).length > 0 ? history(c.ags.slice(0, 5)) : history('05162');
      earlier.slice(0, c.measures).forEach((key, i) => {
        if (
          !add(
            ended(
              personId,
              key,
              i % 2 === 0 ? 'NO_PROGRESS' : 'DROPPED_OUT',
              i % 2 === 0 ? null : 'Kein regelmäßiger Besuch.',
            ),
          )
        )
          throw new Error(`demo measure career does not fit into ${key}`);
      });
    };

    DEMO_MEASURE_CAREER_PERSONS.slice(0, CAREERS_BEFORE_DRAW).forEach(career);

    const outcomes = [
      'QUALIFICATION_ACHIEVED',
      'QUALIFICATION_ACHIEVED',
      'PROGRESSED',
      'PROGRESSED',
      'NO_PROGRESS',
      'DROPPED_OUT',
    ];
    for (const person of demoPersonRefs()) {
      const kreis = person.ags.slice(0, 5);
      if (!careers.has(person.id) && random() < 0.35) {
        const earlier = history(kreis);
        const key = earlier[Math.floor(random() * earlier.length)];
        const outcome = outcomes[Math.floor(random() * outcomes.length)];
        add(
          ended(person.id, key, outcome, outcome === 'PROGRESSED' ? 'Wechsel in die Ausbildungsvorbereitung.' : null),
        );
      }
      if (random() < 0.55) {
        const offers = current(kreis);
        // Crowded offers are picked more often, so their applicants outnumber their seats; running ones have their
        // participants.
        const weighted = offers.flatMap((k) =>
          Array<string>(DEMO_OVERBOOKED_OFFERS.includes(k) ? 4 : details(k).status === 'RUNNING' ? 3 : 1).fill(k),
        );
        const key = weighted[Math.floor(random() * weighted.length)];
        const d = details(key);
        const appliedOn = addDays('2026-09-01', Math.floor(random() * 70));
        const canStart = d.status === 'RUNNING' && random() < 0.8;
        const enrolledOn = laterIso(appliedOn, d.start);
        if (
          !(
            canStart &&
            add({
              personId: person.id,
              offerKey: key,
              status: 'ENROLLED',
              appliedOn,
              enrolledOn,
              endedOn: null,
              outcome: null,
              reason: null,
            })
          )
        ) {
          add({
            personId: person.id,
            offerKey: key,
            status: 'APPLIED',
            appliedOn,
            enrolledOn: null,
            endedOn: null,
            outcome: null,
            reason: null,
          });
        }
      }
    }

    // After the draw (see DEMO_MEASURE_CAREER_PERSONS): the later careers go to persons the draw gave no ended
    // enrollment.
    for (const c of DEMO_MEASURE_CAREER_PERSONS.slice(CAREERS_BEFORE_DRAW)) {
      if (rows.some((r) => r.personId === demoPersonId(c.ags, c.index) && r.endedOn !== null))
        throw new Error('a later demo measure career met an ended enrollment of the draw');
      career(c);
    }
    for (const course of SPRING_2026) {
      course.participants.forEach((index, i) => {
        const outcome = SPRING_OUTCOMES[i];
        if (
          !add(
            ended(
              demoPersonId(course.ags, index),
              course.key,
              outcome,
              outcome === 'PROGRESSED' ? 'Wechsel in die Ausbildungsvorbereitung.' : null,
            ),
          )
        )
          throw new Error(`demo enrollment does not fit into ${course.key}`);
      });
    }

    for (const row of rows) {
      const offerId = DEMO_OFFERS.some((o) => o.key === row.offerKey)
        ? demoOfferId(row.offerKey)
        : deterministicId('offer', row.offerKey);
      await manager.query(
        `INSERT INTO enrollment (id, person_id, offer_id, status, applied_on, enrolled_on, ended_on, outcome, reason,
                                 created_by, updated_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10)`,
        [
          deterministicId('enrollment', `${row.personId}:${row.offerKey}:${row.status}`),
          row.personId,
          offerId,
          row.status,
          row.appliedOn,
          row.enrolledOn,
          row.endedOn,
          row.outcome,
          row.reason,
          DEMO_ACTOR,
        ],
      );
    }
  });
  if (loaded)
    logger.info(
      { offers: DEMO_OFFERS.length + HISTORY.length + SPRING_2026.length, enrollments: rows.length },
      'offers demo data loaded',
    );
}

function laterIso(a: string, b: string): string {
  return a > b ? a : b;
}
