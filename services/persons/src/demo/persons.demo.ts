import type { EntityManager, DataSource } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import {
  BenefitRegime,
  CefrLevel,
  NeedCategory,
  ResidenceStatus,
  deterministicId,
  seedOnce,
  type Logger,
} from '@gk/shared';
import {
  DEMO_MUNICIPALITIES,
  DEMO_OFFERS,
  demoOfferId,
  demoOrganizationId,
  demoPersonRefs,
  seededRandom,
} from '@gk/fixtures';
import { addDays } from '../common/validation';
import { PersonConsent } from '../consent/consent.entity';
import { PersonConsentLegalBasis, PersonDataPurpose } from '../consent/consent.enums';
import { PersonHistoryEntry, PersonHistoryKind } from '../history/person-event.entity';
import { PersonNeed } from '../need/need.entity';
import { PersonNeedStatus } from '../need/need-status.enum';
import { Person } from '../person/person.entity';
import { PersonGender, PersonGoal, PersonSchoolDegree } from '../person/person.enums';
import { PersonReferral } from '../referral/referral.entity';
import { PersonReferralStatus } from '../referral/referral.enums';
import { PersonBenefitRegimePeriod } from '../situation/benefit-regime-period.entity';
import { PersonResidenceStatusPeriod } from '../situation/residence-status-period.entity';

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
];
const ORIGINS: readonly { country: string; languages: string[] }[] = [
  { country: 'SY', languages: ['ar'] },
  { country: 'SY', languages: ['ku', 'ar'] },
  { country: 'AF', languages: ['prs'] },
  { country: 'AF', languages: ['ps', 'prs'] },
  { country: 'IQ', languages: ['ar', 'ku'] },
  { country: 'ER', languages: ['ti'] },
  { country: 'SO', languages: ['so'] },
  { country: 'GN', languages: ['fr'] },
  { country: 'NG', languages: ['en'] },
  { country: 'IRN', languages: ['fa'] },
  { country: 'TR', languages: ['tr', 'ku'] },
];
const DEMO_ACTOR = 'demo-loader';
const RHEINE = '05566076';

/** The case management responsible for a municipality's persons in the demo world. */
export function demoCaseManagerKey(ags: string): string {
  return ags === RHEINE ? 'kim-rheine' : 'ki-rkn';
}

/** The Jugendmigrationsdienst a person of the municipality is referred to in the demo world. */
function demoJmdKey(ags: string): string {
  if (ags === RHEINE) return 'jmd-rheine';
  return ['05162008', '05162012', '05162028'].includes(ags) ? 'jmd-grevenbroich' : 'jmd-neuss';
}

const demoJobcenterKey = (ags: string): string => (ags === RHEINE ? 'jc-steinfurt' : 'jc-rkn');

/**
 * Extra open VOCATIONAL_TRAINING needs per municipality, on top of the drawn ones: the dashboards of Rheine and
 * Neuss should show a training gap that is not withheld (at least the threshold of 5 open needs). They go to the
 * first persons born 2003 or later (in the target group until 2030) without such a need, and draw no random
 * numbers, so every other demo figure stays as it was.
 */
const EXTRA_TRAINING_NEEDS: Readonly<Record<string, number>> = { [RHEINE]: 3, '05162024': 4 };

type Rows<E> = QueryDeepPartialEntity<E>[];

const pad = (n: number): string => String(n).padStart(2, '0');

