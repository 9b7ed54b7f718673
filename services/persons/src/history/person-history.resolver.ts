import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { PersonsContext } from '../persons.context';
import { Person } from '../person/person.entity';
import { PersonHistoryEntry } from './person-event.entity';

@Resolver(() => Person)
export class PersonHistoryResolver {
  @FieldResolver(() => [PersonHistoryEntry], {
    nullable: true,
    description:
      "Every change of the person's record, oldest first: what, by whom, when; null where your access does " +
      'not cover it.',
  })
  history(@Root() person: Person, @Ctx() ctx: PersonsContext): Promise<PersonHistoryEntry[]> {
    return ctx.scope.loaders.history.byPerson.load(person.id);
  }
}
