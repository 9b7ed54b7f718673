import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { NetworkContext } from '../network.context';
import { Organization } from '../organization/organization.entity';
import { presentOrganizations } from '../organization/organization-list';
import { AllianceForum } from './forum.entity';
import { RecordForumParticipantsInput, ScheduleForumInput } from './forum.input';

@Resolver(() => AllianceForum)
export class ForumResolver {
  @Mutation(() => AllianceForum, { description: 'Schedules a working group or an event of an alliance.' })
  scheduleForum(
    @Arg('input', () => ScheduleForumInput, { description: 'The forum.' }) input: ScheduleForumInput,
    @Ctx() ctx: NetworkContext,
  ): Promise<AllianceForum> {
    return ctx.scope.services.forums.schedule(input);
  }

  @Mutation(() => AllianceForum, { description: 'Records organisations taking part in a forum.' })
  recordForumParticipants(
    @Arg('input', () => RecordForumParticipantsInput, { description: 'The participants.' })
    input: RecordForumParticipantsInput,
    @Ctx() ctx: NetworkContext,
  ): Promise<AllianceForum> {
    return ctx.scope.services.forums.recordParticipants(input);
  }

  @FieldResolver(() => [Organization], { description: 'Organisations taking part, by name.' })
  async participants(@Root() forum: AllianceForum, @Ctx() ctx: NetworkContext): Promise<Organization[]> {
    const ids = await ctx.scope.loaders.forums.participantIds.load(forum.id);
    return presentOrganizations(await ctx.scope.loaders.organizations.byId.loadMany(ids));
  }
}
