import { ForbiddenError, hasRole, type Identity } from '@gk/shared';
import type { EnrollmentLoaders } from '../enrollment/enrollment.loader';
import type { EnrollmentStatus } from '../enrollment/enrollment-status.enum';
import type { Offer } from '../offer/offer.entity';
import type { OfferLoaders } from '../offer/offer.loader';
import type { PersonEnrollmentLoader } from '../person/person-enrollment.loader';
import type { PersonEnrollmentScope } from '../person/person-enrollment.repository';
import { enrollmentReaderOnly, grant, requireEnrollmentReader, type GrantedEnrollment } from './offers-access';

/** What the offers subgraph is told about the viewer and a person: whether the persons subgraph lets the viewer see the person's enrollments. */
export interface PersonEnrollmentAccess {
  id: string;
  enrollmentsVisibleToViewer?: boolean | null;
}

/**
 * The read paths to enrollments, each with its rule. Checks that need the offer use the request's
 * offer loader, so a list of N enrollments costs one statement for their offers, not N.
 */
export class EnrollmentAccessService {
  constructor(
    private readonly identity: Identity,
    private readonly offers: OfferLoaders,
    private readonly enrollments: EnrollmentLoaders,
    private readonly personEnrollments: PersonEnrollmentLoader,
  ) {}

  /** One enrollment by id (root field or entity reference): staff of the offer's provider; null when unknown. */
  async byId(id: string, action: string): Promise<GrantedEnrollment | null> {
    if (!hasRole(this.identity, 'PROVIDER') || !this.identity.organizationId) throw enrollmentReaderOnly(action);
    const enrollment = await this.enrollments.byId.load(id);
    if (!enrollment) return null;
    requireEnrollmentReader(this.identity, (await this.offers.byId.load(enrollment.offerId)) as Offer, action);
    return grant(enrollment);
  }

  /** The enrollments of an offer: staff of the offer's provider. */
  async ofOffer(offer: Offer, status: EnrollmentStatus | undefined): Promise<GrantedEnrollment[]> {
    requireEnrollmentReader(this.identity, offer, 'Offer.enrollments');
    const all = await this.enrollments.byOffer.load(offer.id);
    return (status ? all.filter((e) => e.status === status) : all).map(grant);
  }

  /**
   * The enrollments of a person: the whole course history for a case manager whom the persons
   * subgraph grants the person's enrollments (the person's case management, or consent); for
   * provider staff only those in their own organisation's offers, whatever the consent (a consent
   * for enrollment with one provider is no consent to learn the person's courses elsewhere); for
   * anyone else nothing but FORBIDDEN.
   */
  async ofPerson(person: PersonEnrollmentAccess, field: string): Promise<GrantedEnrollment[]> {
    const scope = this.scopeFor(person);
    if (!scope)
      throw new ForbiddenError(
        `${field} needs access to the person's record (case management or consent), or the role PROVIDER for enrollments in your organisation's offers.`,
      );
    return (await this.personEnrollments.load({ personId: person.id, scope })).map(grant);
  }

  /**
   * The person's whole course history, for what is derived from all of it (the measure career):
   * only for a viewer who may see every enrollment. Provider staff are refused rather than given a
   * figure over their own offers, which would carry the same name and flag while saying something else.
   */
  async wholeHistoryOfPerson(person: PersonEnrollmentAccess, field: string): Promise<GrantedEnrollment[]> {
    if (this.scopeFor(person)?.kind !== 'ALL') {
      throw new ForbiddenError(
        `${field} is derived from the person's whole course history: it needs access to the person's record (case management or consent); provider staff see the enrollments in their own offers instead.`,
      );
    }
    return this.ofPerson(person, field);
  }

  /** The person's enrollments the viewer may see under the rule of `ofPerson`; none (rather than a refusal) for everyone else. */
  async visibleOfPerson(person: PersonEnrollmentAccess): Promise<GrantedEnrollment[]> {
    const scope = this.scopeFor(person);
    return scope ? (await this.personEnrollments.load({ personId: person.id, scope })).map(grant) : [];
  }

  /**
   * How far the viewer sees into the person's enrollments. The whole list needs the persons
   * subgraph's grant and the role CASE_MANAGER: the grant alone is not trusted for other roles, so
   * a provider never gets more than its own offers even where the grant says otherwise.
   */
  private scopeFor(person: PersonEnrollmentAccess): PersonEnrollmentScope | null {
    if (
      person.enrollmentsVisibleToViewer === true &&
      hasRole(this.identity, 'CASE_MANAGER') &&
      this.identity.organizationId != null
    )
      return { kind: 'ALL' };
    if (this.isProviderStaff()) return { kind: 'PROVIDER', organizationId: this.identity.organizationId as string };
    return null;
  }

  private isProviderStaff(): boolean {
    return hasRole(this.identity, 'PROVIDER') && this.identity.organizationId != null;
  }
}
