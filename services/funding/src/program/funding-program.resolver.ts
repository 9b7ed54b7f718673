import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { BadUserInputError } from '@gk/shared';
import type { FundingContext } from '../funding.context';
import { FundingProgram } from './funding-program.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Resolver(() => FundingProgram)
export class FundingProgramResolver {
  @Query(() => FundingProgram, { nullable: true, description: 'One funding programme by id; null when unknown.' })
  fundingProgram(@Arg('id', () => ID, { description: 'Id of the programme.' }) id: string, @Ctx() ctx: FundingContext): Promise<FundingProgram | null> {
    if (!UUID.test(id)) throw new BadUserInputError('id', 'must be a UUID');
    return ctx.scope.programs.byId.load(id);
  }
}

export const fundingProgramReference = {
  __resolveReference: (reference: { id: string }, ctx: FundingContext) => ctx.scope.programs.byId.load(reference.id),
};
