import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Alliance } from '../alliance/alliance.entity';
import type { NetworkContext } from '../network.context';
import { Organization } from '../organization/organization.entity';
import { CoreGroupMembership } from './core-group-membership.entity';
import { AddCoreGroupMemberInput, ChangeCoreGroupMemberInput, EndCoreGroupMemberInput } from './core-group.input';

@Resolver(() => CoreGroupMembership)
export class CoreGroupResolver {
  @Mutation(() => CoreGroupMembership, {
    description:
      "Gives an organisation a seat in an alliance's core group. Refused when the organisation already holds a seat " +
      'there for part of the period.',
  })
  addCoreGroupMember(
    @Arg('input', () => AddCoreGroupMemberInput, { description: 'The seat.' }) input: AddCoreGroupMemberInput,
    @Ctx() ctx: NetworkContext,
  ): Promise<CoreGroupMembership> {
    return ctx.scope.services.coreGroup.add(input);
  }

  @Mutation(() => CoreGroupMembership, {
    description: 'Changes the representative, area, decision authority or first day of a seat.',
  })
  changeCoreGroupMember(
    @Arg('input', () => ChangeCoreGroupMemberInput, { description: 'The changes.' }) input: ChangeCoreGroupMemberInput,
    @Ctx() ctx: NetworkContext,
  ): Promise<CoreGroupMembership> {
    return ctx.scope.services.coreGroup.change(input);
  }

  @Mutation(() => CoreGroupMembership, { description: 'Ends a seat on its last day. A seat ends once.' })
  endCoreGroupMember(
    @Arg('input', () => EndCoreGroupMemberInput, { description: 'The end.' }) input: EndCoreGroupMemberInput,
    @Ctx() ctx: NetworkContext,
  ): Promise<CoreGroupMembership> {
    return ctx.scope.services.coreGroup.end(input);
  }

  @FieldResolver(() => String, { nullable: true })
  representativeName(@Root() membership: CoreGroupMembership, @Ctx() ctx: NetworkContext): string {
    ctx.scope.access.requireStaffNames('representativeName');
    return membership.representativeName;
  }

  @FieldResolver(() => String, { nullable: true })
  representativeRole(@Root() membership: CoreGroupMembership, @Ctx() ctx: NetworkContext): string {
    ctx.scope.access.requireStaffNames('representativeRole');
    return membership.representativeRole;
  }

  @FieldResolver(() => Organization, { description: 'The organisation holding the seat.' })
  organization(@Root() membership: CoreGroupMembership, @Ctx() ctx: NetworkContext): Promise<Organization | null> {
    return ctx.scope.loaders.organizations.byId.load(membership.organizationId);
  }

  @FieldResolver(() => Alliance, { description: 'The alliance whose core group it is.' })
  alliance(@Root() membership: CoreGroupMembership, @Ctx() ctx: NetworkContext): Promise<Alliance | null> {
    return ctx.scope.loaders.alliances.byId.load(membership.allianceId);
  }
}
