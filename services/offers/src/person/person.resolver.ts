import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { Enrollment } from '../enrollment/enrollment.entity';
import { MeasureCareer } from '../measure-career/measure-career.types';
import { Offer } from '../offer/offer.entity';
import type { OffersContext } from '../offers.context';
import { ELIGIBILITY_REQUIRES, ENROLLMENTS_REQUIRES, Person, type PersonRepresentation } from './person.reference';

@Resolver(() => Person)
export class PersonOffersResolver {
  @FieldResolver(() => [Enrollment], {
    nullable: true,
    description:
      "The person's enrollments in offers, oldest application first. All of them where the persons subgraph grants the viewer the person's enrollments (enrollmentsVisibleToViewer); otherwise provider staff (role PROVIDER) see those in their own organisation's offers, and everyone else gets null with FORBIDDEN.",
  })
  @Directive(`@requires(fields: "${ENROLLMENTS_REQUIRES}")`)
  enrollments(@Root() person: PersonRepresentation, @Ctx() ctx: OffersContext): Promise<Enrollment[]> {
    return ctx.scope.enrollmentAccess.ofPerson(person, 'Person.enrollments');
  }

  @FieldResolver(() => MeasureCareer, {
    nullable: true,
    description:
      "The person's current run of enrollments without progress (Maßnahmen-Karriere), flagged at the threshold. Under the rule of enrollments: over all of them where the viewer may see them all, over those in their own organisation's offers for provider staff otherwise, null with FORBIDDEN for everyone else.",
  })
  @Directive(`@requires(fields: "${ENROLLMENTS_REQUIRES}")`)
  measureCareer(@Root() person: PersonRepresentation, @Ctx() ctx: OffersContext): Promise<MeasureCareer> {
    return ctx.scope.personOffers.measureCareer(person);
  }

  @FieldResolver(() => [Offer], {
    description:
      "Offers near the person that the person may join now: in the person's municipality or elsewhere in its Kreis, open or running, with a free seat, whose rules admit the person's age, residence status, benefit regime and German level; offers the person already applied for or takes part in are left out, as far as the viewer may see the person's enrollments. Ordered by start date, then title.",
  })
  @Directive(`@requires(fields: "${ELIGIBILITY_REQUIRES}")`)
  eligibleOffers(@Root() person: PersonRepresentation, @Ctx() ctx: OffersContext): Promise<Offer[]> {
    return ctx.scope.personOffers.eligibleOffers(person);
  }
}

export const personReference = {
  // The representation carries the required fields when the gateway asks for eligibleOffers.
  __resolveReference: (reference: PersonRepresentation) => reference,
};
