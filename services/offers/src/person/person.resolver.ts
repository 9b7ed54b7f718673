import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { Enrollment, type EnrollmentView } from '../enrollment/enrollment.entity';
import { MeasureCareer } from '../measure-career/measure-career.types';
import { Offer } from '../offer/offer.entity';
import type { OffersContext } from '../offers.context';
import { ELIGIBILITY_REQUIRES, ENROLLMENTS_REQUIRES, Person, type PersonRepresentation } from './person.type';

@Resolver(() => Person)
export class PersonOffersResolver {
  @FieldResolver(() => [Enrollment], {
    nullable: true,
    description:
      "The person's enrollments in offers, oldest application first. All of them for a case manager whom the persons " +
      "subgraph grants the person's enrollments (enrollmentsVisibleToViewer: the managing organisation, or a " +
      "consent); provider staff (role PROVIDER) see only those in their own organisation's offers, with or without " +
      'consent; everyone else gets null with FORBIDDEN.',
  })
  @Directive(`@requires(fields: "${ENROLLMENTS_REQUIRES}")`)
  enrollments(@Root() person: PersonRepresentation, @Ctx() ctx: OffersContext): Promise<EnrollmentView[]> {
    return ctx.scope.services.enrollmentAccess.ofPerson(person, 'Person.enrollments');
  }

  @FieldResolver(() => MeasureCareer, {
    nullable: true,
    description:
      "The person's current run of enrollments without progress (Maßnahmen-Karriere), flagged at the threshold, over " +
      "the whole course history. Only for viewers who see all of the person's enrollments (see `enrollments`); null " +
      "with FORBIDDEN for everyone else, provider staff included: counted over one provider's offers it would " +
      'misstate a run that spans providers.',
  })
  @Directive(`@requires(fields: "${ENROLLMENTS_REQUIRES}")`)
  measureCareer(@Root() person: PersonRepresentation, @Ctx() ctx: OffersContext): Promise<MeasureCareer> {
    return ctx.scope.services.personOffers.measureCareer(person);
  }

  @FieldResolver(() => [Offer], {
    description:
      "Offers near the person that the person may join now: in the person's municipality or elsewhere in its Kreis, " +
      "open or running, with a free seat, whose rules admit the person's age, residence status, benefit regime and " +
      'German level; offers the person already applied for or takes part in are left out, as far as the viewer may ' +
      "see the person's enrollments. Ordered by start date, then title.",
  })
  @Directive(`@requires(fields: "${ELIGIBILITY_REQUIRES}")`)
  eligibleOffers(@Root() person: PersonRepresentation, @Ctx() ctx: OffersContext): Promise<Offer[]> {
    return ctx.scope.services.personOffers.eligibleOffers(person);
  }
}

export const personReference = {
  // The representation carries the required fields when the gateway asks for eligibleOffers.
  __resolveReference: (reference: PersonRepresentation) => reference,
};
