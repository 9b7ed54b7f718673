import { hasRole, type Identity } from '@gk/shared';
import { managesPerson } from '../access/person-access.policy';

/** How the persons subgraph answers a request to enrol a person, for the user who makes it. */
export type EnrollmentActing = 'ALLOWED' | 'CONSENT_REQUIRED' | 'FORBIDDEN';

/**
 * Whether the user may enrol the person (apply or take a seat for them): a case manager of the
 * organisation that manages the person, or a case manager or provider's staff member whose
 * organisation holds an active consent (or legal basis) for ENROLLMENT. The purpose is that of the
 * act, not the header the client declared: an enrollment is processing for ENROLLMENT whatever else
 * the request says, so a consent for counselling alone does not cover it. Users of other roles, or of
 * no organisation, never act for a person here.
 */
export function enrollmentActing(
  identity: Identity,
  caseManagingOrganizationId: string,
  consentedPurposes: ReadonlySet<string>,
): EnrollmentActing {
  if (!identity.organizationId || !hasRole(identity, 'CASE_MANAGER', 'PROVIDER')) return 'FORBIDDEN';
  if (managesPerson(identity, caseManagingOrganizationId)) return 'ALLOWED';
  return consentedPurposes.has('ENROLLMENT') ? 'ALLOWED' : 'CONSENT_REQUIRED';
}
