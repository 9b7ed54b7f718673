import { DecisionAuthority } from '../core-group/decision-authority.enum';
import { ForumKind } from '../forum/forum-kind.enum';
import { Area } from '../organization/area.enum';
import { PriorityStatus } from '../priority/priority-status.enum';
import { StandingTaskKind, StandingTaskStatus } from '../standing-task/standing-task.enum';

export interface DemoSeat {
  organizationKey: string;
  /** Obviously fictitious names: the demo holds no real person. */
  representativeName: string;
  representativeRole: string;
  area: Area;
  decisionAuthority: DecisionAuthority;
  validFrom: string;
  validUntil?: string;
}

export interface DemoAlliance {
  key: string;
  name: string;
  leadAgs: string;
  leadOfficeKey: string;
  startDate: string;
  coreGroup: DemoSeat[];
  forums: {
    kind: ForumKind;
    title: string;
    topic: string;
    startsOn: string;
    endsOn?: string;
    participantKeys: string[];
  }[];
  priorities: { title: string; status: PriorityStatus; dueOn?: string }[];
  agreements: { title: string; signedOn: string; summary: string; partyKeys: string[] }[];
  taskStatus: Partial<Record<StandingTaskKind, StandingTaskStatus>>;
}

const { MIGRATION_UND_INTEGRATION: MIGRATION, ARBEIT_UND_WIRTSCHAFT: ARBEIT, SOZIALES, BILDUNG } = Area;
const { FULL, WITH_RESERVATION, ADVISORY } = DecisionAuthority;
const { NOT_STARTED, IN_PROGRESS, DONE } = StandingTaskStatus;

/**
 * The demo alliances: Rheine (a kreisangehörige Stadt with its own alliance, run by its Teilhabemanagement)
 * with a complete core group, and the Rhein-Kreis Neuss (Kreis level, spanning its eight municipalities)
 * whose core group lacks the Ausländerbehörde, so coverage has something to report.
 */
