import { assertUuid, isUuid } from '@gk/shared';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { FundingContext } from '../funding.context';
import { CreateFundingProgramInput } from './create-funding-program.input';
import { FundingProgram } from './funding-program.entity';
import { FundingProgramFilter, FundingProgramPage } from './funding-program.types';

@Resolver(() => FundingProgram)
export class FundingProgramResolver {
  @Query(() => FundingProgram, { nullable: true, description: 'One funding programme by id; null when unknown.' })
  fundingProgram(
    @Arg('id', () => ID, { description: 'Id of the programme.' }) id: string,
    @Ctx() ctx: FundingContext,
  ): Promise<FundingProgram | null> {
    return ctx.scope.loaders.programs.byId.load(assertUuid(id, 'id'));
  }

  @Query(() => FundingProgramPage, { description: 'Funding programmes by name, a page at a time.' })
  fundingPrograms(
    @Arg('filter', () => FundingProgramFilter, { nullable: true, description: 'Conditions the programmes must meet.' })
    filter: FundingProgramFilter | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size: 20 when left out, at most 100.' }) first:
      | number
      | null,
    @Arg('after', () => String, {
      nullable: true,
      description: "Cursor of the previous page's last programme (`pageInfo.endCursor`).",
    })
    after: string | null,
    @Ctx() ctx: FundingContext,
  ): Promise<FundingProgramPage> {
    return ctx.scope.services.programs.list(filter ?? {}, first, after);
  }

  @Mutation(() => FundingProgram, { description: 'Records a new funding programme.' })
  createFundingProgram(
    @Arg('input', () => CreateFundingProgramInput, { description: 'The programme.' }) input: CreateFundingProgramInput,
    @Ctx() ctx: FundingContext,
  ): Promise<FundingProgram> {
    return ctx.scope.services.programs.create(input);
  }
}

export const fundingProgramReference = {
  __resolveReference: (reference: { id: string }, ctx: FundingContext) =>
    isUuid(reference.id) ? ctx.scope.loaders.programs.byId.load(reference.id.toLowerCase()) : null,
};
