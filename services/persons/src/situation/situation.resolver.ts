import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { PersonsContext } from '../persons.context';
import { Person } from '../person/person.entity';
import { PersonBenefitRegimePeriod } from './benefit-regime-period.entity';
import { PersonResidenceStatusPeriod } from './residence-status-period.entity';
import {
  BenefitRegimeChangeFilterInput,
  RecordBenefitRegimeInput,
  RecordResidenceStatusInput,
} from './situation.inputs';
import { PersonBenefitRegimeChange, PersonBenefitRegimeChangePage } from './situation.types';

@Resolver(() => Person)
export class PersonSituationResolver {
  @FieldResolver(() => [PersonResidenceStatusPeriod], {
    nullable: true,
    description:
      'Residence status history, oldest first; the last period is open while current; null where ' +
      'your access does not cover it.',
  })
  residenceStatusHistory(@Root() person: Person, @Ctx() ctx: PersonsContext): Promise<PersonResidenceStatusPeriod[]> {
    return ctx.scope.loaders.situation.residencePeriodsByPerson.load(person.id);
  }

  @FieldResolver(() => [PersonBenefitRegimePeriod], {
    nullable: true,
    description:
      'Benefit regime history, oldest first; periods with a previous regime are changes of ' +
      'regime; null where your access does not cover it.',
  })
  benefitRegimeHistory(@Root() person: Person, @Ctx() ctx: PersonsContext): Promise<PersonBenefitRegimePeriod[]> {
    return ctx.scope.loaders.situation.regimePeriodsByPerson.load(person.id);
  }

  @Mutation(() => Person, {
    description: 'Records a new residence status from a date; the current one ends the day before.',
  })
  recordResidenceStatus(
    @Arg('input', () => RecordResidenceStatusInput, { description: 'The new status.' })
    input: RecordResidenceStatusInput,
    @Ctx() ctx: PersonsContext,
  ): Promise<Person> {
    return ctx.scope.services.situation.recordResidenceStatus(input);
  }

  @Mutation(() => Person, {
    description:
      'Records a new benefit regime from a date (a Rechtskreiswechsel when one was recorded ' +
      'before); the current one ends the day before.',
  })
  recordBenefitRegime(
    @Arg('input', () => RecordBenefitRegimeInput, { description: 'The new regime.' }) input: RecordBenefitRegimeInput,
    @Ctx() ctx: PersonsContext,
  ): Promise<Person> {
    return ctx.scope.services.situation.recordBenefitRegime(input);
  }
}

@Resolver(() => PersonBenefitRegimeChange)
export class BenefitRegimeChangeResolver {
  @Query(() => PersonBenefitRegimeChangePage, {
    description:
      'Changes of benefit regime (Rechtskreiswechsel) of persons managed by your organisation ' +
      '(case managers only), oldest first, filtered and paginated by cursor.',
  })
  benefitRegimeChanges(
    @Arg('filter', () => BenefitRegimeChangeFilterInput, {
      nullable: true,
      description: 'Conditions the changes must meet.',
    })
    filter: BenefitRegimeChangeFilterInput | null,
    @Arg('first', () => Int, {
      nullable: true,
      description: 'Page size: 20 when left out, capped at the service maximum.',
    })
    first: number | null,
    @Arg('after', () => String, { nullable: true, description: '`endCursor` of the previous page.' }) after:
      | string
      | null,
    @Ctx() ctx: PersonsContext,
  ): Promise<PersonBenefitRegimeChangePage> {
    return ctx.scope.services.situation.regimeChanges(filter, first, after);
  }

  @FieldResolver(() => Person, { description: 'The person whose regime changed.' })
  async person(@Root() change: PersonBenefitRegimeChange, @Ctx() ctx: PersonsContext): Promise<Person> {
    return (await ctx.scope.loaders.persons.byId.load(change.personId)) as Person;
  }
}
