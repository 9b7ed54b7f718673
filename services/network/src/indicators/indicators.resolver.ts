import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { IsoDateScalar } from '@gk/shared';
import { Municipality } from '../municipality/municipality.entity';
import { MunicipalityKind } from '../municipality/municipality-kind.enum';
import type { NetworkContext } from '../network.context';
import { AllianceIndicators, AreaIndicators } from './indicators.types';

const REFERENCE_DATE = {
  nullable: true,
  description: 'Date the indicators refer to; today (Europe/Berlin) when left out. Not in the future, not before 2018.',
} as const;

@Resolver(() => Municipality)
export class MunicipalityIndicatorsResolver {
  @FieldResolver(() => AreaIndicators, {
    nullable: true,
    description:
      "The core group's indicators of this municipality (for a Kreis: of all its Gemeinden) on a reference date. For " +
      'the core group with the municipality in scope; null with FORBIDDEN for anyone else.',
  })
  indicators(
    @Root() municipality: Municipality,
    @Arg('referenceDate', () => IsoDateScalar, REFERENCE_DATE) referenceDate: string | null,
    @Ctx() ctx: NetworkContext,
  ): AreaIndicators {
    return ctx.scope.services.indicators.forMunicipality(municipality, referenceDate);
  }

  @FieldResolver(() => [AreaIndicators], {
    nullable: true,
    description:
      'The time axis: indicators at the last day of every quarter of the years asked for, oldest first, none after ' +
      'today. For the core group with the municipality in scope.',
  })
  quarterlyIndicators(
    @Root() municipality: Municipality,
    @Arg('fromYear', () => Int, { description: 'First year (2018 or later).' }) fromYear: number,
    @Arg('toYear', () => Int, {
      nullable: true,
      description: 'Last year; the current year when left out. At most ten years from fromYear.',
    })
    toYear: number | null,
    @Ctx() ctx: NetworkContext,
  ): AreaIndicators[] {
    return ctx.scope.services.indicators.quarterly(municipality, fromYear, toYear);
  }
}

@Resolver(() => AreaIndicators)
export class AreaIndicatorsResolver {
  @Query(() => [AreaIndicators], {
    description:
      "The core group's indicators of every municipality and Kreis in the caller's scope on one date, ordered by " +
      'AGS: the state-wide view for an analyst whose scope is every participating Kreis. Core group only.',
  })
  stateIndicators(
    @Arg('referenceDate', () => IsoDateScalar, REFERENCE_DATE) referenceDate: string | null,
    @Arg('kind', () => MunicipalityKind, {
      nullable: true,
      description: 'Only areas of this kind (for example only Kreise, whose figures cover their Gemeinden).',
    })
    kind: MunicipalityKind | null,
    @Ctx() ctx: NetworkContext,
  ): Promise<AreaIndicators[]> {
    return ctx.scope.services.indicators.stateWide(referenceDate, kind);
  }

  @FieldResolver(() => Municipality, { description: 'The municipality or Kreis the indicators describe.' })
  municipality(@Root() indicators: AreaIndicators, @Ctx() ctx: NetworkContext): Promise<Municipality> {
    return ctx.scope.services.indicators.municipality(indicators);
  }

  @FieldResolver(() => [AllianceIndicators], {
    description:
      "Network: the alliances spanning the area (its own first, then its Kreis's) with their core group's coverage " +
      'of the four areas and of the expected agencies on the reference date.',
  })
  alliances(@Root() indicators: AreaIndicators, @Ctx() ctx: NetworkContext): Promise<AllianceIndicators[]> {
    return ctx.scope.services.indicators.alliances(indicators);
  }
}

export const areaIndicatorsReference = {
  // Async, so a refused key fails only its own entry of the batch.
  __resolveReference: async (reference: { ags: string; referenceDate: string }, ctx: NetworkContext) =>
    ctx.scope.services.indicators.reference(reference.ags, reference.referenceDate),
};
