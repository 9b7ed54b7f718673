import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { NetworkContext } from '../network.context';
import { Municipality } from '../municipality/municipality.entity';
import { Organization } from './organization.entity';
import { OrganizationFilter } from './organization-filter.input';
import { OrganizationPage } from './organization.types';
import { RegisterOrganizationInput } from './register-organization.input';
import { UpdateOrganizationInput } from './update-organization.input';

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => Organization, { nullable: true, description: 'One organisation by id; null when unknown.' })
  organization(
    @Arg('id', () => ID, { description: 'Id of the organisation.' }) id: string,
    @Ctx() ctx: NetworkContext,
  ): Promise<Organization | null> {
    return ctx.scope.services.organizations.get(id);
  }

  @Query(() => OrganizationPage, {
    description: 'Organisations by name, filtered, one page at a time (at most 100 per page).',
  })
  organizations(
    @Arg('filter', () => OrganizationFilter, {
      nullable: true,
      description: 'Conditions every listed organisation meets.',
    })
    filter: OrganizationFilter | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size: 20 when left out, at most 100.' }) first:
      | number
      | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the last item of the previous page.' }) after:
      | string
      | null,
    @Ctx() ctx: NetworkContext,
  ): Promise<OrganizationPage> {
    return ctx.scope.services.organizations.list(filter, first, after);
  }

  @Mutation(() => Organization, { description: 'Registers an organisation in the network.' })
  registerOrganization(
    @Arg('input', () => RegisterOrganizationInput, { description: 'The organisation.' })
    input: RegisterOrganizationInput,
    @Ctx() ctx: NetworkContext,
  ): Promise<Organization> {
    return ctx.scope.services.organizations.register(input);
  }

  @Mutation(() => Organization, {
    description: "Changes an organisation's name, kind, areas, municipality or public contact data.",
  })
  updateOrganization(
    @Arg('input', () => UpdateOrganizationInput, { description: 'The changes.' }) input: UpdateOrganizationInput,
    @Ctx() ctx: NetworkContext,
  ): Promise<Organization> {
    return ctx.scope.services.organizations.update(input);
  }

  @FieldResolver(() => Municipality, { nullable: true, description: 'The municipality the organisation is based in.' })
  municipality(@Root() organization: Organization, @Ctx() ctx: NetworkContext): Promise<Municipality | null> {
    return ctx.scope.loaders.municipalities.byAgs.load(organization.ags);
  }
}

export const organizationReference = {
  __resolveReference: (reference: { id: string }, ctx: NetworkContext) =>
    ctx.scope.loaders.organizations.byId.load(reference.id),
};
