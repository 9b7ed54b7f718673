import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { FundingContext } from '../funding.context';
import { AreaIndicators, PARTICIPATION_REQUIRES, type AreaIndicatorsRepresentation } from './area-indicators.reference';
import { MoneyIndicators } from './indicators.types';

@Resolver(() => AreaIndicators)
export class AreaIndicatorsMoneyResolver {
  @FieldResolver(() => MoneyIndicators, {
    nullable: true,
    description:
      'Money in the fiscal year of the reference date: planned, allocated, spent up to the date, state, own and ' +
      'other shares, by programme, and spent per enrolled person and per completed qualification (from the ' +
      "offers subgraph's participation counts). A Kreis includes its member municipalities. Core-group " +
      'analysts and finance officers of the area only; for others null with a FORBIDDEN error. A reference ' +
      'date in the future is refused (BAD_USER_INPUT).',
  })
  @Directive(`@requires(fields: "${PARTICIPATION_REQUIRES}")`)
  money(@Root() area: AreaIndicatorsRepresentation, @Ctx() ctx: FundingContext): Promise<MoneyIndicators> {
    return ctx.scope.services.indicators.money(area);
  }
}
