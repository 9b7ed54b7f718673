import {
  type ForbiddenError,
  hasRole,
  type Identity,
  limitedTo,
  needs,
  type RequestAudit,
  type Role,
  requireAgsInScope,
  requireOwnOrganization,
  requireRole,
  requireSystem,
} from '@gk/shared';
import type { EnrollmentView } from '../enrollment/enrollment.entity';
import type { Offer } from '../offer/offer.entity';
import type { PersonEnrollmentScope } from '../person/person-enrollment.repository';

/**
 * Marks an enrollment that passed an access rule on the way to the client. Field resolvers of
 * Enrollment refuse any enrollment without it (see `enrollmentAccessMiddleware`), so a path that
 * forgets its check fails closed. Marked copies, never the loaders' cached rows: the same row may be
 * reached through a path that grants and one that does not.
 */
export const ENROLLMENT_GRANTED = Symbol('enrollment access granted');

export type GrantedEnrollment = EnrollmentView & { [ENROLLMENT_GRANTED]: true };

export function grant(enrollment: EnrollmentView): GrantedEnrollment {
  return { ...enrollment, [ENROLLMENT_GRANTED]: true };
}

export function isGranted(value: unknown): value is GrantedEnrollment {
  return (
    typeof value === 'object' && value !== null && (value as Partial<GrantedEnrollment>)[ENROLLMENT_GRANTED] === true
  );
}

/** A field of an enrollment that reached it without passing an access rule. */
export function ungrantedEnrollment(field: string): ForbiddenError {
  return needs(
    field,
    "the role PROVIDER in the offer's provider organisation, or a person record you may see with its enrollments",
  );
}

/** What a person representation tells about the viewer: whether persons lets them see all the person's enrollments. */
export interface PersonEnrollmentAccess {
  id: string;
  enrollmentsVisibleToViewer?: boolean | null;
}

/** Records that a field of a person's enrollment data left this subgraph (merged per person; one INSERT a request). */
export function auditEnrollmentRead(
  audit: RequestAudit,
  identity: Identity,
  personId: string | null,
  field: string,
): void {
  if (personId) audit.readField('Enrollment', personId, field, identity.purpose);
}

/**
 * The offers subgraph's access rules for one caller. Every refusal is worded with the kit's
 * vocabulary and names the action and the rule, never a person or a value.
 */
export class OffersAccess {
  constructor(readonly identity: Identity) {}

  requireRole(roles: readonly Role[], action: string): void {
    requireRole(this.identity, roles, action);
  }

  requireOwnOrganization(organizationId: string | null | undefined, action: string): void {
    requireOwnOrganization(this.identity, organizationId, action);
  }

  requireAgsInScope(ags: string, action: string): void {
    requireAgsInScope(this.identity, ags, action);
  }

  /** Erasure sweeps: the gateway's system identity only. */
  requireSystem(action: string): void {
    requireSystem(this.identity, action);
  }

  /** Whether the user is staff of the organisation that provides the offer. */
  isProviderOf(offer: Pick<Offer, 'providerId'>): boolean {
    return (
      hasRole(this.identity, 'PROVIDER') &&
      this.identity.organizationId != null &&
      this.identity.organizationId === offer.providerId
    );
  }

  /** Offer management and the provider's side of enrollments: staff of the offer's own provider organisation. */
  requireProviderOf(offer: Pick<Offer, 'providerId'>, action: string): void {
    this.requireRole(['PROVIDER'], action);
    this.requireOwnOrganization(offer.providerId, action);
  }

  /** Applications, enrollments and withdrawals: a case manager, or staff of the offer's provider. */
  requireCaseManagerOrProviderOf(offer: Pick<Offer, 'providerId'>, action: string): void {
    if (hasRole(this.identity, 'CASE_MANAGER')) return;
    if (this.isProviderOf(offer)) return;
    throw needs(action, "the role CASE_MANAGER, or the role PROVIDER in the offer's provider organisation");
  }

  /** Reading an enrollment outside a person's record, before the offer is known: provider staff only. */
  requireProviderStaff(action: string): void {
    if (!this.isProviderStaff()) throw enrollmentReaderOnly(action);
  }

  /** Reading an enrollment outside a person's record: staff of the offer's provider organisation only. */
  requireEnrollmentReader(offer: Pick<Offer, 'providerId'>, action: string): void {
    if (!this.isProviderOf(offer)) throw enrollmentReaderOnly(action);
  }

  /**
   * How far the viewer sees into the person's enrollments. The whole list needs the persons
   * subgraph's grant and the role CASE_MANAGER: the grant alone is not trusted for other roles, so
   * a provider never gets more than its own offers even where the grant says otherwise.
   */
  personEnrollmentScope(person: PersonEnrollmentAccess): PersonEnrollmentScope | null {
    if (
      person.enrollmentsVisibleToViewer === true &&
      hasRole(this.identity, 'CASE_MANAGER') &&
      this.identity.organizationId != null
    )
      return { kind: 'ALL' };
    if (this.isProviderStaff()) return { kind: 'PROVIDER', organizationId: this.identity.organizationId as string };
    return null;
  }

  /** A person's enrollments: a viewer with access to the record, or provider staff for their own offers. */
  requirePersonEnrollmentScope(person: PersonEnrollmentAccess, field: string): PersonEnrollmentScope {
    const scope = this.personEnrollmentScope(person);
    if (!scope)
      throw needs(
        field,
        "access to the person's record (case management or consent), " +
          "or the role PROVIDER for enrollments in your organisation's offers",
      );
    return scope;
  }

  /**
   * What is derived from the person's whole course history (the measure career): only for a viewer
   * who may see every enrollment. Provider staff are refused rather than given a figure over their own
   * offers, which would carry the same name and flag while saying something else.
   */
  requireWholeHistory(person: PersonEnrollmentAccess, field: string): void {
    if (this.personEnrollmentScope(person)?.kind !== 'ALL')
      throw needs(
        field,
        "access to the person's record (case management or consent), as it is derived from the whole " +
          'course history; provider staff see the enrollments in their own offers instead',
      );
  }

  /**
   * Who reads exact counts of persons per offer or per area. The core group reads the same counts in
   * its indicators, protected by small-cell suppression; an exact count beside a withheld one would
   * give it away (an area's only mentoring offer with 1 enrolled), so an identity with the role
   * CORE_GROUP gets exact counts only of offers its own organisation runs (it holds those records
   * anyway). Providers need their own offers' counts to work and case managers need free seats to place
   * persons; neither reads the protected indicators.
   */
  mayReadExactSeatCounts(providerId: string | null): boolean {
    if (!hasRole(this.identity, 'CORE_GROUP')) return true;
    return providerId !== null && this.identity.organizationId === providerId;
  }

  private isProviderStaff(): boolean {
    return hasRole(this.identity, 'PROVIDER') && this.identity.organizationId != null;
  }
}

export function enrollmentReaderOnly(action: string): ForbiddenError {
  return needs(
    action,
    "the role PROVIDER in the offer's provider organisation; case managers see enrollments through the person",
  );
}

/** An exact count of persons the core group reads only protected, in its indicators. */
export function withheldCount(field: string): ForbiddenError {
  return limitedTo(
    field,
    'offers your own organisation runs for the core group, ' +
      'which reads the count protected in AreaIndicators.offerLandscape',
  );
}
