import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Alliance } from '../alliance/alliance.entity';
import type { NetworkContext } from '../network.context';
import { AlliancePriority } from './priority.entity';
import { SetAlliancePrioritiesInput } from './set-priorities.input';

@Resolver(() => AlliancePriority)
export class PriorityResolver {
  @Mutation(() => Alliance, {
    description: "Sets the alliance's ranked list of priorities as a whole; returns the alliance.",
  })
  setAlliancePriorities(
    @Arg('input', () => SetAlliancePrioritiesInput, { description: 'The ranked list.' })
    input: SetAlliancePrioritiesInput,
    @Ctx() ctx: NetworkContext,
  ): Promise<Alliance> {
    return ctx.scope.services.priorities.set(input);
  }
}
