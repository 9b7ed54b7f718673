import type { Identity } from '@gk/shared';
import { enrollmentsVisible, managesPerson, readableFields } from './person-access.policy';

const OWN = 'org-own';
const OTHER = 'org-other';
const viewer = (
  roles: Identity['roles'],
  organizationId: string | null,
  purpose: Identity['purpose'] = null,
): Identity => ({ subject: 's', organizationId, roles, ags: [], purpose });
const facts = (...purposes: string[]) => ({ caseManagingOrganizationId: OWN, consentedPurposes: new Set(purposes) });

describe('person access policy', () => {
  it('gives the managing case manager every field, and a consented one only the groups of the declared purpose', () => {
    expect(readableFields(viewer(['CASE_MANAGER'], OWN), facts()).has('history')).toBe(true);
    const counselling = readableFields(viewer(['CASE_MANAGER'], OTHER, 'COUNSELLING'), facts('COUNSELLING'));
    expect(['givenName', 'currentResidenceStatus', 'germanLevel', 'needs'].every((f) => counselling.has(f))).toBe(true);
    expect(['consents', 'referrals', 'history', 'version'].some((f) => counselling.has(f))).toBe(false);
    expect(
      readableFields(viewer(['CASE_MANAGER'], OTHER, 'REFERRAL'), facts('REFERRAL')).has('currentResidenceStatus'),
    ).toBe(false);
    expect(
      readableFields(viewer(['CASE_MANAGER'], OTHER, 'ENROLLMENT'), facts('ENROLLMENT')).has('currentResidenceStatus'),
    ).toBe(true);
    expect(
      readableFields(viewer(['CASE_MANAGER'], OTHER, 'ENROLLMENT'), facts('ENROLLMENT')).has('residenceStatusHistory'),
    ).toBe(false);
    expect(readableFields(viewer(['CASE_MANAGER'], OTHER, 'COUNSELLING'), facts('REFERRAL')).size).toBe(0);
    expect(readableFields(viewer(['CASE_MANAGER'], OTHER, 'REPORTING'), facts('REPORTING')).size).toBe(0);
    expect(readableFields(viewer(['CASE_MANAGER'], OTHER), facts('COUNSELLING')).size).toBe(0);
  });

  it('gives providers the enrolment fields with an ENROLLMENT consent and purpose, and other roles nothing', () => {
    expect([...readableFields(viewer(['PROVIDER'], OTHER, 'ENROLLMENT'), facts('ENROLLMENT'))].sort()).toEqual([
      'age',
      'currentBenefitRegime',
      'currentResidenceStatus',
      'familyName',
      'germanLevel',
      'givenName',
      'municipality',
    ]);
    expect(readableFields(viewer(['PROVIDER'], OTHER, 'COUNSELLING'), facts('ENROLLMENT', 'COUNSELLING')).size).toBe(0);
    for (const role of ['CORE_GROUP', 'FINANCE', 'NETWORK_COORDINATOR', 'DATA_PROTECTION_OFFICER', 'ADMIN'] as const) {
      expect(readableFields(viewer([role], OWN, 'COUNSELLING'), facts('COUNSELLING')).size).toBe(0);
      expect(enrollmentsVisible(viewer([role], OWN), facts('ENROLLMENT'))).toBe(false);
    }
  });

  it(
    'shows the whole course history to the managing case manager and to consented case managers, ' +
      'never to providers on a consent',
    () => {
      expect(enrollmentsVisible(viewer(['CASE_MANAGER'], OWN), facts())).toBe(true);
      expect(enrollmentsVisible(viewer(['CASE_MANAGER'], OTHER), facts('ENROLLMENT'))).toBe(true);
      expect(enrollmentsVisible(viewer(['CASE_MANAGER'], OTHER), facts('COUNSELLING'))).toBe(true);
      // A provider's consent covers its own enrollment; the offers subgraph gives it the enrollments in its own offers.
      expect(enrollmentsVisible(viewer(['PROVIDER'], OTHER, 'ENROLLMENT'), facts('ENROLLMENT'))).toBe(false);
      expect(enrollmentsVisible(viewer(['PROVIDER'], OTHER), facts('COUNSELLING'))).toBe(false);
      expect(enrollmentsVisible(viewer(['CASE_MANAGER'], OTHER), facts('REFERRAL'))).toBe(false);
      expect(enrollmentsVisible(viewer(['CASE_MANAGER'], null), facts('ENROLLMENT'))).toBe(false);
      expect(managesPerson(viewer(['PROVIDER'], OWN), OWN)).toBe(false);
    },
  );
});
