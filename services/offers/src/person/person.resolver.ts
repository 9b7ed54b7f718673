import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Enrollment } from '../enrollment/enrollment.entity';
import type { OffersContext } from '../offers.context';
import { Person } from './person.reference';

@Resolver(() => Person)
export class PersonEnrollmentsResolver {
  @FieldResolver(() => [Enrollment], { description: "The person's enrollments in offers, oldest first." })
  enrollments(@Root() person: Person, @Ctx() ctx: OffersContext): Promise<Enrollment[]> {
    return ctx.scope.enrollments.byPerson.load(person.id);
  }
}

export const personReference = {
  __resolveReference: (reference: { id: string }) => ({ id: reference.id }),
};
