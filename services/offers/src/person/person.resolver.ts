import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { Enrollment } from '../enrollment/enrollment.entity';
import { MeasureCareer } from '../measure-career/measure-career.types';
import { Offer } from '../offer/offer.entity';
import type { OffersContext } from '../offers.context';
import { ELIGIBILITY_REQUIRES, Person, type PersonRepresentation } from './person.reference';

@Resolver(() => Person)
export class PersonOffersResolver {
  @FieldResolver(() => [Enrollment], { description: "The person's enrollments in offers, oldest application first." })
  enrollments(@Root() person: Person, @Ctx() ctx: OffersContext): Promise<Enrollment[]> {
    return ctx.scope.enrollments.byPerson.load(person.id);
  }

  @FieldResolver(() => MeasureCareer, { description: "The person's current run of enrollments without progress (Maßnahmen-Karriere), flagged at the threshold." })
  measureCareer(@Root() person: Person, @Ctx() ctx: OffersContext): Promise<MeasureCareer> {
    return ctx.scope.personOffers.measureCareer(person.id);
  }

  @FieldResolver(() => [Offer], {
    description:
      "Offers near the person that the person may join now: in the person's municipality or elsewhere in its Kreis, open or running, with a free seat, whose rules admit the person's age, residence status, benefit regime and German level; offers the person already applied for or takes part in are left out. Ordered by start date, then title.",
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
