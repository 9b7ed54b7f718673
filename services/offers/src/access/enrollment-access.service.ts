import { ForbiddenError, hasRole, type Identity } from '@gk/shared';
import type { Enrollment } from '../enrollment/enrollment.entity';
import type { EnrollmentLoaders } from '../enrollment/enrollment.loader';
import type { EnrollmentStatus } from '../enrollment/enrollment-status.enum';
import type { Offer } from '../offer/offer.entity';
import type { OfferLoaders } from '../offer/offer.loader';
import { enrollmentReaderOnly, grant, isProviderOf, requireEnrollmentReader, type GrantedEnrollment } from './offers-access';

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
   * The enrollments of a person: all of them when the persons subgraph says the viewer may see them
   * (the person's case management, or consent); for provider staff otherwise those in their own
   * organisation's offers; for anyone else nothing but FORBIDDEN.
   */
  async ofPerson(person: PersonEnrollmentAccess, field: string): Promise<GrantedEnrollment[]> {
    if (person.enrollmentsVisibleToViewer !== true && !this.isProviderStaff()) {
      throw new ForbiddenError(`${field} needs access to the person's record (case management or consent), or the role PROVIDER for enrollments in your organisation's offers.`);
    }
    return this.visibleOfPerson(person);
  }

  /** The person's enrollments the viewer may see under the rule of `ofPerson`; none (rather than a refusal) for everyone else. */
  async visibleOfPerson(person: PersonEnrollmentAccess): Promise<GrantedEnrollment[]> {
    if (person.enrollmentsVisibleToViewer === true) return (await this.enrollments.byPerson.load(person.id)).map(grant);
    if (!this.isProviderStaff()) return [];
    const all = await this.enrollments.byPerson.load(person.id);
    const offers = await this.offers.byId.loadMany(all.map((e) => e.offerId));
    return all
      .filter((_e: Enrollment, i) => {
        const offer = offers[i];
        return offer != null && !(offer instanceof Error) && isProviderOf(this.identity, offer);
      })
      .map(grant);
  }

  private isProviderStaff(): boolean {
    return hasRole(this.identity, 'PROVIDER') && this.identity.organizationId != null;
  }
}
