import { deterministicId } from '../ids/deterministic-id';
import { municipalitiesOf, NRW_AREAS, type ScaleArea, type ScaleMunicipality } from './nrw-areas';
import { SCALE_REFERENCE_DATE, scaleSize, type ScaleInput, type ScaleSize } from './scale-definition';
import {
  addDays,
  ageOn,
  apportion,
  daysBetween,
  maxIso,
  minIso,
  recordRandom,
  yearsBefore,
  type Random,
} from './scale-random';

/**
 * The generated world behind the `nrw` and `xl` scales. Every record is a pure function of the seed
 * and its index (its own random stream, its id from `deterministicId`), so each subgraph derives its
 * slice without the others and persons stream in chunks. Only small lists (areas, organisations,
 * offers) are held; the per-offer seat counters of `enrollments()` are the one sequential state.
 */

const STREAM = { basics: 1, person: 2, plan: 3, offer: 4, organization: 5, network: 6, funding: 7 } as const;
const REF = SCALE_REFERENCE_DATE;

export type ScaleOfferCategory =
  | 'LANGUAGE_COURSE'
  | 'SCHOOL_DEGREE_COURSE'
  | 'VOCATIONAL_PREPARATION'
  | 'VOCATIONAL_TRAINING'
  | 'QUALIFICATION'
  | 'EMPLOYMENT_SUPPORT'
  | 'YOUTH_WELFARE'
  | 'MENTORING'
  | 'COUNSELLING';

export type ScaleOrganizationKind =
  | 'JOBCENTER'
  | 'AGENTUR_FUER_ARBEIT'
  | 'AUSLAENDERBEHOERDE'
  | 'SOZIALAMT'
  | 'JUGENDAMT'
  | 'SCHOOL_SUPERVISION'
  | 'SCHOOL'
  | 'BERUFSKOLLEG'
  | 'ADULT_EDUCATION'
  | 'JUGENDMIGRATIONSDIENST'
  | 'MIGRATION_COUNSELLING'
  | 'REFUGEE_COUNSELLING'
  | 'KOMMUNALES_INTEGRATIONSZENTRUM'
  | 'CHAMBER'
  | 'EMPLOYER'
  | 'YOUTH_WELFARE_PROVIDER'
  | 'VOLUNTEER_INITIATIVE'
  | 'OTHER';

export type ScaleAreaOfWork = 'MIGRATION_UND_INTEGRATION' | 'ARBEIT_UND_WIRTSCHAFT' | 'SOZIALES' | 'BILDUNG';

export interface ScaleOrganization {
  id: string;
  index: number;
  areaIndex: number;
  name: string;
  kind: ScaleOrganizationKind;
  areas: ScaleAreaOfWork[];
  ags: string;
  publicSocialAgency: boolean;
  contactEmail: string;
  website: string;
}

export type ScaleOfferStatus = 'PLANNED' | 'OPEN' | 'RUNNING' | 'FINISHED' | 'CANCELLED';

export interface ScaleOffer {
  id: string;
  index: number;
  areaIndex: number;
  ags: string;
  title: string;
  description: string;
  category: ScaleOfferCategory;
  targetOutcome: string;
  targetGermanLevel: string | null;
  providerId: string;
  startDate: string;
  endDate: string;
  hoursPerWeek: number | null;
  seats: number;
  status: ScaleOfferStatus;
  minAge: number;
  maxAge: number;
  residenceStatuses: string[];
  benefitRegimes: string[];
  minGermanLevel: string | null;
  /** A dedicated offer of the benchmark's write (very many seats, no enrollments generated). */
  bench: boolean;
}

export interface ScalePeriod {
  id: string;
  value: string;
  previous: string | null;
  validFrom: string;
  validUntil: string | null;
}

export interface ScaleNeed {
  id: string;
  category: string;
  status: 'OPEN' | 'IN_PROGRESS' | 'MET' | 'CLOSED';
  recordedAt: string;
}

export interface ScaleConsent {
  id: string;
  organizationId: string;
  purposes: string[];
  legalBasis: 'CONSENT' | 'SGB_X_69';
  evidenceReference: string;
  noticeVersion: string | null;
  grantedAt: string;
  revokedAt: string | null;
}

export interface ScaleReferral {
  id: string;
  toOrganizationId: string | null;
  toOfferId: string | null;
  purpose: string;
  consentId: string | null;
  status: 'REQUESTED' | 'ACCEPTED' | 'COMPLETED';
  requestedAt: string;
  answeredAt: string | null;
  closedAt: string | null;
}

export interface ScaleEvent {
  kind: string;
  fields: string[];
  subjectId: string | null;
}

export interface ScalePersonBasics {
  index: number;
  id: string;
  areaIndex: number;
  dateOfBirth: string;
  arrivalDate: string;
}

export interface ScalePerson extends ScalePersonBasics {
  municipalityAgs: string;
  givenName: string;
  familyName: string;
  gender: string;
  countryOfOrigin: string;
  languages: string[];
  germanLevel: string | null;
  germanLevelCertified: boolean;
  caseManagingOrganizationId: string;
  schoolDegree: string;
  vocationalDqrLevel: number | null;
  vocationalInTraining: boolean;
  vocationalForeign: boolean;
  vocationalForeignRecognised: boolean | null;
  goals: string[];
  residence: ScalePeriod[];
  regimes: ScalePeriod[];
  needs: ScaleNeed[];
  consents: ScaleConsent[];
  referrals: ScaleReferral[];
  events: ScaleEvent[];
}

export type ScaleEnrollmentStatus = 'APPLIED' | 'ENROLLED' | 'COMPLETED' | 'DROPPED_OUT' | 'REJECTED' | 'WITHDRAWN';

export interface ScaleEnrollment {
  id: string;
  personId: string;
  offerId: string;
  offerIndex: number;
  status: ScaleEnrollmentStatus;
  appliedOn: string;
  enrolledOn: string | null;
  endedOn: string | null;
  outcome: string | null;
  reason: string | null;
}

const SEAT_HOLDING: ReadonlySet<ScaleEnrollmentStatus> = new Set(['ENROLLED', 'COMPLETED']);

// --- organisations -------------------------------------------------------------------------------

