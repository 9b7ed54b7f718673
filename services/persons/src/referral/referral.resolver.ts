import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { assertUuid } from '@gk/shared';
import type { PersonsContext } from '../persons.context';
import { Person } from '../person/person.entity';
import { PersonReferral } from './referral.entity';
import {
  AnswerReferralInput,
  ConcludeReferralInput,
  CreateReferralInput,
  ReferralFilterInput,
} from './referral.inputs';
import { PersonReferralPage } from './referral.types';

@Resolver(() => Person)
export class PersonReferralsResolver {
  @FieldResolver(() => [PersonReferral], {
    nullable: true,
    description: 'Referrals of the person, oldest first; null where your access does not cover it.',
  })
  referrals(@Root() person: Person, @Ctx() ctx: PersonsContext): Promise<PersonReferral[]> {
    return ctx.scope.loaders.referrals.byPerson.load(person.id);
  }
}

@Resolver(() => PersonReferral)
export class ReferralResolver {
  @Query(() => PersonReferral, {
    nullable: true,
    description: 'One referral from or to your organisation by id (case managers and providers); null when unknown.',
  })
  personReferral(
    @Arg('id', () => ID, { description: 'Id of the referral.' }) id: string,
    @Ctx() ctx: PersonsContext,
  ): Promise<PersonReferral | null> {
    assertUuid(id, 'id');
    return ctx.scope.services.referrals.visible(id);
  }

  @Query(() => PersonReferralPage, {
    description:
      'Referrals from or to your organisation (case managers and providers), newest first, ' +
      'filtered (for example the requests waiting at one organisation) and paginated by cursor.',
  })
  personReferrals(
    @Arg('filter', () => ReferralFilterInput, { nullable: true, description: 'Conditions the referrals must meet.' })
    filter: ReferralFilterInput | null,
    @Arg('first', () => Int, {
      nullable: true,
      description: 'Page size: 20 when left out, capped at the service maximum.',
    })
    first: number | null,
    @Arg('after', () => String, { nullable: true, description: '`endCursor` of the previous page.' }) after:
      | string
      | null,
    @Ctx() ctx: PersonsContext,
  ): Promise<PersonReferralPage> {
    return ctx.scope.services.referrals.list(filter, first, after);
  }

  @FieldResolver(() => Person, { description: 'The person referred.' })
  async person(@Root() referral: PersonReferral, @Ctx() ctx: PersonsContext): Promise<Person> {
    return (await ctx.scope.loaders.persons.byId.load(referral.personId)) as Person;
  }

  @Mutation(() => PersonReferral, {
    description:
      'Refers a person to an organisation (refused with CONSENT_REQUIRED without an active ' +
      'consent or legal basis for it and the purpose) or to an offer.',
  })
  createReferral(
    @Arg('input', () => CreateReferralInput, { description: 'The referral.' }) input: CreateReferralInput,
    @Ctx() ctx: PersonsContext,
  ): Promise<PersonReferral> {
    return ctx.scope.services.referrals.create(input);
  }

  @Mutation(() => PersonReferral, {
    description:
      'Accepts or declines a requested referral; accepting a referral to an organisation checks the consent again.',
  })
  answerReferral(
    @Arg('input', () => AnswerReferralInput, { description: 'The answer.' }) input: AnswerReferralInput,
    @Ctx() ctx: PersonsContext,
  ): Promise<PersonReferral> {
    return ctx.scope.services.referrals.answer(input);
  }

  @Mutation(() => PersonReferral, {
    description: 'Completes an accepted referral, or cancels a requested or accepted one.',
  })
  concludeReferral(
    @Arg('input', () => ConcludeReferralInput, { description: 'How it ends.' }) input: ConcludeReferralInput,
    @Ctx() ctx: PersonsContext,
  ): Promise<PersonReferral> {
    return ctx.scope.services.referrals.conclude(input);
  }
}
