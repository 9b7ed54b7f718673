import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { OffersContext } from '../offers.context';
import { Offer } from '../offer/offer.entity';
import { Person } from '../person/person.reference';
import { Enrollment } from './enrollment.entity';

@Resolver(() => Enrollment)
export class EnrollmentResolver {
  @FieldResolver(() => Offer, { description: 'The offer the person takes part in.' })
  async offer(@Root() enrollment: Enrollment, @Ctx() ctx: OffersContext): Promise<Offer> {
    return (await ctx.scope.offers.byId.load(enrollment.offerId)) as Offer;
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The person taking part; null once the person was erased.' })
  person(@Root() enrollment: Enrollment): Person | null {
    return enrollment.personId ? { id: enrollment.personId } : null;
  }
}

export const enrollmentReference = {
  __resolveReference: (reference: { id: string }, ctx: OffersContext) => ctx.scope.enrollments.byId.load(reference.id),
};