export const DEMO_ALLIANCES: readonly DemoAlliance[] = [
  {
    key: 'rheine',
    name: "Bündnis Gemeinsam klappt's Rheine",
    leadAgs: '05566076',
    leadOfficeKey: 'kim-rheine',
    startDate: '2019-06-01',
    coreGroup: [
      {
        organizationKey: 'kim-rheine',
        representativeName: 'Erika Musterfrau',
        representativeRole: 'Leitung Teilhabemanagement (Geschäftsführung des Bündnisses)',
        area: MIGRATION,
        decisionAuthority: FULL,
        validFrom: '2019-06-01',
      },
      {
        organizationKey: 'jc-steinfurt',
        representativeName: 'Max Mustermann',
        representativeRole: 'Teamleitung U25',
        area: ARBEIT,
        decisionAuthority: FULL,
        validFrom: '2019-06-01',
      },
      {
        organizationKey: 'aa-rheine',
        representativeName: 'Anna Beispiel',
        representativeRole: 'Berufsberatung für Zugewanderte',
        area: ARBEIT,
        decisionAuthority: WITH_RESERVATION,
        validFrom: '2019-06-01',
      },
      {
        organizationKey: 'abh-steinfurt',
        representativeName: 'Paul Platzhalter',
        representativeRole: 'Sachgebietsleitung Aufenthalt',
        area: MIGRATION,
        decisionAuthority: WITH_RESERVATION,
        validFrom: '2019-09-01',
      },
      {
        organizationKey: 'fb-rheine',
        representativeName: 'Lena Leerstelle',
        representativeRole: 'Flüchtlingsberatung',
        area: MIGRATION,
        decisionAuthority: FULL,
        validFrom: '2019-06-01',
      },
      {
        organizationKey: 'schulamt-steinfurt',
        representativeName: 'Tom Testperson',
        representativeRole: 'Schulaufsicht Berufskollegs',
        area: BILDUNG,
        decisionAuthority: WITH_RESERVATION,
        validFrom: '2019-06-01',
      },
      {
        organizationKey: 'sozialamt-rheine',
        representativeName: 'Sara Symbol',
        representativeRole: 'Abteilungsleitung AsylbLG',
        area: SOZIALES,
        decisionAuthority: FULL,
        validFrom: '2019-06-01',
      },
      {
        organizationKey: 'jugendamt-rheine',
        representativeName: 'Jan Jedermann',
        representativeRole: 'Jugendberufshilfe',
        area: SOZIALES,
        decisionAuthority: WITH_RESERVATION,
        validFrom: '2019-06-01',
      },
      {
        organizationKey: 'jmd-rheine',
        representativeName: 'Mia Musterfall',
        representativeRole: 'Beratung Jugendmigrationsdienst',
        area: MIGRATION,
        decisionAuthority: FULL,
        validFrom: '2019-06-01',
      },
      {
        organizationKey: 'vhs-rheine',
        representativeName: 'Ole Option',
        representativeRole: 'Fachbereich Deutsch und Integration',
        area: BILDUNG,
        decisionAuthority: FULL,
        validFrom: '2019-06-01',
      },
      {
        organizationKey: 'bk-rheine',
        representativeName: 'Ina Irgendwer',
        representativeRole: 'Bildungsgangleitung Internationale Förderklasse',
        area: BILDUNG,
        decisionAuthority: ADVISORY,
        validFrom: '2019-06-01',
        validUntil: '2020-07-31',
      },
      {
        organizationKey: 'paten-rheine',
        representativeName: 'Uwe Unbekannt',
        representativeRole: 'Koordination Ehrenamt',
        area: MIGRATION,
        decisionAuthority: ADVISORY,
        validFrom: '2020-01-01',
      },
    ],
    forums: [
      {
        kind: ForumKind.WORKING_GROUP,
        title: 'AG Übergang Schule und Beruf',
        topic: 'Wege zur Fachoberschulreife und in Ausbildung ohne Maßnahmen-Karrieren',
        startsOn: '2019-10-01',
        participantKeys: ['jc-steinfurt', 'aa-rheine', 'vhs-rheine', 'bk-rheine', 'jmd-rheine'],
      },
      {
        kind: ForumKind.EVENT,
        title: 'Bündnisforum Rheine 2020',
        topic: 'Angebote sichtbar machen: Vorstellung der Bestandsaufnahme',
        startsOn: '2020-02-12',
        participantKeys: [
          'kim-rheine',
          'jc-steinfurt',
          'abh-steinfurt',
          'fb-rheine',
          'sozialamt-rheine',
          'paten-rheine',
        ],
      },
    ],
    priorities: [
      { title: 'Datenbasis zur Zielgruppe aufbauen', status: PriorityStatus.ACHIEVED, dueOn: '2019-12-31' },
      {
        title: 'Angebotslücken beim Erwerb der Fachoberschulreife schließen',
        status: PriorityStatus.IN_PROGRESS,
        dueOn: '2021-07-31',
      },
      { title: 'Ehrenamtliche Mentoring-Tandems ausbauen', status: PriorityStatus.OPEN },
    ],
    agreements: [
      {
        title: 'Verfahrensvereinbarung zum Rechtskreiswechsel',
        signedOn: '2020-03-15',
        summary:
          'Jobcenter, Sozialamt und Agentur für Arbeit informieren einander bei einem Wechsel von AsylbLG zu SGB II ' +
          'und sichern eine lückenlose Beratung.',
        partyKeys: ['jc-steinfurt', 'sozialamt-rheine', 'aa-rheine'],
      },
    ],
    taskStatus: {
      [StandingTaskKind.SET_PRIORITIES]: DONE,
      [StandingTaskKind.ACT_AS_MULTIPLIERS]: IN_PROGRESS,
      [StandingTaskKind.KNOW_LIVING_SITUATION]: DONE,
      [StandingTaskKind.COORDINATE_NEEDS_SURVEY]: DONE,
      [StandingTaskKind.MAKE_OFFERS_TRANSPARENT]: IN_PROGRESS,
      [StandingTaskKind.DEVELOP_PROCEDURE_AGREEMENTS]: IN_PROGRESS,
      [StandingTaskKind.PLAN_LOCAL_OFFERS]: NOT_STARTED,
    },
  },
  {
    key: 'rhein-kreis-neuss',
    name: "Bündnis Gemeinsam klappt's im Rhein-Kreis Neuss",
    leadAgs: '05162',
    leadOfficeKey: 'ki-rkn',
    startDate: '2019-09-01',
    coreGroup: [
      {
        organizationKey: 'ki-rkn',
        representativeName: 'Klara Kreisbeispiel',
        representativeRole: 'Leitung Kommunales Integrationszentrum (Geschäftsführung des Bündnisses)',
        area: MIGRATION,
        decisionAuthority: FULL,
        validFrom: '2019-09-01',
      },
      {
        organizationKey: 'jc-rkn',
        representativeName: 'Bernd Beispielmann',
        representativeRole: 'Bereichsleitung Markt und Integration',
        area: ARBEIT,
        decisionAuthority: FULL,
        validFrom: '2019-09-01',
      },
      {
        organizationKey: 'aa-neuss',
        representativeName: 'Nora Nirgendwo',
        representativeRole: 'Teamleitung Berufsberatung',
        area: ARBEIT,
        decisionAuthority: WITH_RESERVATION,
        validFrom: '2019-09-01',
      },
      {
        organizationKey: 'fb-rkn',
        representativeName: 'Fritz Fiktiv',
        representativeRole: 'Flüchtlingsberatung',
        area: MIGRATION,
        decisionAuthority: FULL,
        validFrom: '2019-09-01',
      },
      {
        organizationKey: 'schulamt-rkn',
        representativeName: 'Susi Schablone',
        representativeRole: 'Schulrätin',
        area: BILDUNG,
        decisionAuthority: WITH_RESERVATION,
        validFrom: '2019-09-01',
      },
      {
        organizationKey: 'sozialamt-rkn',
        representativeName: 'Hans Hypothese',
        representativeRole: 'Sachgebietsleitung Hilfen für Geflüchtete',
        area: SOZIALES,
        decisionAuthority: FULL,
        validFrom: '2019-09-01',
      },
      {
        organizationKey: 'jugendamt-rkn',
        representativeName: 'Jana Jemand',
        representativeRole: 'Jugendhilfeplanung',
        area: SOZIALES,
        decisionAuthority: WITH_RESERVATION,
        validFrom: '2019-09-01',
      },
      {
        organizationKey: 'jmd-neuss',
        representativeName: 'Olaf Ohnename',
        representativeRole: 'Jugendmigrationsdienst',
        area: MIGRATION,
        decisionAuthority: FULL,
        validFrom: '2019-09-01',
      },
      {
        organizationKey: 'ihk-mn',
        representativeName: 'Ida Imaginär',
        representativeRole: 'Ausbildungsberatung',
        area: ARBEIT,
        decisionAuthority: ADVISORY,
        validFrom: '2020-01-01',
      },
      {
        organizationKey: 'vhs-neuss',
        representativeName: 'Vera Vorlage',
        representativeRole: 'Programmbereich Integration',
        area: BILDUNG,
        decisionAuthority: FULL,
        validFrom: '2019-09-01',
      },
    ],
    forums: [
      {
        kind: ForumKind.WORKING_GROUP,
        title: 'AG Sprache und Qualifizierung',
        topic: 'Sprachkurse und Qualifizierung für Geduldete und Gestattete kreisweit abstimmen',
        startsOn: '2019-11-05',
        participantKeys: ['ki-rkn', 'vhs-neuss', 'vhs-dormagen', 'bk-neuss', 'jc-rkn'],
      },
      {
        kind: ForumKind.EVENT,
        title: 'Fachtag Bleibeperspektiven',
        topic: 'Ausbildungsduldung und Beschäftigungsduldung in der Praxis',
        startsOn: '2020-09-22',
        endsOn: '2020-09-23',
        participantKeys: [
          'ki-rkn',
          'fb-rkn',
          'jmd-neuss',
          'jmd-grevenbroich',
          'mbe-neuss',
          'fh-kaarst',
          'fh-meerbusch',
        ],
      },
    ],
    priorities: [
      {
        title: 'Angebote in allen acht Kommunen transparent machen',
        status: PriorityStatus.IN_PROGRESS,
        dueOn: '2021-03-31',
      },
      { title: 'Zugang zu Sprachkursen für Geduldete sichern', status: PriorityStatus.OPEN, dueOn: '2021-12-31' },
    ],
    agreements: [
      {
        title: 'Vereinbarung zur Zusammenarbeit in der Beratung junger Geflüchteter',
        signedOn: '2020-06-30',
        summary:
          'Jobcenter, Flüchtlingsberatung und Kommunales Integrationszentrum stimmen Beratungswege ab und verweisen ' +
          'mit Einwilligung aneinander.',
        partyKeys: ['jc-rkn', 'fb-rkn', 'ki-rkn'],
      },
    ],
    taskStatus: {
      [StandingTaskKind.SET_PRIORITIES]: DONE,
      [StandingTaskKind.COORDINATE_NEEDS_SURVEY]: IN_PROGRESS,
      [StandingTaskKind.MAKE_OFFERS_TRANSPARENT]: IN_PROGRESS,
    },
  },
];