const M: ScaleAreaOfWork = 'MIGRATION_UND_INTEGRATION';
const A: ScaleAreaOfWork = 'ARBEIT_UND_WIRTSCHAFT';
const S: ScaleAreaOfWork = 'SOZIALES';
const B: ScaleAreaOfWork = 'BILDUNG';

/** The agencies every area has, in this order (index 0 manages the area's cases and leads its alliance). */
const CORE_KINDS: readonly {
  kind: ScaleOrganizationKind;
  name: (area: string) => string;
  areas: ScaleAreaOfWork[];
  psa: boolean;
  kreisLevel: boolean;
}[] = [
  {
    kind: 'KOMMUNALES_INTEGRATIONSZENTRUM',
    name: (a) => `Kommunales Integrationsmanagement ${a}`,
    areas: [M, S],
    psa: true,
    kreisLevel: true,
  },
  { kind: 'JOBCENTER', name: (a) => `Jobcenter ${a}`, areas: [A, S], psa: true, kreisLevel: true },
  { kind: 'AGENTUR_FUER_ARBEIT', name: (a) => `Agentur für Arbeit ${a}`, areas: [A], psa: true, kreisLevel: false },
  { kind: 'AUSLAENDERBEHOERDE', name: (a) => `Ausländerbehörde ${a}`, areas: [M], psa: false, kreisLevel: true },
  { kind: 'SOZIALAMT', name: (a) => `Sozialamt ${a}`, areas: [S], psa: true, kreisLevel: true },
  { kind: 'JUGENDAMT', name: (a) => `Jugendamt ${a}`, areas: [S], psa: true, kreisLevel: true },
  { kind: 'SCHOOL_SUPERVISION', name: (a) => `Schulamt für ${a}`, areas: [B], psa: false, kreisLevel: true },
  {
    kind: 'JUGENDMIGRATIONSDIENST',
    name: (a) => `Jugendmigrationsdienst ${a}`,
    areas: [M],
    psa: false,
    kreisLevel: false,
  },
  { kind: 'REFUGEE_COUNSELLING', name: (a) => `Flüchtlingsberatung ${a}`, areas: [M], psa: false, kreisLevel: false },
  { kind: 'ADULT_EDUCATION', name: (a) => `Volkshochschule ${a}`, areas: [B], psa: false, kreisLevel: false },
  { kind: 'BERUFSKOLLEG', name: (a) => `Berufskolleg ${a}`, areas: [B], psa: false, kreisLevel: false },
];
export const CORE_ORGANIZATIONS_PER_AREA = CORE_KINDS.length;
const CORE = { caseManagement: 0, jobcenter: 1, jmd: 7 } as const;

const EXTRA_KINDS: readonly { kind: ScaleOrganizationKind; label: string; areas: ScaleAreaOfWork[] }[] = [
  { kind: 'SCHOOL', label: 'Gesamtschule', areas: [B] },
  { kind: 'ADULT_EDUCATION', label: 'Bildungswerk', areas: [B] },
  { kind: 'EMPLOYER', label: 'Ausbildungsbetrieb', areas: [A] },
  { kind: 'YOUTH_WELFARE_PROVIDER', label: 'Jugendberufshilfe', areas: [S, B] },
  { kind: 'VOLUNTEER_INITIATIVE', label: 'Flüchtlingshilfe', areas: [M] },
  { kind: 'BERUFSKOLLEG', label: 'Berufskolleg', areas: [B] },
  { kind: 'MIGRATION_COUNSELLING', label: 'Migrationsberatung', areas: [M] },
  { kind: 'CHAMBER', label: 'Kammer-Geschäftsstelle', areas: [A] },
  { kind: 'EMPLOYER', label: 'Pflegedienst', areas: [A, S] },
  { kind: 'OTHER', label: 'Stadtteilzentrum', areas: [S] },
];

const PROVIDER_KINDS: Readonly<Record<ScaleOfferCategory, ScaleOrganizationKind[]>> = {
  LANGUAGE_COURSE: ['ADULT_EDUCATION', 'MIGRATION_COUNSELLING'],
  SCHOOL_DEGREE_COURSE: ['ADULT_EDUCATION', 'SCHOOL', 'BERUFSKOLLEG'],
  VOCATIONAL_PREPARATION: ['BERUFSKOLLEG', 'YOUTH_WELFARE_PROVIDER'],
  VOCATIONAL_TRAINING: ['BERUFSKOLLEG', 'CHAMBER', 'EMPLOYER'],
  QUALIFICATION: ['ADULT_EDUCATION', 'EMPLOYER', 'CHAMBER'],
  EMPLOYMENT_SUPPORT: ['JOBCENTER', 'AGENTUR_FUER_ARBEIT', 'EMPLOYER'],
  YOUTH_WELFARE: ['YOUTH_WELFARE_PROVIDER', 'JUGENDAMT'],
  MENTORING: ['VOLUNTEER_INITIATIVE', 'JUGENDMIGRATIONSDIENST'],
  COUNSELLING: ['JUGENDMIGRATIONSDIENST', 'REFUGEE_COUNSELLING', 'MIGRATION_COUNSELLING'],
};

// --- offers ----------------------------------------------------------------------------------------

interface CategoryProfile {
  weight: number;
  titles: string[];
  days: [number, number];
  seats: [number, number];
  hours: [number, number] | null;
  outcomes: string[];
}

