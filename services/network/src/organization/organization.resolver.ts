import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { BadUserInputError } from '@gk/shared';
import type { NetworkContext } from '../network.context';
import { Municipality } from '../municipality/municipality.entity';
import { Organization } from './organization.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => Organization, { nullable: true, description: 'One organisation by id; null when unknown.' })
  organization(@Arg('id', () => ID, { description: 'Id of the organisation.' }) id: string, @Ctx() ctx: NetworkContext): Promise<Organization | null> {
    if (!UUID.test(id)) throw new BadUserInputError('id', 'must be a UUID');
    return ctx.scope.organizations.byId.load(id);
  }

  @FieldResolver(() => Municipality, { nullable: true, description: 'The municipality the organisation is based in.' })
  municipality(@Root() organization: Organization, @Ctx() ctx: NetworkContext): Promise<Municipality | null> {
    return ctx.scope.municipalities.byAgs.load(organization.ags);
  }
}

export const organizationReference = {
  __resolveReference: (reference: { id: string }, ctx: NetworkContext) => ctx.scope.organizations.byId.load(reference.id),
};
