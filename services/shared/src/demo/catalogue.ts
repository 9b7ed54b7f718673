import { deterministicId } from '../ids/deterministic-id';

/**
 * The demo world every slice agrees on: municipalities (real AGS), organisations, offers and the
 * number of demo persons per municipality. Each subgraph loads only its own part; ids come from
 * these keys, so a slice can point at another slice's rows without ever reading its database.
 */

export type DemoMunicipalityKind = 'KREIS' | 'KREISFREIE_STADT' | 'KREISANGEHOERIGE_KOMMUNE';

export interface DemoMunicipality {
  ags: string;
  name: string;
  kind: DemoMunicipalityKind;
  parentAgs: string | null;
}

export const DEMO_MUNICIPALITIES: readonly DemoMunicipality[] = [
  { ags: '05566', name: 'Kreis Steinfurt', kind: 'KREIS', parentAgs: null },
  { ags: '05566076', name: 'Rheine', kind: 'KREISANGEHOERIGE_KOMMUNE', parentAgs: '05566' },
  { ags: '05162', name: 'Rhein-Kreis Neuss', kind: 'KREIS', parentAgs: null },
  { ags: '05162004', name: 'Dormagen', kind: 'KREISANGEHOERIGE_KOMMUNE', parentAgs: '05162' },
  { ags: '05162008', name: 'Grevenbroich', kind: 'KREISANGEHOERIGE_KOMMUNE', parentAgs: '05162' },
  { ags: '05162012', name: 'Jüchen', kind: 'KREISANGEHOERIGE_KOMMUNE', parentAgs: '05162' },
  { ags: '05162016', name: 'Kaarst', kind: 'KREISANGEHOERIGE_KOMMUNE', parentAgs: '05162' },
  { ags: '05162020', name: 'Korschenbroich', kind: 'KREISANGEHOERIGE_KOMMUNE', parentAgs: '05162' },
  { ags: '05162022', name: 'Meerbusch', kind: 'KREISANGEHOERIGE_KOMMUNE', parentAgs: '05162' },
  { ags: '05162024', name: 'Neuss', kind: 'KREISANGEHOERIGE_KOMMUNE', parentAgs: '05162' },
  { ags: '05162028', name: 'Rommerskirchen', kind: 'KREISANGEHOERIGE_KOMMUNE', parentAgs: '05162' },
];

export type DemoOrganizationKind =
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

export type DemoArea = 'MIGRATION_UND_INTEGRATION' | 'ARBEIT_UND_WIRTSCHAFT' | 'SOZIALES' | 'BILDUNG';

export interface DemoOrganization {
  key: string;
  name: string;
  kind: DemoOrganizationKind;
  areas: DemoArea[];
  ags: string;
  /** Public social agency under §35 SGB I (matters for sharing under §69 SGB X). */
  publicSocialAgency: boolean;
}

