import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { assertUuid } from '@gk/shared';
import type { PersonsContext } from '../persons.context';
import { Person } from '../person/person.entity';
import { PersonConsent } from './consent.entity';
import { GrantConsentInput } from './consent.inputs';

@Resolver(() => Person)
export class PersonConsentsResolver {
  @FieldResolver(() => [PersonConsent], {
    nullable: true,
    description:
      'Consents and legal bases recorded for the person, oldest first, revoked ones included; ' +
      'null where your access does not cover it.',
  })
  async consents(
    @Root() person: Person,
    @Arg('activeOnly', { defaultValue: false, description: 'Only those in force.' }) activeOnly: boolean,
    @Ctx() ctx: PersonsContext,
  ): Promise<PersonConsent[]> {
    const consents = await ctx.scope.loaders.consents.byPerson.load(person.id);
    return activeOnly ? consents.filter((c) => c.active) : consents;
  }

  @Mutation(() => PersonConsent, {
    description: 'Records a consent of the person, or a statutory basis, for data to go to an organisation.',
  })
  grantConsent(
    @Arg('input', () => GrantConsentInput, { description: 'The consent.' }) input: GrantConsentInput,
    @Ctx() ctx: PersonsContext,
  ): Promise<PersonConsent> {
    return ctx.scope.services.consents.grant(input);
  }

  @Mutation(() => PersonConsent, {
    description: 'Revokes a consent; it stops covering referrals from the next request on. It stays on record.',
  })
  revokeConsent(
    @Arg('id', () => ID, { description: 'Id of the consent.' }) id: string,
    @Ctx() ctx: PersonsContext,
  ): Promise<PersonConsent> {
    assertUuid(id, 'id');
    return ctx.scope.services.consents.revoke(id);
  }
}