/** Loads the persons slice of the demo world: deterministic, names obviously fictitious. */
export async function loadPersonsDemoData(dataSource: DataSource, logger: Logger): Promise<void> {
  const refs = demoPersonRefs();
  const known = new Set(DEMO_MUNICIPALITIES.map((m) => m.ags));
  const loaded = await seedOnce(dataSource, 'demo', async (manager) => {
    const random = seededRandom(2019);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
    // Year, month and day drawn in this order: the demo persons stay the same from run to run.
    const date = (fromYear: number, toYear: number): string => {
      const year = fromYear + Math.floor(random() * (toYear - fromYear + 1));
      const month = pad(1 + Math.floor(random() * 12));
      return `${year}-${month}-${pad(1 + Math.floor(random() * 28))}`;
    };

    const persons: Rows<Person> = [];
    const residence: Rows<PersonResidenceStatusPeriod> = [];
    const regimes: Rows<PersonBenefitRegimePeriod> = [];
    const needs: Rows<PersonNeed> = [];
    const consents: Rows<PersonConsent> = [];
    const referrals: Rows<PersonReferral> = [];
    const events: Rows<PersonHistoryEntry> = [];
    const extraTrainingNeeds = new Map(Object.entries(EXTRA_TRAINING_NEEDS));

    for (const ref of refs) {
      if (!known.has(ref.ags)) throw new Error(`demo person in unknown municipality ${ref.ags}`);
      const caseManager = demoOrganizationId(demoCaseManagerKey(ref.ags));
      const actor = { subject: DEMO_ACTOR, organizationId: caseManager };
      // The audit stamp of every demo row: created and last changed by the demo loader for the case manager.
      const recorded = {
        createdBy: actor.subject,
        createdByOrg: actor.organizationId,
        updatedBy: actor.subject,
        updatedByOrg: actor.organizationId,
      };
      const stamp = (kind: PersonHistoryKind, fields: string[], subjectId: string | null = null) =>
        events.push({
          personId: ref.id,
          kind,
          fields,
          subjectId,
          ...recorded,
        });

      // A few are 28 or 29 already: the target-group filter has someone to leave out.
      const birthYear = random() < 0.05 ? 1997 : 1999 + Math.floor(random() * 9);
      const dateOfBirth = `${birthYear}-${pad(1 + Math.floor(random() * 12))}-${pad(1 + Math.floor(random() * 28))}`;
      const arrivalDate = date(Math.max(2015, birthYear + 12), 2024);
      const origin = pick(ORIGINS);

      // Rheine's committee paper: about 100 persons, mostly with Gestattung or Duldung.
      const statusRoll = random();
      const firstStatus =
        ref.ags === RHEINE
          ? statusRoll < 0.5
            ? ResidenceStatus.GESTATTUNG
            : statusRoll < 0.9
              ? ResidenceStatus.DULDUNG
              : ResidenceStatus.AE_OTHER
          : statusRoll < 0.35
            ? ResidenceStatus.GESTATTUNG
            : statusRoll < 0.65
              ? ResidenceStatus.DULDUNG
              : statusRoll < 0.8
                ? ResidenceStatus.AE_25A
                : ResidenceStatus.AE_OTHER;
      const statusPath: ResidenceStatus[] = [firstStatus];
      const changeRoll = random();
      if (firstStatus === ResidenceStatus.GESTATTUNG && changeRoll < 0.25) statusPath.push(ResidenceStatus.DULDUNG);
      if (firstStatus === ResidenceStatus.DULDUNG && changeRoll < 0.2)
        statusPath.push(pick([ResidenceStatus.AUSBILDUNGSDULDUNG, ResidenceStatus.AE_104C, ResidenceStatus.AE_25A]));
      let validFrom = addDays(arrivalDate, 10);
      statusPath.forEach((status, i) => {
        const id = deterministicId('residence-status-period', `${ref.id}:${i}`);
        const next = i + 1 < statusPath.length ? addDays(validFrom, 300 + Math.floor(random() * 400)) : null;
        residence.push({
          id,
          personId: ref.id,
          status,
          validFrom,
          validUntil: next ? addDays(next, -1) : null,
          ...recorded,
        });
        stamp(PersonHistoryKind.RESIDENCE_STATUS_CHANGED, ['status', 'validFrom'], id);
        if (next) validFrom = next;
      });

      // About two thirds under SGB II, some of them after a change from AsylbLG.
      const regimeRoll = random();
      const regimePath: BenefitRegime[] =
        regimeRoll < 0.4
          ? [BenefitRegime.SGB_II]
          : regimeRoll < 0.67
            ? [BenefitRegime.ASYLBLG, BenefitRegime.SGB_II]
            : regimeRoll < 0.87
              ? [BenefitRegime.ASYLBLG]
              : [pick([BenefitRegime.SGB_XII, BenefitRegime.SGB_III, BenefitRegime.NONE])];
      let regimeFrom = addDays(arrivalDate, 20);
      regimePath.forEach((regime, i) => {
        const id = deterministicId('benefit-regime-period', `${ref.id}:${i}`);
        const next = i + 1 < regimePath.length ? addDays(regimeFrom, 200 + Math.floor(random() * 500)) : null;
        regimes.push({
          id,
          personId: ref.id,
          regime,
          previousRegime: i > 0 ? regimePath[i - 1] : null,
          validFrom: regimeFrom,
          validUntil: next ? addDays(next, -1) : null,
          ...recorded,
        });
        stamp(PersonHistoryKind.BENEFIT_REGIME_CHANGED, ['regime', 'validFrom'], id);
        if (next) regimeFrom = next;
      });

      const levelRoll = random();
      const germanLevel =
        levelRoll < 0.1
          ? null
          : (
              [
                CefrLevel.A1,
                CefrLevel.A1,
                CefrLevel.A2,
                CefrLevel.A2,
                CefrLevel.B1,
                CefrLevel.B1,
                CefrLevel.B2,
                CefrLevel.C1,
              ] as const
            )[Math.floor(random() * 8)];
      const schoolDegree = pick([
        PersonSchoolDegree.NONE,
        PersonSchoolDegree.NONE,
        PersonSchoolDegree.NONE,
        PersonSchoolDegree.ERSTER_SCHULABSCHLUSS,
        PersonSchoolDegree.ERWEITERTER_ERSTER_SCHULABSCHLUSS,
        PersonSchoolDegree.FOREIGN_NOT_RECOGNISED,
        PersonSchoolDegree.FOREIGN_RECOGNISED,
        PersonSchoolDegree.FACHOBERSCHULREIFE,
      ]);
      const inTraining = random() < 0.12;
      const foreignQualification = random() < 0.08;
      const goals =
        schoolDegree === PersonSchoolDegree.FACHOBERSCHULREIFE
          ? [PersonGoal.VOCATIONAL_QUALIFICATION]
          : [
              PersonGoal.FACHOBERSCHULREIFE,
              ...(random() < 0.5 ? [PersonGoal.LANGUAGE_LEVEL] : [PersonGoal.EMPLOYMENT]),
            ];
      persons.push({
        id: ref.id,
        givenName: pick(GIVEN_NAMES),
        familyName: pick(FAMILY_NAMES),
        dateOfBirth,
        gender: pick([
          PersonGender.MALE,
          PersonGender.MALE,
          PersonGender.FEMALE,
          PersonGender.FEMALE,
          PersonGender.DIVERSE,
          PersonGender.UNSPECIFIED,
        ]),
        countryOfOrigin: origin.country,
        languages: origin.languages,
        germanLevel,
        germanLevelCertified: germanLevel !== null && random() < 0.4,
        municipalityAgs: ref.ags,
        arrivalDate,
        caseManagingOrganizationId: caseManager,
        currentResidenceStatus: statusPath[statusPath.length - 1],
        currentBenefitRegime: regimePath[regimePath.length - 1],
        schoolDegree,
        vocationalDqrLevel: foreignQualification ? 3 + Math.floor(random() * 2) : null,
        vocationalInTraining: inTraining,
        vocationalForeign: foreignQualification,
        vocationalForeignRecognised: foreignQualification ? random() < 0.5 : null,
        goals,
        ...recorded,
        version: 1,
      });
      stamp(PersonHistoryKind.REGISTERED, [
        'givenName',
        'familyName',
        'dateOfBirth',
        'municipalityAgs',
        'caseManagingOrganizationId',
      ]);

      // Needs that follow from the situation, mostly still open: the demand the analytics compares with free seats.
      const categories = new Set<NeedCategory>();
      if (germanLevel === null || germanLevel === CefrLevel.A1 || germanLevel === CefrLevel.A2)
        categories.add(NeedCategory.LANGUAGE);
      if (schoolDegree === PersonSchoolDegree.NONE || schoolDegree === PersonSchoolDegree.FOREIGN_NOT_RECOGNISED)
        categories.add(NeedCategory.SCHOOL_DEGREE);
      if (!inTraining && random() < 0.4)
        categories.add(
          pick([NeedCategory.VOCATIONAL_PREPARATION, NeedCategory.VOCATIONAL_TRAINING, NeedCategory.EMPLOYMENT]),
        );
      if (
        [ResidenceStatus.GESTATTUNG, ResidenceStatus.DULDUNG].includes(statusPath[statusPath.length - 1]) &&
        random() < 0.3
      )
        categories.add(NeedCategory.RESIDENCE_COUNSELLING);
      if (random() < 0.15)
        categories.add(
          pick([
            NeedCategory.HOUSING,
            NeedCategory.MENTORING,
            NeedCategory.CHILDCARE,
            NeedCategory.HEALTH,
            NeedCategory.OTHER,
          ]),
        );
      [...categories].forEach((category, i) => {
        const roll = random();
        const status =
          roll < 0.6
            ? PersonNeedStatus.OPEN
            : roll < 0.85
              ? PersonNeedStatus.IN_PROGRESS
              : roll < 0.95
                ? PersonNeedStatus.MET
                : PersonNeedStatus.CLOSED;
        const id = deterministicId('need', `${ref.id}:${i}`);
        const at = new Date(`${date(2024, 2025)}T10:00:00Z`);
        needs.push({
          id,
          personId: ref.id,
          category,
          status,
          note: null,
          ...recorded,
          createdAt: at,
          updatedAt: at,
          version: 1,
        });
        stamp(PersonHistoryKind.NEED_RECORDED, ['category', 'status'], id);
      });
      const extra = extraTrainingNeeds.get(ref.ags) ?? 0;
      if (extra > 0 && birthYear >= 2003 && !categories.has(NeedCategory.VOCATIONAL_TRAINING)) {
        extraTrainingNeeds.set(ref.ags, extra - 1);
        const id = deterministicId('need', `${ref.id}:training`);
        const at = new Date('2025-03-03T10:00:00Z');
        needs.push({
          id,
          personId: ref.id,
          category: NeedCategory.VOCATIONAL_TRAINING,
          status: PersonNeedStatus.OPEN,
          note: null,
          ...recorded,
          createdAt: at,
          updatedAt: at,
          version: 1,
        });
        stamp(PersonHistoryKind.NEED_RECORDED, ['category', 'status'], id);
      }

      // Consent to the local JMD for about half; the Jobcenter under §69 SGB X for those under SGB II.
      const jmd = demoOrganizationId(demoJmdKey(ref.ags));
      let jmdConsentId: string | null = null;
      if (random() < 0.5) {
        jmdConsentId = deterministicId('consent', `${ref.id}:jmd`);
        const revoked = random() < 0.05;
        const granted = new Date(`${date(2023, 2024)}T09:00:00Z`);
        consents.push({
          id: jmdConsentId,
          personId: ref.id,
          organizationId: jmd,
          purposes: [PersonDataPurpose.COUNSELLING, PersonDataPurpose.REFERRAL],
          createdAt: granted,
          updatedAt: revoked ? new Date('2025-06-30T10:00:00Z') : granted,
          legalBasis: PersonConsentLegalBasis.CONSENT,
          evidenceReference: `Akte KIM/${ref.ags}/${ref.index + 1}`,
          noticeVersion: 'DS-Hinweis 2021-03',
          ...recorded,
          revokedAt: revoked ? new Date('2025-06-30T10:00:00Z') : null,
          revokedBySubject: revoked ? actor.subject : null,
          revokedByOrganizationId: revoked ? actor.organizationId : null,
        });
        stamp(PersonHistoryKind.CONSENT_GRANTED, ['organizationId', 'purposes', 'legalBasis'], jmdConsentId);
        if (revoked) {
          jmdConsentId = null;
        }
      }
      if (regimePath[regimePath.length - 1] === BenefitRegime.SGB_II && random() < 0.5) {
        const id = deterministicId('consent', `${ref.id}:jobcenter`);
        const granted = new Date(`${date(2023, 2024)}T09:00:00Z`);
        consents.push({
          id,
          personId: ref.id,
          organizationId: demoOrganizationId(demoJobcenterKey(ref.ags)),
          purposes: [PersonDataPurpose.COUNSELLING, PersonDataPurpose.ENROLLMENT],
          createdAt: granted,
          updatedAt: granted,
          legalBasis: PersonConsentLegalBasis.SGB_X_69,
          evidenceReference: '§69 Abs. 1 Nr. 1 SGB X',
          noticeVersion: null,
          ...recorded,
          revokedAt: null,
          revokedBySubject: null,
          revokedByOrganizationId: null,
        });
        stamp(PersonHistoryKind.CONSENT_GRANTED, ['organizationId', 'purposes', 'legalBasis'], id);
      }

      // A few referrals: to the JMD where consent covers it, and to local offers.
      const base = {
        personId: ref.id,
        fromOrganizationId: caseManager,
        note: null,
        createdAt: new Date('2025-09-01T09:00:00Z'),
        updatedAt: new Date('2025-09-01T09:00:00Z'),
        ...recorded,
        version: 1,
      };
      if (jmdConsentId && random() < 0.25) {
        const id = deterministicId('referral', `${ref.id}:jmd`);
        const status = pick([
          PersonReferralStatus.REQUESTED,
          PersonReferralStatus.ACCEPTED,
          PersonReferralStatus.COMPLETED,
        ]);
        referrals.push({
          ...base,
          id,
          toOrganizationId: jmd,
          toOfferId: null,
          purpose: PersonDataPurpose.COUNSELLING,
          consentId: jmdConsentId,
          status,
          reason: null,
          answeredAt: status === PersonReferralStatus.REQUESTED ? null : new Date('2025-09-15T09:00:00Z'),
          answeredBySubject: status === PersonReferralStatus.REQUESTED ? null : 'demo-jmd',
          answeredByOrganizationId: status === PersonReferralStatus.REQUESTED ? null : jmd,
          closedAt: status === PersonReferralStatus.COMPLETED ? new Date('2025-11-03T14:00:00Z') : null,
          closedBySubject: status === PersonReferralStatus.COMPLETED ? 'demo-jmd' : null,
          closedByOrganizationId: status === PersonReferralStatus.COMPLETED ? jmd : null,
          // The JMD answered (and closed) it last.
          ...(status === PersonReferralStatus.REQUESTED
            ? {}
            : {
                updatedAt: new Date(
                  status === PersonReferralStatus.COMPLETED ? '2025-11-03T14:00:00Z' : '2025-09-15T09:00:00Z',
                ),
                updatedBy: 'demo-jmd',
                updatedByOrg: jmd,
              }),
        });
        stamp(PersonHistoryKind.REFERRAL_REQUESTED, ['toOrganizationId', 'purpose'], id);
      }
      if (random() < 0.08) {
        const local = DEMO_OFFERS.filter((o) => o.ags === ref.ags);
        const offer = pick(local.length > 0 ? local : DEMO_OFFERS.filter((o) => o.ags === '05162024'));
        const id = deterministicId('referral', `${ref.id}:offer`);
        referrals.push({
          ...base,
          id,
          toOrganizationId: null,
          toOfferId: demoOfferId(offer.key),
          purpose: PersonDataPurpose.ENROLLMENT,
          consentId: null,
          status: PersonReferralStatus.REQUESTED,
          reason: null,
          answeredAt: null,
          answeredBySubject: null,
          answeredByOrganizationId: null,
          closedAt: null,
          closedBySubject: null,
          closedByOrganizationId: null,
        });
        stamp(PersonHistoryKind.REFERRAL_REQUESTED, ['toOfferId', 'purpose'], id);
      }
    }

    await insertAll(manager, Person, persons);
    await insertAll(manager, PersonResidenceStatusPeriod, residence);
    await insertAll(manager, PersonBenefitRegimePeriod, regimes);
    await insertAll(manager, PersonNeed, needs);
    await insertAll(manager, PersonConsent, consents);
    await insertAll(manager, PersonReferral, referrals);
    await insertAll(manager, PersonHistoryEntry, events);
  });
  if (loaded) logger.info({ persons: refs.length }, 'persons demo data loaded');
}

/** Inserts rows in chunks, so that the demo load stays a handful of statements. */
async function insertAll<E extends object>(manager: EntityManager, entity: new () => E, rows: Rows<E>): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    await manager.getRepository(entity).insert(rows.slice(i, i + 500));
  }
}
