import type { EnrollmentStatus } from '../enrollment/enrollment-status.enum';
import type { Offer } from '../offer/offer.entity';
import type { OffersServiceDeps } from '../offers.context';
import { type GrantedEnrollment, grant, type PersonEnrollmentAccess } from './offers-access';

export type { PersonEnrollmentAccess } from './offers-access';

/**
 * The read paths to enrollments, each with its rule. Checks that need the offer use the request's
 * offer loader, so a list of N enrollments costs one statement for their offers, not N.
 */
export class EnrollmentAccessService {
  constructor(private readonly deps: OffersServiceDeps) {}

  /** One enrollment by id (root field or entity reference): staff of the offer's provider; null when unknown. */
  async byId(id: string, action: string): Promise<GrantedEnrollment | null> {
    const { access, loaders } = this.deps;
    access.requireProviderStaff(action);
    const enrollment = await loaders.enrollments.byId.load(id);
    if (!enrollment) return null;
    access.requireEnrollmentReader((await loaders.offers.byId.load(enrollment.offerId)) as Offer, action);
    return grant(enrollment);
  }

  /** The enrollments of an offer: staff of the offer's provider. */
  async ofOffer(offer: Offer, status: EnrollmentStatus | undefined): Promise<GrantedEnrollment[]> {
    this.deps.access.requireEnrollmentReader(offer, 'Offer.enrollments');
    const all = await this.deps.loaders.enrollments.byOffer.load(offer.id);
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
    const scope = this.deps.access.requirePersonEnrollmentScope(person, field);
    return (await this.deps.loaders.personEnrollments.load({ personId: person.id, scope })).map(grant);
  }

  /** The person's whole course history, for what is derived from all of it (the measure career). */
  async wholeHistoryOfPerson(person: PersonEnrollmentAccess, field: string): Promise<GrantedEnrollment[]> {
    this.deps.access.requireWholeHistory(person, field);
    return this.ofPerson(person, field);
  }

  /** The person's enrollments the viewer may see under the rule of `ofPerson`; none (no refusal) for anyone else. */
  async visibleOfPerson(person: PersonEnrollmentAccess): Promise<GrantedEnrollment[]> {
    const scope = this.deps.access.personEnrollmentScope(person);
    return scope ? (await this.deps.loaders.personEnrollments.load({ personId: person.id, scope })).map(grant) : [];
  }
}