const CATEGORIES: Readonly<Record<ScaleOfferCategory, CategoryProfile>> = {
  LANGUAGE_COURSE: {
    weight: 25,
    titles: ['Integrationskurs', 'Jugendintegrationskurs', 'Berufssprachkurs', 'Alphabetisierungskurs'],
    days: [120, 300],
    seats: [27, 45],
    hours: [15, 25],
    outcomes: ['LANGUAGE_LEVEL'],
  },
  SCHOOL_DEGREE_COURSE: {
    weight: 12,
    titles: [
      'Hauptschulabschluss nach Klasse 10',
      'Fachoberschulreife im Abendkurs',
      'Fachoberschulreife für Zugewanderte',
    ],
    days: [300, 365],
    seats: [22, 38],
    hours: [12, 25],
    outcomes: ['HAUPTSCHULABSCHLUSS', 'FACHOBERSCHULREIFE'],
  },
  VOCATIONAL_PREPARATION: {
    weight: 15,
    titles: ['Internationale Förderklasse', 'Ausbildungsvorbereitung', 'Berufsorientierung mit Praktika'],
    days: [250, 330],
    seats: [22, 38],
    hours: [25, 35],
    outcomes: ['TRAINING_PLACE'],
  },
  VOCATIONAL_TRAINING: {
    weight: 8,
    titles: ['Einstiegsqualifizierung', 'Assistierte Ausbildung', 'Teilqualifizierung im Handwerk'],
    days: [180, 365],
    seats: [15, 30],
    hours: [30, 39],
    outcomes: ['VOCATIONAL_QUALIFICATION', 'TRAINING_PLACE'],
  },
  QUALIFICATION: {
    weight: 8,
    titles: ['Qualifizierung Pflegehilfe', 'Qualifizierung Lager und Logistik', 'Qualifizierung Gastronomie'],
    days: [120, 300],
    seats: [18, 33],
    hours: [25, 38],
    outcomes: ['VOCATIONAL_QUALIFICATION'],
  },
  EMPLOYMENT_SUPPORT: {
    weight: 12,
    titles: ['Aktivierung und berufliche Eingliederung', 'Coaching Durchstarten', 'Bewerbungstraining'],
    days: [90, 200],
    seats: [22, 38],
    hours: [10, 25],
    outcomes: ['EMPLOYMENT', 'TRAINING_PLACE'],
  },
  YOUTH_WELFARE: {
    weight: 5,
    titles: ['Jugendberufshilfe', 'Betreutes Jugendwohnen mit Ausbildungsbegleitung'],
    days: [180, 365],
    seats: [15, 30],
    hours: [5, 15],
    outcomes: ['STABILISATION'],
  },
  MENTORING: {
    weight: 7,
    titles: ['Ausbildungspatenschaften', 'Lernpatenschaften', 'Mentoring Schule und Beruf'],
    days: [300, 365],
    seats: [30, 75],
    hours: null,
    outcomes: ['TRAINING_PLACE', 'STABILISATION'],
  },
  COUNSELLING: {
    weight: 8,
    titles: ['Beratung und Begleitung junger Zugewanderter', 'Offene Sprechstunde', 'Bleibeperspektiven-Beratung'],
    days: [330, 365],
    seats: [90, 225],
    hours: null,
    outcomes: ['STABILISATION'],
  },
};
const CATEGORY_TABLE = (Object.entries(CATEGORIES) as [ScaleOfferCategory, CategoryProfile][]).map(
  ([c, p]) => [c, p.weight] as const,
);

const NO_SGB_II_XII = ['ASYLBLG', 'SGB_III', 'NONE'];
const DULDUNG_OR_GESTATTUNG = ['GESTATTUNG', 'DULDUNG', 'DULDUNG_60B', 'AUSBILDUNGSDULDUNG', 'BESCHAEFTIGUNGSDULDUNG'];
const FIRST_START = '2024-01-08';

// --- persons ---------------------------------------------------------------------------------------

const GIVEN_NAMES = [
  'Amani',
  'Bahar',
  'Dawit',
  'Elif',
  'Farid',
  'Ghazal',
  'Hamid',
  'Idris',
  'Jamila',
  'Karim',
  'Leyla',
  'Mahmoud',
  'Nour',
  'Omid',
  'Parisa',
  'Rahel',
  'Samir',
  'Tesfay',
  'Yasmin',
  'Zeynab',
  'Aziz',
  'Bilal',
  'Daria',
  'Esra',
  'Hadi',
  'Helen',
  'Ismail',
  'Lina',
  'Mariam',
  'Nabil',
  'Rania',
  'Sami',
  'Selam',
  'Tarek',
  'Walid',
  'Yonas',
];
const FAMILY_NAMES = [
  'Beispiel',
  'Muster',
  'Testmann',
  'Probst',
  'Demoglu',
  'Fiktiva',
  'Platzhalter',
  'Exemplar',
  'Modell',
  'Vorlage',
  'Annahme',
  'Entwurf',
  'Skizze',
  'Schablone',
  'Stellvertreter',
  'Attrappe',
  'Prototyp',
  'Simulant',
  'Imitat',
  'Zufall',
];
const ORIGINS: readonly (readonly [{ country: string; languages: string[] }, number])[] = [
  [{ country: 'SY', languages: ['ar'] }, 22],
  [{ country: 'SY', languages: ['ku', 'ar'] }, 6],
  [{ country: 'AF', languages: ['prs'] }, 12],
  [{ country: 'AF', languages: ['ps', 'prs'] }, 6],
  [{ country: 'IQ', languages: ['ar', 'ku'] }, 9],
  [{ country: 'ER', languages: ['ti'] }, 5],
  [{ country: 'SO', languages: ['so'] }, 4],
  [{ country: 'GN', languages: ['fr'] }, 5],
  [{ country: 'NG', languages: ['en'] }, 4],
  [{ country: 'IRN', languages: ['fa'] }, 5],
  [{ country: 'TR', languages: ['tr', 'ku'] }, 10],
  [{ country: 'UA', languages: ['uk', 'ru'] }, 8],
  [{ country: 'GE', languages: ['ka'] }, 2],
  [{ country: 'XK', languages: ['sq'] }, 2],
];
const REGIME_AT_START: readonly (readonly [string, number])[] = [
  ['SGB_II', 66.7],
  ['ASYLBLG', 24],
  ['SGB_XII', 3.3],
  ['SGB_III', 3],
  ['NONE', 3],
];
const STATUS_UNDER_ASYLBLG: readonly (readonly [string, number])[] = [
  ['GESTATTUNG', 50],
  ['DULDUNG', 35],
  ['DULDUNG_60B', 5],
  ['AUSBILDUNGSDULDUNG', 6],
  ['BESCHAEFTIGUNGSDULDUNG', 4],
];
const STATUS_OTHERWISE: readonly (readonly [string, number])[] = [
  ['AE_OTHER', 52],
  ['AE_25A', 22],
  ['AE_104C', 14],
  ['AE_16G', 6],
  ['AUSBILDUNGSDULDUNG', 3],
  ['BESCHAEFTIGUNGSDULDUNG', 3],
];
const GERMAN_LEVELS: readonly (readonly [string | null, number])[] = [
  [null, 8],
  ['A1', 15],
  ['A2', 25],
  ['B1', 28],
  ['B2', 15],
  ['C1', 9],
];
const SCHOOL_DEGREES: readonly (readonly [string, number])[] = [
  ['NONE', 30],
  ['FOERDERSCHULABSCHLUSS', 2],
  ['ERSTER_SCHULABSCHLUSS', 14],
  ['ERWEITERTER_ERSTER_SCHULABSCHLUSS', 10],
  ['FACHOBERSCHULREIFE', 10],
  ['FACHHOCHSCHULREIFE', 2],
  ['ABITUR', 2],
  ['FOREIGN_RECOGNISED', 10],
  ['FOREIGN_NOT_RECOGNISED', 20],
];
const OUTCOMES: readonly (readonly [string, number])[] = [
  ['QUALIFICATION_ACHIEVED', 40],
  ['PROGRESSED', 35],
  ['NO_PROGRESS', 25],
];

