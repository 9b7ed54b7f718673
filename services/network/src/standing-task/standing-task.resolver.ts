import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { NetworkContext } from '../network.context';
import { AllianceStandingTask } from './standing-task.entity';
import { UpdateStandingTaskInput } from './update-standing-task.input';

@Resolver(() => AllianceStandingTask)
export class StandingTaskResolver {
  @Mutation(() => AllianceStandingTask, {
    description: "Sets the status (and note) of one of an alliance's standing tasks.",
  })
  updateStandingTask(
    @Arg('input', () => UpdateStandingTaskInput, { description: 'The new state.' }) input: UpdateStandingTaskInput,
    @Ctx() ctx: NetworkContext,
  ): Promise<AllianceStandingTask> {
    return ctx.scope.services.standingTasks.update(input);
  }
}
