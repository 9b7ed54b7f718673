import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { OffersContext } from '../offers.context';
import { AreaIndicatorsRef, type AreaIndicatorsRepresentation, GAPS_REQUIRES } from './area-indicators.reference';
import {
  DuplicateCandidate,
  MeasureCareerIndicators,
  NeedGap,
  OfferCategoryIndicators,
  ParticipationIndicators,
} from './indicators.types';

const ACCESS =
  'For the core group with the area in its scope; null with FORBIDDEN for anyone else. A reference date in the ' +
  'future is refused (BAD_USER_INPUT on referenceDate).';

const PARTICIPATION = "Participation in the area's offers in the fiscal year of the reference date, up to the date.";

@Resolver(() => AreaIndicatorsRef)
export class AreaIndicatorsOffersResolver {
  @FieldResolver(() => [OfferCategoryIndicators], {
    nullable: true,
    description:
      `The offer landscape of the area on the reference date: one row per offer category (all of them, ` +
      `zeros included, in enum order). ${ACCESS}`,
  })
  offerLandscape(
    @Root() area: AreaIndicatorsRepresentation,
    @Ctx() ctx: OffersContext,
  ): Promise<OfferCategoryIndicators[]> {
    return ctx.scope.services.indicators.offerLandscape(area);
  }

  @FieldResolver(() => [NeedGap], {
    nullable: true,
    description:
      `Gaps (Angebotslücken) of the area on the reference date: one row per need category (all of them, ` +
      `in enum order), open needs from the persons subgraph against free seats in matching offers. Null also when ` +
      `the persons subgraph gave no open needs. ${ACCESS}`,
  })
  @Directive(`@requires(fields: "${GAPS_REQUIRES}")`)
  gaps(@Root() area: AreaIndicatorsRepresentation, @Ctx() ctx: OffersContext): Promise<NeedGap[] | null> {
    return ctx.scope.services.indicators.gaps(area);
  }

  @FieldResolver(() => MeasureCareerIndicators, {
    nullable: true,
    description: `Measure careers of the area on the reference date. ${ACCESS}`,
  })
  measureCareers(
    @Root() area: AreaIndicatorsRepresentation,
    @Ctx() ctx: OffersContext,
  ): Promise<MeasureCareerIndicators> {
    return ctx.scope.services.indicators.measureCareers(area);
  }

  @FieldResolver(() => [DuplicateCandidate], {
    nullable: true,
    description:
      `Possible duplicate structures in the area on the reference date (for a Kreis, in all its ` +
      `municipalities), ordered by municipality, category and start dates. ${ACCESS}`,
  })
  duplicateCandidates(
    @Root() area: AreaIndicatorsRepresentation,
    @Ctx() ctx: OffersContext,
  ): Promise<DuplicateCandidate[]> {
    return ctx.scope.services.indicators.duplicateCandidates(area);
  }

  @FieldResolver(() => ParticipationIndicators, {
    nullable: true,
    description: `${PARTICIPATION} ${ACCESS}`,
  })
  participation(
    @Root() area: AreaIndicatorsRepresentation,
    @Ctx() ctx: OffersContext,
  ): Promise<ParticipationIndicators> {
    return ctx.scope.services.indicators.participation(area);
  }
}
