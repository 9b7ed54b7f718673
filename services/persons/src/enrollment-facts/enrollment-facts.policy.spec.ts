import { ROLES, type Identity } from '@gk/shared';
import { enrollmentActing } from './enrollment-facts.policy';

const OWN = 'org-own';
const OTHER = 'org-other';
const user = (
  roles: Identity['roles'],
  organizationId: string | null,
  purpose: Identity['purpose'] = null,
): Identity => ({ subject: 's', organizationId, roles, ags: [], purpose });
const consents = (...purposes: string[]): ReadonlySet<string> => new Set(purposes);

describe('who may enrol a person', () => {
  it("lets the managing organisation's case managers enrol without any consent", () => {
    expect(enrollmentActing(user(['CASE_MANAGER'], OWN), OWN, consents())).toBe('ALLOWED');
  });

  it(
    "lets another organisation's case managers and provider staff enrol with a consent for ENROLLMENT only, " +
      'whatever purpose the request declares',
    () => {
      for (const roles of [['CASE_MANAGER'], ['PROVIDER']] as const) {
        expect(enrollmentActing(user([...roles], OTHER), OWN, consents('ENROLLMENT'))).toBe('ALLOWED');
        expect(enrollmentActing(user([...roles], OTHER, 'COUNSELLING'), OWN, consents('ENROLLMENT'))).toBe('ALLOWED');
        expect(
          enrollmentActing(
            user([...roles], OTHER, 'ENROLLMENT'),
            OWN,
            consents('COUNSELLING', 'REFERRAL', 'REPORTING'),
          ),
        ).toBe('CONSENT_REQUIRED');
        expect(enrollmentActing(user([...roles], OTHER), OWN, consents())).toBe('CONSENT_REQUIRED');
      }
      // Provider staff of the managing organisation are not its case management.
      expect(enrollmentActing(user(['PROVIDER'], OWN), OWN, consents())).toBe('CONSENT_REQUIRED');
    },
  );

  it('never lets other roles, or users of no organisation, act for a person', () => {
    for (const role of ROLES.filter((r) => r !== 'CASE_MANAGER' && r !== 'PROVIDER')) {
      expect(enrollmentActing(user([role], OWN), OWN, consents('ENROLLMENT'))).toBe('FORBIDDEN');
    }
    expect(enrollmentActing(user(['CASE_MANAGER'], null), OWN, consents('ENROLLMENT'))).toBe('FORBIDDEN');
  });
});
