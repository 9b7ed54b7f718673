import { kreisOf } from '@gk/shared';
import type { EnrollmentAccessService } from '../access/enrollment-access.service';
import { unmetRules } from '../eligibility/eligibility';
import { EnrollmentStatus } from '../enrollment/enrollment-status.enum';
import { measureCareer } from '../measure-career/measure-career';
import type { MeasureCareer } from '../measure-career/measure-career.types';
import type { Offer } from '../offer/offer.entity';
import type { OffersServiceDeps } from '../offers.context';
import type { PersonRepresentation } from './person.type';

/** What the offers slice knows about a person: enrollments, measure career, and offers the person may join. */
export class PersonOffersService {
  constructor(
    private readonly deps: OffersServiceDeps,
    private readonly enrollmentAccess: EnrollmentAccessService,
  ) {}

  /**
   * Over the person's whole course history, for viewers who may see all of it. A chain of measures
   * that lead nowhere runs across providers: counted over one provider's offers it would read
   * "no measure career" for a person who had three fruitless courses elsewhere, so provider staff get none.
   */
  async measureCareer(person: PersonRepresentation): Promise<MeasureCareer> {
    const { enrollments, threshold } = measureCareer(
      await this.enrollmentAccess.wholeHistoryOfPerson(person, 'Person.measureCareer'),
      this.deps.settings.measureCareerThreshold,
    );
    return { enrollments, threshold, length: enrollments.length, reachesThreshold: enrollments.length >= threshold };
  }

  /**
   * Offers in the person's Kreis that take enrollments, have a free seat and admit the person, minus
   * those the person already applied for or takes part in, as far as the viewer may see the person's
   * enrollments (the list must not give away enrollments the viewer may not see). The person's facts
   * come with the representation (the gateway fetched them from the persons subgraph for `@requires`).
   */
  async eligibleOffers(person: PersonRepresentation): Promise<Offer[]> {
    const ags = person.municipality?.ags;
    if (!ags || person.age == null) return [];
    const [candidates, own] = await Promise.all([
      this.deps.loaders.offers.takingEnrollmentsInKreis.load(kreisOf(ags)),
      this.enrollmentAccess.visibleOfPerson(person),
    ]);
    const active = new Set(
      own
        .filter((e) => e.status === EnrollmentStatus.APPLIED || e.status === EnrollmentStatus.ENROLLED)
        .map((e) => e.offerId),
    );
    const facts = {
      age: person.age,
      germanLevel: person.germanLevel ?? null,
      residenceStatus: person.currentResidenceStatus ?? null,
      benefitRegime: person.currentBenefitRegime ?? null,
    };
    return candidates.filter((o) => !active.has(o.id) && unmetRules(o, facts).length === 0);
  }
}