export const DEMO_ORGANIZATIONS: readonly DemoOrganization[] = [
  {
    key: 'jc-steinfurt',
    name: 'Jobcenter Kreis Steinfurt',
    kind: 'JOBCENTER',
    areas: ['ARBEIT_UND_WIRTSCHAFT', 'SOZIALES'],
    ags: '05566',
    publicSocialAgency: true,
  },
  {
    key: 'aa-rheine',
    name: 'Agentur für Arbeit Rheine',
    kind: 'AGENTUR_FUER_ARBEIT',
    areas: ['ARBEIT_UND_WIRTSCHAFT'],
    ags: '05566076',
    publicSocialAgency: true,
  },
  {
    key: 'abh-steinfurt',
    name: 'Ausländerbehörde Kreis Steinfurt',
    kind: 'AUSLAENDERBEHOERDE',
    areas: ['MIGRATION_UND_INTEGRATION'],
    ags: '05566',
    publicSocialAgency: false,
  },
  {
    key: 'sozialamt-rheine',
    name: 'Sozialamt Stadt Rheine',
    kind: 'SOZIALAMT',
    areas: ['SOZIALES'],
    ags: '05566076',
    publicSocialAgency: true,
  },
  {
    key: 'jugendamt-rheine',
    name: 'Jugendamt Stadt Rheine',
    kind: 'JUGENDAMT',
    areas: ['SOZIALES'],
    ags: '05566076',
    publicSocialAgency: true,
  },
  {
    key: 'ki-steinfurt',
    name: 'Kommunales Integrationszentrum Kreis Steinfurt',
    kind: 'KOMMUNALES_INTEGRATIONSZENTRUM',
    areas: ['MIGRATION_UND_INTEGRATION', 'BILDUNG'],
    ags: '05566',
    publicSocialAgency: false,
  },
  {
    key: 'kim-rheine',
    name: 'Teilhabemanagement Stadt Rheine',
    kind: 'KOMMUNALES_INTEGRATIONSZENTRUM',
    areas: ['MIGRATION_UND_INTEGRATION', 'SOZIALES'],
    ags: '05566076',
    publicSocialAgency: true,
  },
  {
    key: 'jmd-rheine',
    name: 'Jugendmigrationsdienst Rheine',
    kind: 'JUGENDMIGRATIONSDIENST',
    areas: ['MIGRATION_UND_INTEGRATION'],
    ags: '05566076',
    publicSocialAgency: false,
  },
  {
    key: 'fb-rheine',
    name: 'Flüchtlingsberatung Rheine',
    kind: 'REFUGEE_COUNSELLING',
    areas: ['MIGRATION_UND_INTEGRATION'],
    ags: '05566076',
    publicSocialAgency: false,
  },
  {
    key: 'schulamt-steinfurt',
    name: 'Schulamt für den Kreis Steinfurt',
    kind: 'SCHOOL_SUPERVISION',
    areas: ['BILDUNG'],
    ags: '05566',
    publicSocialAgency: false,
  },
  {
    key: 'vhs-rheine',
    name: 'Volkshochschule Rheine',
    kind: 'ADULT_EDUCATION',
    areas: ['BILDUNG'],
    ags: '05566076',
    publicSocialAgency: false,
  },
  {
    key: 'bk-rheine',
    name: 'Berufskolleg Rheine',
    kind: 'BERUFSKOLLEG',
    areas: ['BILDUNG'],
    ags: '05566076',
    publicSocialAgency: false,
  },
  {
    key: 'paten-rheine',
    name: 'Patenschaftsnetz Rheine e. V.',
    kind: 'VOLUNTEER_INITIATIVE',
    areas: ['MIGRATION_UND_INTEGRATION'],
    ags: '05566076',
    publicSocialAgency: false,
  },
  {
    key: 'jc-rkn',
    name: 'Jobcenter Rhein-Kreis Neuss',
    kind: 'JOBCENTER',
    areas: ['ARBEIT_UND_WIRTSCHAFT', 'SOZIALES'],
    ags: '05162',
    publicSocialAgency: true,
  },
  {
    key: 'aa-neuss',
    name: 'Agentur für Arbeit Mönchengladbach, Geschäftsstelle Neuss',
    kind: 'AGENTUR_FUER_ARBEIT',
    areas: ['ARBEIT_UND_WIRTSCHAFT'],
    ags: '05162024',
    publicSocialAgency: true,
  },
  {
    key: 'abh-rkn',
    name: 'Ausländerbehörde Rhein-Kreis Neuss',
    kind: 'AUSLAENDERBEHOERDE',
    areas: ['MIGRATION_UND_INTEGRATION'],
    ags: '05162',
    publicSocialAgency: false,
  },
  {
    key: 'sozialamt-rkn',
    name: 'Sozialamt Rhein-Kreis Neuss',
    kind: 'SOZIALAMT',
    areas: ['SOZIALES'],
    ags: '05162',
    publicSocialAgency: true,
  },
  {
    key: 'jugendamt-rkn',
    name: 'Kreisjugendamt Rhein-Kreis Neuss',
    kind: 'JUGENDAMT',
    areas: ['SOZIALES'],
    ags: '05162',
    publicSocialAgency: true,
  },
  {
    key: 'ki-rkn',
    name: 'Kommunales Integrationszentrum Rhein-Kreis Neuss',
    kind: 'KOMMUNALES_INTEGRATIONSZENTRUM',
    areas: ['MIGRATION_UND_INTEGRATION', 'BILDUNG'],
    ags: '05162',
    publicSocialAgency: true,
  },
  {
    key: 'jmd-neuss',
    name: 'Jugendmigrationsdienst Neuss',
    kind: 'JUGENDMIGRATIONSDIENST',
    areas: ['MIGRATION_UND_INTEGRATION'],
    ags: '05162024',
    publicSocialAgency: false,
  },
  {
    key: 'jmd-grevenbroich',
    name: 'Jugendmigrationsdienst Grevenbroich',
    kind: 'JUGENDMIGRATIONSDIENST',
    areas: ['MIGRATION_UND_INTEGRATION'],
    ags: '05162008',
    publicSocialAgency: false,
  },
  {
    key: 'mbe-neuss',
    name: 'Migrationsberatung für erwachsene Zuwanderer Neuss',
    kind: 'MIGRATION_COUNSELLING',
    areas: ['MIGRATION_UND_INTEGRATION'],
    ags: '05162024',
    publicSocialAgency: false,
  },
  {
    key: 'fb-rkn',
    name: 'Flüchtlingsberatung im Rhein-Kreis Neuss',
    kind: 'REFUGEE_COUNSELLING',
    areas: ['MIGRATION_UND_INTEGRATION'],
    ags: '05162',
    publicSocialAgency: false,
  },
  {
    key: 'schulamt-rkn',
    name: 'Schulamt für den Rhein-Kreis Neuss',
    kind: 'SCHOOL_SUPERVISION',
    areas: ['BILDUNG'],
    ags: '05162',
    publicSocialAgency: false,
  },
  {
    key: 'vhs-neuss',
    name: 'Volkshochschule Neuss',
    kind: 'ADULT_EDUCATION',
    areas: ['BILDUNG'],
    ags: '05162024',
    publicSocialAgency: false,
  },
  {
    key: 'vhs-dormagen',
    name: 'Volkshochschule Dormagen',
    kind: 'ADULT_EDUCATION',
    areas: ['BILDUNG'],
    ags: '05162004',
    publicSocialAgency: false,
  },
  {
    key: 'bk-neuss',
    name: 'Berufskolleg für Technik und Informatik Neuss',
    kind: 'BERUFSKOLLEG',
    areas: ['BILDUNG'],
    ags: '05162024',
    publicSocialAgency: false,
  },
  {
    key: 'bk-grevenbroich',
    name: 'Berufskolleg Grevenbroich',
    kind: 'BERUFSKOLLEG',
    areas: ['BILDUNG'],
    ags: '05162008',
    publicSocialAgency: false,
  },
  {
    key: 'ihk-mn',
    name: 'IHK Mittlerer Niederrhein, Geschäftsstelle Neuss',
    kind: 'CHAMBER',
    areas: ['ARBEIT_UND_WIRTSCHAFT'],
    ags: '05162024',
    publicSocialAgency: false,
  },
  {
    key: 'fh-kaarst',
    name: 'Flüchtlingshilfe Kaarst',
    kind: 'VOLUNTEER_INITIATIVE',
    areas: ['MIGRATION_UND_INTEGRATION'],
    ags: '05162016',
    publicSocialAgency: false,
  },
  {
    key: 'fh-meerbusch',
    name: 'Flüchtlingshilfe Meerbusch',
    kind: 'VOLUNTEER_INITIATIVE',
    areas: ['MIGRATION_UND_INTEGRATION'],
    ags: '05162022',
    publicSocialAgency: false,
  },
];

