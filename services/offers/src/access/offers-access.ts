import {
  ForbiddenError,
  hasRole,
  requireOwnOrganization,
  requireRole,
  type Identity,
  type RequestAudit,
} from '@gk/shared';
import type { Enrollment } from '../enrollment/enrollment.entity';
import type { Offer } from '../offer/offer.entity';

/**
 * Marks an enrollment that passed an access rule on the way to the client. Field resolvers of
 * Enrollment refuse any enrollment without it (see `enrollmentAccessMiddleware`), so a path that
 * forgets its check fails closed. Marked copies, never the loaders' cached rows: the same row may be
 * reached through a path that grants and one that does not.
 */
export const ENROLLMENT_GRANTED = Symbol('enrollment access granted');

export type GrantedEnrollment = Enrollment & { [ENROLLMENT_GRANTED]: true };

export function grant(enrollment: Enrollment): GrantedEnrollment {
  return { ...enrollment, [ENROLLMENT_GRANTED]: true };
}

export function isGranted(value: unknown): value is GrantedEnrollment {
  return (
    typeof value === 'object' && value !== null && (value as Partial<GrantedEnrollment>)[ENROLLMENT_GRANTED] === true
  );
}

/** Whether the user is staff of the organisation that provides the offer. */
export function isProviderOf(identity: Identity, offer: Pick<Offer, 'providerId'>): boolean {
  return (
    hasRole(identity, 'PROVIDER') && identity.organizationId != null && identity.organizationId === offer.providerId
  );
}

/** Offer management and the provider's side of enrollments: staff of the offer's own provider organisation. */
export function requireProviderOf(identity: Identity, offer: Pick<Offer, 'providerId'>, action: string): void {
  requireRole(identity, ['PROVIDER'], action);
  requireOwnOrganization(identity, offer.providerId, action);
}

/** Applications, enrollments and withdrawals: a case manager, or staff of the offer's provider. */
export function requireCaseManagerOrProviderOf(
  identity: Identity,
  offer: Pick<Offer, 'providerId'>,
  action: string,
): void {
  if (hasRole(identity, 'CASE_MANAGER')) return;
  if (isProviderOf(identity, offer)) return;
  throw new ForbiddenError(
    `${action} needs the role CASE_MANAGER, or the role PROVIDER in the offer's provider organisation.`,
  );
}

/** Reading an enrollment outside a person's record: staff of the offer's provider organisation only. */
export function requireEnrollmentReader(identity: Identity, offer: Pick<Offer, 'providerId'>, action: string): void {
  if (!isProviderOf(identity, offer)) throw enrollmentReaderOnly(action);
}

export function enrollmentReaderOnly(action: string): ForbiddenError {
  return new ForbiddenError(
    `${action} needs the role PROVIDER in the offer's provider organisation; case managers see enrollments through the person.`,
  );
}

/** Records that enrollment data of a person left this subgraph (merged per person; one INSERT per request). */
export function auditEnrollmentRead(
  audit: RequestAudit,
  identity: Identity,
  personId: string | null,
  fields: readonly string[],
): void {
  if (personId) audit.read({ entity: 'Enrollment', personRef: personId, fields, purpose: identity.purpose ?? null });
}
