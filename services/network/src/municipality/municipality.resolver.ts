import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { BadUserInputError } from '@gk/shared';
import type { NetworkContext } from '../network.context';
import { Municipality } from './municipality.entity';

export const AGS_PATTERN = /^\d{5}(\d{3})?$/;

@Resolver(() => Municipality)
export class MunicipalityResolver {
  @Query(() => Municipality, { nullable: true, description: 'One municipality by its AGS (5 digits for a Kreis, 8 for a Gemeinde); null when unknown.' })
  municipality(
    @Arg('ags', { description: 'Amtlicher Gemeindeschlüssel, 5 or 8 digits.' }) ags: string,
    @Ctx() ctx: NetworkContext,
  ): Promise<Municipality | null> {
    if (!AGS_PATTERN.test(ags)) throw new BadUserInputError('ags', 'must be 5 digits (Kreis) or 8 digits (Gemeinde)');
    return ctx.scope.municipalities.byAgs.load(ags);
  }

  @FieldResolver(() => Municipality, { nullable: true, description: 'The Kreis a kreisangehörige Kommune belongs to; null for a Kreis or a kreisfreie Stadt.' })
  parent(@Root() municipality: Municipality, @Ctx() ctx: NetworkContext): Promise<Municipality | null> | null {
    return municipality.parentAgs ? ctx.scope.municipalities.byAgs.load(municipality.parentAgs) : null;
  }

  @FieldResolver(() => [Municipality], { description: 'Member municipalities of a Kreis, by name; empty for a Gemeinde.' })
  members(@Root() municipality: Municipality, @Ctx() ctx: NetworkContext): Promise<Municipality[]> {
    return ctx.scope.municipalities.membersOf.load(municipality.ags);
  }
}

export const municipalityReference = {
  __resolveReference: (reference: { ags: string }, ctx: NetworkContext) => ctx.scope.municipalities.byAgs.load(reference.ags),
};