const isAufenthaltserlaubnis = (status: string): boolean => status.startsWith('AE_');

// --- the world -------------------------------------------------------------------------------------

export interface AreaSlices {
  personStart: number;
  personCount: number;
  organizations: ScaleOrganization[];
  offers: ScaleOffer[];
}

export class ScaleWorld {
  readonly size: ScaleSize;
  readonly areas: readonly ScaleArea[];
  readonly municipalities: readonly ScaleMunicipality[];
  readonly organizations: readonly ScaleOrganization[];
  readonly offers: readonly ScaleOffer[];
  /** Per area: its persons' index range, its organisations and offers. */
  readonly byArea: readonly AreaSlices[];
  /** The area whose case management the benchmark acts as (the one with the most persons) and its dedicated offers. */
  readonly benchAreaIndex: number;
  readonly benchOfferCount: number;
  private readonly personStarts: number[];
  /** Per area: offers that take part in generated enrollments, by end date; and those open for referrals. */
  private readonly enrollableByArea: ScaleOffer[][];
  private readonly referableByArea: ScaleOffer[][];
  private readonly allEnrollable: ScaleOffer[];

  constructor(
    scale: ScaleInput,
    readonly seed: number,
  ) {
    this.size = scaleSize(scale);
    if (this.size.areas < 1 || this.size.areas > NRW_AREAS.length)
      throw new Error(`A scale has 1 to ${NRW_AREAS.length} areas.`);
    this.areas = NRW_AREAS.slice(0, this.size.areas);
    this.municipalities = municipalitiesOf(this.areas);
    const weights = this.areas.map((a) => a.weight);
    const personCounts = apportion(this.size.persons, weights);
    this.personStarts = [];
    let start = 0;
    for (const count of personCounts) {
      this.personStarts.push(start);
      start += count;
    }
    this.benchAreaIndex = personCounts.reduce((best, count, i) => (count > personCounts[best] ? i : best), 0);
    const benchPersons = Math.max(1, personCounts[this.benchAreaIndex]);
    this.benchOfferCount = Math.max(1, Math.ceil(this.benchPairTarget() / Math.min(benchPersons, 10_000)));

    this.organizations = this.buildOrganizations(
      apportion(Math.max(0, this.size.organizations - CORE_KINDS.length * this.areas.length), weights),
    );
    const organizationsByArea = this.areas.map(() => [] as ScaleOrganization[]);
    for (const o of this.organizations) organizationsByArea[o.areaIndex].push(o);

    const generated = Math.max(0, this.size.offers - this.benchOfferCount);
    const offerCounts = apportion(generated, weights);
    const offers: ScaleOffer[] = [];
    offerCounts.forEach((count, areaIndex) => {
      for (let k = 0; k < count; k++)
        offers.push(this.buildOffer(offers.length, areaIndex, organizationsByArea[areaIndex]));
    });
    for (let k = 0; k < this.benchOfferCount; k++)
      offers.push(this.buildBenchOffer(offers.length, k, benchPersons, organizationsByArea[this.benchAreaIndex]));
    this.offers = offers;

    const offersByArea = this.areas.map(() => [] as ScaleOffer[]);
    for (const o of offers) offersByArea[o.areaIndex].push(o);
    this.byArea = this.areas.map((_, i) => ({
      personStart: this.personStarts[i],
      personCount: personCounts[i],
      organizations: organizationsByArea[i],
      offers: offersByArea[i],
    }));
    const byEnd = (a: ScaleOffer, b: ScaleOffer) =>
      a.endDate < b.endDate ? -1 : a.endDate > b.endDate ? 1 : a.index - b.index;
    this.enrollableByArea = offersByArea.map((list) =>
      list.filter((o) => !o.bench && o.status !== 'CANCELLED').sort(byEnd),
    );
    this.referableByArea = offersByArea.map((list) =>
      list.filter((o) => !o.bench && (o.status === 'OPEN' || o.status === 'PLANNED')),
    );
    this.allEnrollable = offers.filter((o) => !o.bench && o.status !== 'CANCELLED').sort(byEnd);
  }

  /** How many (person, bench offer) pairs the benchmark's write gets: 20,000 at nrw and above. */
  benchPairTarget(): number {
    const persons = this.size.persons > 0 ? this.size.persons : 1;
    return Math.min(20_000, Math.max(1, persons * 4));
  }

