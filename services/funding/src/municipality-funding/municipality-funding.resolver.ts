import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { FundingContext } from '../funding.context';
import { MunicipalityRef } from '../references/municipality.reference';
import { MunicipalityFundingOverview } from './funding-overview.types';

@Resolver(() => MunicipalityRef)
export class MunicipalityFundingResolver {
  @FieldResolver(() => MunicipalityFundingOverview, {
    nullable: true,
    description:
      'Funding in one fiscal year: planned, allocated, spent, state and own share, by programme and by budget ' +
      'product. A Kreis includes its member municipalities. Finance officers and core-group analysts of the ' +
      'municipality only; for others null with a FORBIDDEN error.',
  })
  fundingOverview(
    @Root() municipality: MunicipalityRef,
    @Arg('fiscalYear', () => Int, { description: 'The fiscal year (Haushaltsjahr).' }) fiscalYear: number,
    @Ctx() ctx: FundingContext,
  ): Promise<MunicipalityFundingOverview> {
    return ctx.scope.services.overview.overview(municipality.ags, fiscalYear);
  }
}
