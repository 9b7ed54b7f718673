import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { BadUserInputError, todayIso } from '@gk/shared';
import type { PersonsContext } from '../persons.context';
import { MunicipalityRef } from '../references/municipality.reference';
import { OrganizationRef } from '../references/organization.reference';
import { Person } from './person.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true, description: 'One person by id; null when unknown.' })
  person(@Arg('id', () => ID, { description: 'Id of the person.' }) id: string, @Ctx() ctx: PersonsContext): Promise<Person | null> {
    if (!UUID.test(id)) throw new BadUserInputError('id', 'must be a UUID');
    return ctx.scope.persons.byId.load(id);
  }

  @FieldResolver(() => Int, { description: 'Age in full years today (Europe/Berlin).' })
  age(@Root() person: Person): number {
    const today = todayIso();
    const [y, m, d] = person.dateOfBirth.split('-').map(Number);
    const [ty, tm, td] = today.split('-').map(Number);
    return ty - y - (tm < m || (tm === m && td < d) ? 1 : 0);
  }

  @FieldResolver(() => MunicipalityRef, { description: 'Municipality of residence.' })
  municipality(@Root() person: Person): MunicipalityRef {
    return { ags: person.municipalityAgs };
  }

  @FieldResolver(() => OrganizationRef, { description: 'The organisation whose case management looks after the person.' })
  caseManagingOrganization(@Root() person: Person): OrganizationRef {
    return { id: person.caseManagingOrganizationId };
  }
}

export const personReference = {
  __resolveReference: (reference: { id: string }, ctx: PersonsContext) => ctx.scope.persons.byId.load(reference.id),
};
