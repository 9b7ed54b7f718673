import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { BadUserInputError, IsoDateScalar, todayIso, UUID_PATTERN, assertUuid } from '@gk/shared';
import { ageOn, inTargetGroupOn } from '../common/validation';
import type { PersonsContext } from '../persons.context';
import { MunicipalityRef } from '../references/municipality.reference';
import { OrganizationRef } from '../references/organization.reference';
import { Person } from './person.entity';
import { PersonFilterInput } from './person-filter.input';
import { PersonPage, PersonRegistrationResult, PersonVocationalQualification } from './person.types';
import { RegisterPersonInput } from './register-person.input';
import { UpdatePersonInput } from './update-person.input';

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, {
    nullable: true,
    description:
      'One person by id; null when unknown or erased, null with FORBIDDEN when your role, ' +
      'organisation and the consents for your declared purpose (header X-Purpose) give you no ' +
      'field of them.',
  })
  person(
    @Arg('id', () => ID, { description: 'Id of the person.' }) id: string,
    @Ctx() ctx: PersonsContext,
  ): Promise<Person | null> {
    assertUuid(id, 'id');
    return ctx.scope.services.persons.visible(id);
  }

  @Query(() => PersonPage, {
    description:
      'Persons managed by your organisation (case managers only), in order of family name, given ' +
      'name and id, filtered and paginated by cursor.',
  })
  persons(
    @Arg('filter', () => PersonFilterInput, { nullable: true, description: 'Conditions the persons must meet.' })
    filter: PersonFilterInput | null,
    @Arg('first', () => Int, {
      nullable: true,
      description: 'Page size: 20 when left out, capped at the service maximum (100 by default).',
    })
    first: number | null,
    @Arg('after', () => String, { nullable: true, description: '`endCursor` of the previous page.' }) after:
      | string
      | null,
    @Ctx() ctx: PersonsContext,
  ) {
    return ctx.scope.services.persons.list(filter, first, after);
  }

  @Mutation(() => PersonRegistrationResult, {
    description:
      'Registers a person. A probable duplicate (same name, date of birth and municipality) that ' +
      'you may see (managed by your organisation, or covered by a consent for your organisation ' +
      'and the declared purpose) is reported instead of registered, unless `confirmNotDuplicate` ' +
      'is set. Persons you may not see are never reported, not even as a number: the ' +
      'registration goes ahead, and the organisation managing the earlier record sees it as ' +
      '`laterRegistrationsElsewhere`.',
  })
  registerPerson(
    @Arg('input', () => RegisterPersonInput, { description: 'The person.' }) input: RegisterPersonInput,
    @Ctx() ctx: PersonsContext,
  ) {
    return ctx.scope.services.persons.register(input);
  }

  @Mutation(() => Person, {
    description:
      'Changes a person record; refused with VERSION_CONFLICT when `expectedVersion` is not the current version.',
  })
  updatePerson(
    @Arg('input', () => UpdatePersonInput, { description: 'The changes.' }) input: UpdatePersonInput,
    @Ctx() ctx: PersonsContext,
  ): Promise<Person> {
    return ctx.scope.services.persons.update(input);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Stable pseudonym for statistics and exports: a keyed hash of the id, not reversible ' +
      'without the key of the persons subgraph; null where your access does not cover it.',
  })
  pseudonym(@Root() person: Person, @Ctx() ctx: PersonsContext): string {
    return ctx.scope.services.persons.pseudonym(person.id);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Age in full years today (Europe/Berlin); null where your access does not cover it.',
  })
  age(@Root() person: Person): number {
    return ageOn(person.dateOfBirth, todayIso());
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Age in full years on a given date; null where your access does not cover it.',
  })
  ageOn(@Root() person: Person, @Arg('date', () => IsoDateScalar, { description: 'The date.' }) date: string): number {
    if (date < person.dateOfBirth) throw new BadUserInputError('date', 'must not be before the date of birth');
    return ageOn(person.dateOfBirth, date);
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      'Whether the person belongs to the target group (aged 18 to 27 inclusive) on a date; null ' +
      'where your access does not cover it.',
  })
  inTargetGroup(
    @Root() person: Person,
    @Arg('on', () => IsoDateScalar, { nullable: true, description: 'The date; today (Europe/Berlin) when left out.' })
    on: string | null,
  ): boolean {
    return inTargetGroupOn(person.dateOfBirth, on ?? todayIso());
  }

  @FieldResolver(() => MunicipalityRef, {
    nullable: true,
    description: 'Municipality of residence; null where your access does not cover it.',
  })
  municipality(@Root() person: Person): MunicipalityRef {
    return { ags: person.municipalityAgs };
  }

  @FieldResolver(() => OrganizationRef, {
    nullable: true,
    description:
      'The organisation whose case management looks after the person; null where your access does not cover it.',
  })
  caseManagingOrganization(@Root() person: Person): OrganizationRef {
    return { id: person.caseManagingOrganizationId };
  }

  @FieldResolver(() => PersonVocationalQualification, {
    nullable: true,
    description: 'Vocational qualification; null when none is recorded or where your access does not cover it.',
  })
  vocationalQualification(@Root() person: Person): PersonVocationalQualification | null {
    if (person.vocationalDqrLevel === null && !person.vocationalInTraining && !person.vocationalForeign) return null;
    return {
      dqrLevel: person.vocationalDqrLevel,
      inTraining: person.vocationalInTraining,
      foreign: person.vocationalForeign,
      foreignRecognised: person.vocationalForeignRecognised,
    };
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'Possible double registrations: how many persons with the same name, date of birth and ' +
      'municipality other organisations registered after this one. Those organisations were not ' +
      'told that this record exists, and this number does not say who or where they are: ask the ' +
      'person and, with their consent, clear it up through a referral. For case managers of the ' +
      'managing organisation only; null where your access does not cover it.',
  })
  laterRegistrationsElsewhere(@Root() person: Person, @Ctx() ctx: PersonsContext): Promise<number> {
    return ctx.scope.loaders.persons.laterRegistrationsElsewhere.load(person.id);
  }

  @FieldResolver(() => Boolean, {
    description:
      "Computed for the current user: whether they may see all of the person's enrollments, the whole " +
      'course history (a case manager of the managing organisation, or a case manager whose organisation ' +
      'holds an active consent for ENROLLMENT or COUNSELLING; never provider staff, who see only the ' +
      'enrollments in their own offers). The offers subgraph requires it for enrollments and the measure ' +
      'career.',
  })
  enrollmentsVisibleToViewer(@Root() person: Person, @Ctx() ctx: PersonsContext): Promise<boolean> {
    return ctx.scope.access.enrollmentsVisible(person);
  }
}

/**
 * A person reached from another subgraph: null when unknown or erased. The object handed on is the
 * same one `person(id)` gives, so every field of it passes the field-level access middleware.
 */
export const personReference = {
  __resolveReference: (reference: { id: string }, ctx: PersonsContext) =>
    UUID_PATTERN.test(reference.id) ? ctx.scope.loaders.persons.byId.load(reference.id) : null,
};