export type DemoOfferCategory =
  | 'LANGUAGE_COURSE'
  | 'SCHOOL_DEGREE_COURSE'
  | 'VOCATIONAL_PREPARATION'
  | 'VOCATIONAL_TRAINING'
  | 'QUALIFICATION'
  | 'EMPLOYMENT_SUPPORT'
  | 'YOUTH_WELFARE'
  | 'MENTORING'
  | 'COUNSELLING';

export interface DemoOffer {
  key: string;
  title: string;
  providerKey: string;
  ags: string;
  category: DemoOfferCategory;
  seats: number;
}

export const DEMO_OFFERS: readonly DemoOffer[] = [
  {
    key: 'rheine-integrationskurs-alpha',
    title: 'Integrationskurs mit Alphabetisierung',
    providerKey: 'vhs-rheine',
    ags: '05566076',
    category: 'LANGUAGE_COURSE',
    seats: 16,
  },
  {
    key: 'rheine-berufssprachkurs-b1',
    title: 'Berufssprachkurs B1',
    providerKey: 'vhs-rheine',
    ags: '05566076',
    category: 'LANGUAGE_COURSE',
    seats: 18,
  },
  {
    key: 'rheine-fachoberschulreife-abend',
    title: 'Fachoberschulreife im Abendkurs',
    providerKey: 'vhs-rheine',
    ags: '05566076',
    category: 'SCHOOL_DEGREE_COURSE',
    seats: 15,
  },
  {
    key: 'rheine-ausbildungsvorbereitung',
    title: 'Ausbildungsvorbereitung für junge Geflüchtete',
    providerKey: 'bk-rheine',
    ags: '05566076',
    category: 'VOCATIONAL_PREPARATION',
    seats: 12,
  },
  {
    key: 'rheine-jc-aktivierung',
    title: 'Aktivierung und berufliche Eingliederung (§45 SGB III)',
    providerKey: 'jc-steinfurt',
    ags: '05566076',
    category: 'EMPLOYMENT_SUPPORT',
    seats: 10,
  },
  {
    key: 'rheine-jmd-beratung',
    title: 'Beratung und Begleitung junger Zugewanderter',
    providerKey: 'jmd-rheine',
    ags: '05566076',
    category: 'COUNSELLING',
    seats: 40,
  },
  {
    key: 'rheine-patenschaften',
    title: 'Ehrenamtliche Ausbildungspatenschaften',
    providerKey: 'paten-rheine',
    ags: '05566076',
    category: 'MENTORING',
    seats: 25,
  },
  {
    key: 'neuss-integrationskurs',
    title: 'Integrationskurs für junge Erwachsene',
    providerKey: 'vhs-neuss',
    ags: '05162024',
    category: 'LANGUAGE_COURSE',
    seats: 20,
  },
  {
    key: 'neuss-hauptschulabschluss',
    title: 'Hauptschulabschluss nach Klasse 10 im Tageskurs',
    providerKey: 'vhs-neuss',
    ags: '05162024',
    category: 'SCHOOL_DEGREE_COURSE',
    seats: 14,
  },
  {
    key: 'neuss-fachoberschulreife',
    title: 'Fachoberschulreife für Zugewanderte',
    providerKey: 'vhs-neuss',
    ags: '05162024',
    category: 'SCHOOL_DEGREE_COURSE',
    seats: 12,
  },
  {
    key: 'neuss-ausbildungsvorbereitung',
    title: 'Internationale Förderklasse Ausbildungsvorbereitung',
    providerKey: 'bk-neuss',
    ags: '05162024',
    category: 'VOCATIONAL_PREPARATION',
    seats: 16,
  },
  {
    key: 'neuss-jc-coaching',
    title: 'Coaching Durchstarten in Ausbildung und Arbeit',
    providerKey: 'jc-rkn',
    ags: '05162024',
    category: 'EMPLOYMENT_SUPPORT',
    seats: 15,
  },
  {
    key: 'neuss-jmd-beratung',
    title: 'Jugendmigrationsdienst Sprechstunde Neuss',
    providerKey: 'jmd-neuss',
    ags: '05162024',
    category: 'COUNSELLING',
    seats: 40,
  },
  {
    key: 'dormagen-sprachkurs-a2',
    title: 'Sprachkurs A2 mit Kinderbetreuung',
    providerKey: 'vhs-dormagen',
    ags: '05162004',
    category: 'LANGUAGE_COURSE',
    seats: 14,
  },
  {
    key: 'dormagen-pflegehilfe',
    title: 'Qualifizierung Pflegehelferin / Pflegehelfer',
    providerKey: 'vhs-dormagen',
    ags: '05162004',
    category: 'QUALIFICATION',
    seats: 10,
  },
  {
    key: 'grevenbroich-ausbildungsvorbereitung',
    title: 'Ausbildungsvorbereitung Metall und Elektro',
    providerKey: 'bk-grevenbroich',
    ags: '05162008',
    category: 'VOCATIONAL_PREPARATION',
    seats: 12,
  },
  {
    key: 'grevenbroich-einstiegsqualifizierung',
    title: 'Einstiegsqualifizierung im Handwerk',
    providerKey: 'ihk-mn',
    ags: '05162008',
    category: 'VOCATIONAL_TRAINING',
    seats: 8,
  },
  {
    key: 'kaarst-mentoring',
    title: 'Mentoring Schule und Beruf',
    providerKey: 'fh-kaarst',
    ags: '05162016',
    category: 'MENTORING',
    seats: 15,
  },
  {
    key: 'meerbusch-mentoring',
    title: 'Lernpatenschaften Meerbusch',
    providerKey: 'fh-meerbusch',
    ags: '05162022',
    category: 'MENTORING',
    seats: 12,
  },
];

/** Demo persons per municipality: about 100 in Rheine (its 2019 committee paper), a few hundred in all. */
export const DEMO_PERSON_COUNTS: Readonly<Record<string, number>> = {
  '05566076': 100,
  '05162004': 30,
  '05162008': 28,
  '05162012': 10,
  '05162016': 18,
  '05162020': 12,
  '05162022': 16,
  '05162024': 70,
  '05162028': 8,
};

export const demoOrganizationId = (key: string): string => deterministicId('organization', key);
export const demoOfferId = (key: string): string => deterministicId('offer', key);
export const demoPersonId = (ags: string, index: number): string => deterministicId('person', `${ags}:${index}`);
export const demoAllianceId = (key: string): string => deterministicId('alliance', key);

/** Every demo person's id and municipality, in a fixed order. */
export function demoPersonRefs(): { id: string; ags: string; index: number }[] {
  return Object.entries(DEMO_PERSON_COUNTS).flatMap(([ags, count]) =>
    Array.from({ length: count }, (_, index) => ({ id: demoPersonId(ags, index), ags, index })),
  );
}

/** A small seeded generator (mulberry32): the same seed gives the same demo data on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
