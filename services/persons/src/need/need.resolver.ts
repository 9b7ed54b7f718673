import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { PersonsContext } from '../persons.context';
import { Person } from '../person/person.entity';
import { PersonNeed } from './need.entity';
import { RecordNeedInput, UpdateNeedInput } from './need.inputs';
import { PersonNeedStatus } from './need-status.enum';

@Resolver(() => Person)
export class PersonNeedsResolver {
  @FieldResolver(() => [PersonNeed], {
    nullable: true,
    description: 'Needs recorded for the person, oldest first; null where your access does not cover it.',
  })
  async needs(
    @Root() person: Person,
    @Arg('statuses', () => [PersonNeedStatus], {
      nullable: true,
      description: 'Only needs in one of these statuses; all when left out.',
    })
    statuses: PersonNeedStatus[] | null,
    @Ctx() ctx: PersonsContext,
  ): Promise<PersonNeed[]> {
    const needs = await ctx.scope.loaders.needs.byPerson.load(person.id);
    return statuses ? needs.filter((n) => statuses.includes(n.status)) : needs;
  }

  @Mutation(() => PersonNeed, { description: 'Records a need of a person.' })
  recordNeed(
    @Arg('input', () => RecordNeedInput, { description: 'The need.' }) input: RecordNeedInput,
    @Ctx() ctx: PersonsContext,
  ): Promise<PersonNeed> {
    return ctx.scope.services.needs.record(input);
  }

  @Mutation(() => PersonNeed, {
    description: 'Changes the status or note of a need; a met or closed need stays as it is.',
  })
  updateNeed(
    @Arg('input', () => UpdateNeedInput, { description: 'The changes.' }) input: UpdateNeedInput,
    @Ctx() ctx: PersonsContext,
  ): Promise<PersonNeed> {
    return ctx.scope.services.needs.update(input);
  }
}
