import { hasRole, type Identity, type Purpose } from '@gk/shared';

/** Groups of a person's fields; access is granted per group. */
export type PersonFieldGroup = 'IDENTITY' | 'SITUATION' | 'EDUCATION' | 'NEEDS' | 'CONSENTS' | 'REFERRALS' | 'HISTORY';

/**
 * Which group each personal field of `Person` belongs to. Fields not listed (other than the open ones) are denied to
 * everyone.
 */
export const PERSON_FIELD_GROUPS: Readonly<Record<string, PersonFieldGroup>> = {
  givenName: 'IDENTITY',
  familyName: 'IDENTITY',
  dateOfBirth: 'IDENTITY',
  gender: 'IDENTITY',
  countryOfOrigin: 'IDENTITY',
  languages: 'IDENTITY',
  arrivalDate: 'IDENTITY',
  pseudonym: 'IDENTITY',
  age: 'IDENTITY',
  ageOn: 'IDENTITY',
  inTargetGroup: 'IDENTITY',
  municipality: 'IDENTITY',
  caseManagingOrganization: 'IDENTITY',
  currentResidenceStatus: 'SITUATION',
  currentBenefitRegime: 'SITUATION',
  residenceStatusHistory: 'SITUATION',
  benefitRegimeHistory: 'SITUATION',
  germanLevel: 'EDUCATION',
  germanLevelCertified: 'EDUCATION',
  schoolDegree: 'EDUCATION',
  vocationalQualification: 'EDUCATION',
  goals: 'EDUCATION',
  needs: 'NEEDS',
  consents: 'CONSENTS',
  referrals: 'REFERRALS',
  history: 'HISTORY',
  createdAt: 'HISTORY',
  updatedAt: 'HISTORY',
  version: 'HISTORY',
  // Only the managing organisation may learn that someone registered the same identity elsewhere.
  laterRegistrationsElsewhere: 'HISTORY',
};

/** Fields of `Person` that carry no personal data: never denied, never audited. */
export const OPEN_PERSON_FIELDS: ReadonlySet<string> = new Set(['id', '__typename', 'enrollmentsVisibleToViewer']);

const ALL_GROUPS: readonly PersonFieldGroup[] = [
  'IDENTITY',
  'SITUATION',
  'EDUCATION',
  'NEEDS',
  'CONSENTS',
  'REFERRALS',
  'HISTORY',
];

/** What a case manager of another organisation sees with a consent covering the request's purpose. */
const CONSENTED_CASE_MANAGER_GROUPS: Readonly<Record<Purpose, readonly PersonFieldGroup[]>> = {
  COUNSELLING: ['IDENTITY', 'SITUATION', 'EDUCATION', 'NEEDS'],
  REFERRAL: ['IDENTITY', 'EDUCATION', 'NEEDS'],
  ENROLLMENT: ['IDENTITY', 'EDUCATION'],
  REPORTING: [],
};

/** Single fields a consented case manager sees for ENROLLMENT beyond its groups. */
const ENROLLMENT_EXTRA_FIELDS = ['age', 'currentResidenceStatus', 'currentBenefitRegime'];

/** What a provider's staff see with an ENROLLMENT consent: what enrolment needs, no more. */
const PROVIDER_ENROLLMENT_FIELDS = [
  'givenName',
  'familyName',
  'age',
  'germanLevel',
  'currentResidenceStatus',
  'currentBenefitRegime',
  'municipality',
];

/**
 * The person's facts that decide access: who manages them, and which purposes the viewer's organisation holds consent
 * for.
 */
export interface PersonAccessFacts {
  caseManagingOrganizationId: string;
  /** Purposes of the active consents (or legal bases) for the viewer's organisation. */
  consentedPurposes: ReadonlySet<string>;
}

/** The personal fields of `Person` the viewer may read; empty when none. */
export function readableFields(identity: Identity, facts: PersonAccessFacts): ReadonlySet<string> {
  const fields = new Set<string>();
  const addGroups = (groups: readonly PersonFieldGroup[]) => {
    for (const [field, group] of Object.entries(PERSON_FIELD_GROUPS)) if (groups.includes(group)) fields.add(field);
  };
  const org = identity.organizationId;
  if (!org) return fields;
  const purpose = identity.purpose ?? null;
  if (hasRole(identity, 'CASE_MANAGER')) {
    if (facts.caseManagingOrganizationId === org) addGroups(ALL_GROUPS);
    else if (purpose && facts.consentedPurposes.has(purpose)) {
      addGroups(CONSENTED_CASE_MANAGER_GROUPS[purpose]);
      if (purpose === 'ENROLLMENT') for (const f of ENROLLMENT_EXTRA_FIELDS) fields.add(f);
    }
  }
  if (hasRole(identity, 'PROVIDER') && purpose === 'ENROLLMENT' && facts.consentedPurposes.has('ENROLLMENT')) {
    for (const f of PROVIDER_ENROLLMENT_FIELDS) fields.add(f);
  }
  return fields;
}

/**
 * Whether the viewer may see all of the person's enrollments, their whole course history (the
 * offers subgraph requires this for them): case managers of the managing organisation, and case
 * managers whose organisation holds a consent for ENROLLMENT or COUNSELLING. Never provider staff:
 * a consent for enrollment with one provider is no consent to learn the person's courses with
 * others, so providers see only the enrollments in their own offers (decided in the offers subgraph).
 */
export function enrollmentsVisible(identity: Identity, facts: PersonAccessFacts): boolean {
  if (!identity.organizationId || !hasRole(identity, 'CASE_MANAGER')) return false;
  if (facts.caseManagingOrganizationId === identity.organizationId) return true;
  return facts.consentedPurposes.has('ENROLLMENT') || facts.consentedPurposes.has('COUNSELLING');
}

/** Whether the viewer is a case manager of the organisation that manages the person. */
export function managesPerson(identity: Identity, caseManagingOrganizationId: string): boolean {
  return (
    hasRole(identity, 'CASE_MANAGER') &&
    identity.organizationId !== null &&
    identity.organizationId === caseManagingOrganizationId
  );
}