  areaOfPerson(index: number): number {
    let lo = 0;
    let hi = this.personStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.personStarts[mid] <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  personId(index: number): string {
    return deterministicId('person', `scale:${this.seed}:${index}`);
  }

  scaleReviewId(offerIndex: number): string {
    return deterministicId('quality-review', `scale:${this.seed}:${offerIndex}`);
  }

  caseManagerOf(areaIndex: number): ScaleOrganization {
    return this.byArea[areaIndex].organizations[CORE.caseManagement];
  }

  // --- organisations ---------------------------------------------------------------------------

  private buildOrganizations(extraCounts: number[]): ScaleOrganization[] {
    const list: ScaleOrganization[] = [];
    const add = (
      areaIndex: number,
      kind: ScaleOrganizationKind,
      name: string,
      areas: ScaleAreaOfWork[],
      ags: string,
      psa: boolean,
    ) => {
      const index = list.length;
      list.push({
        id: deterministicId('organization', `scale:${this.seed}:${index}`),
        index,
        areaIndex,
        name,
        kind,
        areas,
        ags,
        publicSocialAgency: psa,
        contactEmail: `kontakt@org${index}.example.org`,
        website: `https://org${index}.example.org`,
      });
    };
    this.areas.forEach((area, areaIndex) => {
      const main = area.gemeinden[0].ags;
      for (const core of CORE_KINDS)
        add(areaIndex, core.kind, core.name(area.name), core.areas, core.kreisLevel ? area.ags : main, core.psa);
      const random = recordRandom(this.seed, STREAM.organization, areaIndex);
      for (let k = 0; k < extraCounts[areaIndex]; k++) {
        const extra = EXTRA_KINDS[k % EXTRA_KINDS.length];
        const gemeinde = random.pick(area.gemeinden);
        add(
          areaIndex,
          extra.kind,
          `${extra.label} ${Math.floor(k / EXTRA_KINDS.length) + 1} ${gemeinde.name}`,
          extra.areas,
          gemeinde.ags,
          false,
        );
      }
    });
    return list;
  }

  // --- offers ------------------------------------------------------------------------------------

  private statusOn(start: string, end: string, random: Random): ScaleOfferStatus {
    if (end < REF) return 'FINISHED';
    if (start <= REF) return 'RUNNING';
    if (random.chance(0.03)) return 'CANCELLED';
    return start <= addDays(REF, 90) ? 'OPEN' : 'PLANNED';
  }

  private buildOffer(index: number, areaIndex: number, organizations: ScaleOrganization[]): ScaleOffer {
    const random = recordRandom(this.seed, STREAM.offer, index);
    const area = this.areas[areaIndex];
    const category = random.weighted(CATEGORY_TABLE);
    const profile = CATEGORIES[category];
    const kinds = PROVIDER_KINDS[category];
    const candidates = organizations.filter((o) => kinds.includes(o.kind));
    // The first fitting agency carries most of a category (the VHS most language courses), as in real towns.
    const provider =
      candidates.length === 0
        ? (organizations[9] ?? organizations[0])
        : random.chance(0.6)
          ? candidates[0]
          : random.pick(candidates);
    const startDate = addDays(FIRST_START, random.int(0, 1361));
    const endDate = addDays(startDate, random.int(profile.days[0], profile.days[1]));
    const status = this.statusOn(startDate, endDate, random);
    const targetOutcome = random.pick(profile.outcomes);
    const targetGermanLevel = targetOutcome === 'LANGUAGE_LEVEL' ? random.pick(['A2', 'B1', 'B1', 'B2']) : null;
    const ruleRoll = random.next();
    const residenceStatuses = ruleRoll < 0.08 ? DULDUNG_OR_GESTATTUNG : [];
    const benefitRegimes =
      ruleRoll < 0.15 ? NO_SGB_II_XII : category === 'EMPLOYMENT_SUPPORT' && ruleRoll < 0.5 ? ['SGB_II'] : [];
    const minGermanLevel =
      category === 'SCHOOL_DEGREE_COURSE' || category === 'QUALIFICATION'
        ? random.pick(['A2', 'B1'])
        : category === 'VOCATIONAL_TRAINING' && random.chance(0.5)
          ? 'A2'
          : null;
    const gemeinde = random.pick(area.gemeinden);
    const title = `${random.pick(profile.titles)} ${gemeinde.name} ${startDate.slice(0, 4)}/${(index % 9) + 1}`;
    return {
      id: deterministicId('offer', `scale:${this.seed}:${index}`),
      index,
      areaIndex,
      ags: gemeinde.ags,
      title,
      description: `${profile.titles[0]} für junge Geflüchtete von 18 bis 27 Jahren in ${gemeinde.name}.`,
      category,
      targetOutcome,
      targetGermanLevel,
      providerId: provider.id,
      startDate,
      endDate,
      hoursPerWeek: profile.hours ? random.int(profile.hours[0], profile.hours[1]) : null,
      seats: random.int(profile.seats[0], profile.seats[1]),
      status,
      minAge: 18,
      maxAge: random.chance(0.1) ? 25 : 27,
      residenceStatuses,
      benefitRegimes,
      minGermanLevel,
      bench: false,
    };
  }

  private buildBenchOffer(index: number, k: number, persons: number, organizations: ScaleOrganization[]): ScaleOffer {
    const area = this.areas[this.benchAreaIndex];
    return {
      id: deterministicId('offer', `scale:${this.seed}:bench:${k}`),
      index,
      areaIndex: this.benchAreaIndex,
      ags: area.gemeinden[0].ags,
      title: `Benchmark: Offene Sprechstunde ${area.name} ${k + 1}`,
      description:
        'Angebot des Benchmarks: nimmt jede Person auf, damit Einschreibungen unter Last gemessen werden können.',
      category: 'COUNSELLING',
      targetOutcome: 'STABILISATION',
      targetGermanLevel: null,
      providerId: organizations[CORE.jmd].id,
      startDate: '2026-01-05',
      endDate: '2027-12-17',
      hoursPerWeek: null,
      seats: Math.min(10_000, persons),
      status: 'OPEN',
      minAge: 0,
      maxAge: 99,
      residenceStatuses: [],
      benefitRegimes: [],
      minGermanLevel: null,
      bench: true,
    };
  }

  // --- persons -----------------------------------------------------------------------------------

  /** What every slice needs of a person: id, area, age and arrival (their own stream, cheap). */
  basics(index: number): ScalePersonBasics {
    const random = recordRandom(this.seed, STREAM.basics, index);
    const age = random.weighted([
      [18, 8],
      [19, 10],
      [20, 11],
      [21, 11],
      [22, 11],
      [23, 11],
      [24, 10],
      [25, 10],
      [26, 9],
      [27, 9],
    ]);
    // Born 1 to 360 days before the birthday that made them `age`: exactly `age` on the reference day.
    const dateOfBirth = addDays(yearsBefore(REF, age), -random.int(1, 360));
    const earliest = maxIso('2014-06-01', addDays(dateOfBirth, 14 * 365));
    const arrivalDate = addDays(earliest, random.int(0, Math.max(0, daysBetween(earliest, '2025-12-31'))));
    return { index, id: this.personId(index), areaIndex: this.areaOfPerson(index), dateOfBirth, arrivalDate };
  }

  person(index: number): ScalePerson {
    const basics = this.basics(index);
    const random = recordRandom(this.seed, STREAM.person, index);
    const area = this.areas[basics.areaIndex];
    const orgs = this.byArea[basics.areaIndex].organizations;
    const caseManager = orgs[CORE.caseManagement].id;
    const gemeinde =
      area.gemeinden[Math.min(area.gemeinden.length - 1, Math.floor(random.next() ** 1.6 * area.gemeinden.length))];
    const events: ScaleEvent[] = [
      {
        kind: 'REGISTERED',
        fields: ['givenName', 'familyName', 'dateOfBirth', 'municipalityAgs', 'caseManagingOrganizationId'],
        subjectId: null,
      },
    ];
    const periodId = (kind: string, i: number) => deterministicId(kind, `${basics.id}:${i}`);

    // The benefit regime at the start decides the likely residence status (AsylbLG goes with Gestattung or Duldung).
    const startRegime = random.weighted(REGIME_AT_START);
    const firstStatus = random.weighted(startRegime === 'ASYLBLG' ? STATUS_UNDER_ASYLBLG : STATUS_OTHERWISE);
    const statuses = [firstStatus];
    const roll = random.next();
    if (firstStatus === 'GESTATTUNG') {
      if (roll < 0.3) statuses.push('DULDUNG');
      else if (roll < 0.5) statuses.push('AE_OTHER');
    } else if (firstStatus === 'DULDUNG' && roll < 0.25)
      statuses.push(random.pick(['AUSBILDUNGSDULDUNG', 'AE_104C', 'AE_25A']));
    else if (firstStatus === 'AE_104C' && roll < 0.4) statuses.push('AE_25A');
    if (statuses.at(-1) === 'AUSBILDUNGSDULDUNG' && random.chance(0.3)) statuses.push('AE_OTHER');

    const residence: ScalePeriod[] = [];
    let from = addDays(basics.arrivalDate, 10);
    for (let i = 0; i < statuses.length; i++) {
      const next = i + 1 < statuses.length ? addDays(from, random.int(200, 700)) : null;
      // History never runs past the reference day.
      const last = next === null || next > REF;
      residence.push({
        id: periodId('residence-status-period', i),
        value: statuses[i],
        previous: i > 0 ? statuses[i - 1] : null,
        validFrom: from,
        validUntil: last ? null : addDays(next, -1),
      });
      events.push({ kind: 'RESIDENCE_STATUS_CHANGED', fields: ['status', 'validFrom'], subjectId: residence[i].id });
      if (last) break;
      from = next;
    }
    const currentStatus = residence[residence.length - 1].value;

    // Rechtskreiswechsel: AsylbLG to SGB II when a residence permit follows; some leave SGB II for training (SGB III) or work.
    const regimes: ScalePeriod[] = [];
    const regimePath: { regime: string; from: string }[] = [
      { regime: startRegime, from: addDays(basics.arrivalDate, 20) },
    ];
    const permit = residence.find((p) => isAufenthaltserlaubnis(p.value));
    if (startRegime === 'ASYLBLG' && permit && !isAufenthaltserlaubnis(residence[0].value)) {
      regimePath.push({
        regime: 'SGB_II',
        from: maxIso(addDays(permit.validFrom, 30), addDays(regimePath[0].from, 1)),
      });
    }
    const lastRegime = regimePath[regimePath.length - 1];
    if (lastRegime.regime === 'SGB_II' && random.chance(0.1))
      regimePath.push({
        regime: random.pick(['SGB_III', 'NONE']),
        from: addDays(lastRegime.from, random.int(300, 900)),
      });
    for (let i = 0; i < regimePath.length; i++) {
      if (regimePath[i].from > REF) break;
      const next = regimePath[i + 1] && regimePath[i + 1].from <= REF ? regimePath[i + 1].from : null;
      regimes.push({
        id: periodId('benefit-regime-period', i),
        value: regimePath[i].regime,
        previous: i > 0 ? regimePath[i - 1].regime : null,
        validFrom: regimePath[i].from,
        validUntil: next ? addDays(next, -1) : null,
      });
      events.push({ kind: 'BENEFIT_REGIME_CHANGED', fields: ['regime', 'validFrom'], subjectId: regimes[i].id });
    }
    const currentRegime = regimes[regimes.length - 1].value;

    const germanLevel = random.weighted(GERMAN_LEVELS);
    const schoolDegree = random.weighted(SCHOOL_DEGREES);
    const inTraining = random.chance(0.12);
    const foreign = random.chance(0.08);
    const origin = random.weighted(ORIGINS);
    const goals =
      schoolDegree === 'FACHOBERSCHULREIFE' || schoolDegree === 'FACHHOCHSCHULREIFE' || schoolDegree === 'ABITUR'
        ? ['VOCATIONAL_QUALIFICATION']
        : ['FACHOBERSCHULREIFE', random.chance(0.5) ? 'LANGUAGE_LEVEL' : 'EMPLOYMENT'];

    // Needs follow from the situation; about half still open (the demand the gap analysis compares with free seats).
    const categories = new Set<string>();
    if (germanLevel === null || germanLevel === 'A1' || germanLevel === 'A2') categories.add('LANGUAGE');
    if (schoolDegree === 'NONE' || schoolDegree === 'FOREIGN_NOT_RECOGNISED') categories.add('SCHOOL_DEGREE');
    if (!inTraining && random.chance(0.45))
      categories.add(random.pick(['VOCATIONAL_PREPARATION', 'VOCATIONAL_TRAINING', 'EMPLOYMENT']));
    if (DULDUNG_OR_GESTATTUNG.includes(currentStatus) && random.chance(0.35)) categories.add('RESIDENCE_COUNSELLING');
    if (random.chance(0.15)) categories.add(random.pick(['HOUSING', 'MENTORING', 'CHILDCARE', 'HEALTH', 'OTHER']));
    const needs: ScaleNeed[] = [...categories].map((category, i) => {
      const status = random.weighted([
        ['OPEN', 50],
        ['IN_PROGRESS', 25],
        ['MET', 15],
        ['CLOSED', 10],
      ] as const);
      const recordedAt = maxIso(addDays(basics.arrivalDate, 30), addDays('2024-01-01', random.int(0, 1000)));
      return {
        id: deterministicId('need', `${basics.id}:${i}`),
        category,
        status,
        recordedAt: minIso(recordedAt, REF),
      };
    });
    for (const n of needs) events.push({ kind: 'NEED_RECORDED', fields: ['category', 'status'], subjectId: n.id });

    // The case management holds consent for nearly everyone (so its staff may share with partners); the JMD for about half; the Jobcenter by §69 SGB X.
    const consents: ScaleConsent[] = [];
    const grantedAt = () => minIso(addDays(maxIso(basics.arrivalDate, '2023-01-01'), random.int(15, 400)), REF);
    if (random.chance(0.92)) {
      consents.push({
        id: deterministicId('consent', `${basics.id}:case-management`),
        organizationId: caseManager,
        purposes: ['COUNSELLING', 'REFERRAL', 'ENROLLMENT'],
        legalBasis: 'CONSENT',
        evidenceReference: `Akte KIM/${area.ags}/${index + 1}`,
        noticeVersion: 'DS-Hinweis 2021-03',
        grantedAt: grantedAt(),
        revokedAt: null,
      });
    }
    const jmd = orgs[CORE.jmd].id;
    let jmdConsent: ScaleConsent | null = null;
    if (random.chance(0.45)) {
      const granted = grantedAt();
      jmdConsent = {
        id: deterministicId('consent', `${basics.id}:jmd`),
        organizationId: jmd,
        purposes: ['COUNSELLING', 'REFERRAL'],
        legalBasis: 'CONSENT',
        evidenceReference: `Akte KIM/${area.ags}/${index + 1}`,
        noticeVersion: 'DS-Hinweis 2021-03',
        grantedAt: granted,
        revokedAt: random.chance(0.04) ? minIso(addDays(granted, random.int(30, 300)), REF) : null,
      };
      consents.push(jmdConsent);
    }
    if (currentRegime === 'SGB_II' && random.chance(0.5)) {
      consents.push({
        id: deterministicId('consent', `${basics.id}:jobcenter`),
        organizationId: orgs[CORE.jobcenter].id,
        purposes: ['COUNSELLING', 'ENROLLMENT'],
        legalBasis: 'SGB_X_69',
        evidenceReference: '§69 Abs. 1 Nr. 1 SGB X',
        noticeVersion: null,
        grantedAt: grantedAt(),
        revokedAt: null,
      });
    }
    for (const c of consents) {
      events.push({ kind: 'CONSENT_GRANTED', fields: ['organizationId', 'purposes', 'legalBasis'], subjectId: c.id });
      if (c.revokedAt) events.push({ kind: 'CONSENT_REVOKED', fields: ['revokedAt'], subjectId: c.id });
    }

    const referrals: ScaleReferral[] = [];
    if (jmdConsent && !jmdConsent.revokedAt && random.chance(0.25)) {
      const status = random.pick(['REQUESTED', 'ACCEPTED', 'COMPLETED'] as const);
      const requestedAt = minIso(addDays(jmdConsent.grantedAt, random.int(1, 200)), REF);
      referrals.push({
        id: deterministicId('referral', `${basics.id}:jmd`),
        toOrganizationId: jmd,
        toOfferId: null,
        purpose: 'COUNSELLING',
        consentId: jmdConsent.id,
        status,
        requestedAt,
        answeredAt: status === 'REQUESTED' ? null : addDays(requestedAt, 7),
        closedAt: status === 'COMPLETED' ? addDays(requestedAt, 60) : null,
      });
    }
    const local = this.referableByArea[basics.areaIndex];
    if (local.length > 0 && random.chance(0.06)) {
      referrals.push({
        id: deterministicId('referral', `${basics.id}:offer`),
        toOrganizationId: null,
        toOfferId: random.pick(local).id,
        purpose: 'ENROLLMENT',
        consentId: null,
        status: 'REQUESTED',
        requestedAt: addDays(REF, -random.int(1, 60)),
        answeredAt: null,
        closedAt: null,
      });
    }
    for (const r of referrals)
      events.push({
        kind: 'REFERRAL_REQUESTED',
        fields: r.toOfferId ? ['toOfferId', 'purpose'] : ['toOrganizationId', 'purpose'],
        subjectId: r.id,
      });

    return {
      ...basics,
      municipalityAgs: gemeinde.ags,
      givenName: random.pick(GIVEN_NAMES),
      familyName: random.pick(FAMILY_NAMES),
      gender: random.weighted([
        ['MALE', 62],
        ['FEMALE', 35],
        ['DIVERSE', 1],
        ['UNSPECIFIED', 2],
      ] as const),
      countryOfOrigin: origin.country,
      languages: origin.languages,
      germanLevel,
      germanLevelCertified: germanLevel !== null && random.chance(0.4),
      caseManagingOrganizationId: caseManager,
      schoolDegree,
      vocationalDqrLevel: foreign ? random.int(2, 4) : null,
      vocationalInTraining: inTraining,
      vocationalForeign: foreign,
      vocationalForeignRecognised: foreign ? random.chance(0.5) : null,
      goals,
      residence,
      regimes,
      needs,
      consents,
      referrals,
      events,
    };
  }

  /** Persons `from` to `to - 1` in chunks, in index order. */
  *personChunks(chunkSize: number, from = 0, to = this.size.persons): Generator<ScalePerson[]> {
    for (let start = from; start < to; start += chunkSize) {
      const chunk: ScalePerson[] = [];
      for (let i = start; i < Math.min(to, start + chunkSize); i++) chunk.push(this.person(i));
      yield chunk;
    }
  }

  // --- enrollments --------------------------------------------------------------------------------

  /**
   * A person's intended enrollments, before seats are counted: 2 to 5 local offers (about 3.9 on
   * average), and for about one in 25 a measure career of three finished measures without progress.
   * Pure, so the benchmark's fixtures can tell who has enrollments without loading anything.
   */
  enrollmentPlan(index: number): ScaleEnrollment[] {
    const basics = this.basics(index);
    const random = recordRandom(this.seed, STREAM.plan, index);
    const local = this.enrollableByArea[basics.areaIndex];
    const pool = local.length > 0 ? local : this.allEnrollable;
    if (pool.length === 0) return [];
    // The pool is sorted by end date: offers that ended before the person arrived form a prefix, finished ones (ended before the reference day) the next stretch.
    const arrivedAt = firstEndingOnOrAfter(pool, basics.arrivalDate);
    const from = pool.length - arrivedAt >= 8 ? arrivedAt : 0;
    const finishedEnd = Math.max(from, firstEndingOnOrAfter(pool, REF));
    const candidate = () => pool[from + Math.floor(random.next() * (pool.length - from))];
    const finishedCount = finishedEnd - from;
    const career = finishedCount >= 3 && random.chance(0.04);
    const count = career ? 3 + random.int(0, 2) : random.pick([2, 3, 3, 4, 4, 4, 4, 5, 5, 5]);
    const chosen = new Set<number>();
    const picks: ScaleOffer[] = [];
    for (let attempt = 0; picks.length < count && attempt < count * 4; attempt++) {
      const offer = career && picks.length < 3 ? pool[from + Math.floor(random.next() * finishedCount)] : candidate();
      if (chosen.has(offer.index)) continue;
      chosen.add(offer.index);
      picks.push(offer);
    }
    picks.sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : a.index - b.index));
    return picks.map((offer, k) => {
      const id = deterministicId('enrollment', `scale:${this.seed}:${index}:${k}`);
      const appliedOn = minIso(addDays(offer.startDate, -random.int(7, 60)), addDays(REF, -random.int(0, 30)));
      const base = {
        id,
        personId: basics.id,
        offerId: offer.id,
        offerIndex: offer.index,
        appliedOn,
        enrolledOn: null,
        endedOn: null,
        outcome: null,
        reason: null,
      };
      const startOn = maxIso(appliedOn, offer.startDate);
      if (career && k < 3 && offer.status === 'FINISHED') {
        return random.chance(0.5)
          ? {
              ...base,
              status: 'COMPLETED' as const,
              enrolledOn: startOn,
              endedOn: maxIso(offer.endDate, startOn),
              outcome: 'NO_PROGRESS',
            }
          : {
              ...base,
              status: 'DROPPED_OUT' as const,
              enrolledOn: startOn,
              endedOn: maxIso(addDays(offer.startDate, random.int(20, 90)), startOn),
              outcome: 'DROPPED_OUT',
              reason: 'Kein regelmäßiger Besuch.',
            };
      }
      const roll = random.next();
      switch (offer.status) {
        case 'FINISHED':
          if (roll < 0.65)
            return {
              ...base,
              status: 'COMPLETED' as const,
              enrolledOn: startOn,
              endedOn: maxIso(offer.endDate, startOn),
              outcome: random.weighted(OUTCOMES),
            };
          if (roll < 0.8)
            return {
              ...base,
              status: 'DROPPED_OUT' as const,
              enrolledOn: startOn,
              endedOn: maxIso(addDays(offer.startDate, random.int(20, 120)), startOn),
              outcome: 'DROPPED_OUT',
              reason: 'Abbruch nach Umzug oder Arbeitsaufnahme.',
            };
          if (roll < 0.9)
            return {
              ...base,
              status: 'REJECTED' as const,
              endedOn: addDays(appliedOn, 14),
              reason: 'Voraussetzungen nicht erfüllt.',
            };
          return {
            ...base,
            status: 'WITHDRAWN' as const,
            endedOn: addDays(appliedOn, 10),
            reason: 'Andere Maßnahme begonnen.',
          };
        case 'RUNNING':
          if (roll < 0.75) return { ...base, status: 'ENROLLED' as const, enrolledOn: startOn };
          if (roll < 0.8)
            return {
              ...base,
              status: 'DROPPED_OUT' as const,
              enrolledOn: startOn,
              endedOn: maxIso(minIso(addDays(offer.startDate, 30), REF), startOn),
              outcome: 'DROPPED_OUT',
              reason: 'Abbruch.',
            };
          if (roll < 0.92) return { ...base, status: 'APPLIED' as const };
          return { ...base, status: 'WITHDRAWN' as const, endedOn: addDays(appliedOn, 10), reason: 'Zurückgezogen.' };
        default:
          if (roll < 0.7 || offer.status === 'PLANNED')
            return roll < 0.9
              ? { ...base, status: 'APPLIED' as const }
              : { ...base, status: 'WITHDRAWN' as const, endedOn: addDays(appliedOn, 10), reason: 'Zurückgezogen.' };
          return { ...base, status: 'ENROLLED' as const, enrolledOn: addDays(appliedOn, random.int(0, 7)) };
      }
    });
  }

  /**
   * Every enrollment in person order, in chunks. Seats are counted as the database's trigger counts
   * them (ENROLLED and COMPLETED hold one); a seat-holding intent for a full offer becomes a rejected
   * application, so no offer is ever overbooked.
   */
  *enrollmentChunks(chunkSize: number): Generator<{ enrollments: ScaleEnrollment[]; personsDone: number }> {
    const taken = new Int32Array(this.offers.length);
    let chunk: ScaleEnrollment[] = [];
    for (let i = 0; i < this.size.persons; i++) {
      for (const e of this.enrollmentPlan(i)) {
        if (SEAT_HOLDING.has(e.status)) {
          if (taken[e.offerIndex] >= this.offers[e.offerIndex].seats) {
            chunk.push({
              ...e,
              status: 'REJECTED',
              enrolledOn: null,
              endedOn: addDays(e.appliedOn, 14),
              outcome: null,
              reason: 'Keine freien Plätze mehr.',
            });
            continue;
          }
          taken[e.offerIndex] += 1;
        }
        chunk.push(e);
      }
      if (chunk.length >= chunkSize) {
        yield { enrollments: chunk, personsDone: i + 1 };
        chunk = [];
      }
    }
    if (chunk.length > 0 || this.size.persons === 0) yield { enrollments: chunk, personsDone: this.size.persons };
  }

  /** Today's facts of a person as the offers subgraph's eligibility check wants them. */
  eligibilityFacts(index: number): {
    age: number;
    germanLevel: string | null;
    residenceStatus: string | null;
    benefitRegime: string | null;
  } {
    const p = this.person(index);
    return {
      age: ageOnToday(p.dateOfBirth),
      germanLevel: p.germanLevel,
      residenceStatus: p.residence[p.residence.length - 1].value,
      benefitRegime: p.regimes[p.regimes.length - 1].value,
    };
  }
}

/** Index of the first offer (sorted by end date) that ends on or after `day`. */
function firstEndingOnOrAfter(sorted: readonly ScaleOffer[], day: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].endDate < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Age on the real today: what a case manager would send with an enrollment now. */
function ageOnToday(dateOfBirth: string): number {
  return ageOn(dateOfBirth, new Date().toISOString().slice(0, 10));
}
