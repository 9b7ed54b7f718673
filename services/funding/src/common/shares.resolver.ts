import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { FundingContext } from '../funding.context';
import { FundingProgram } from '../program/funding-program.entity';
import { FundingProgramShare } from './shares';

@Resolver(() => FundingProgramShare)
export class FundingProgramShareResolver {
  @FieldResolver(() => FundingProgram, { description: 'The programme.' })
  async program(@Root() share: FundingProgramShare, @Ctx() ctx: FundingContext): Promise<FundingProgram> {
    return (await ctx.scope.loaders.programs.byId.load(share.programId)) as FundingProgram;
  }
}
