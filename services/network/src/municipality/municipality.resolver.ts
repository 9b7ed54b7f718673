import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Alliance } from '../alliance/alliance.entity';
import type { NetworkContext } from '../network.context';
import { Municipality } from './municipality.entity';
import { MunicipalityKind } from './municipality-kind.enum';

@Resolver(() => Municipality)
export class MunicipalityResolver {
  @Query(() => Municipality, {
    nullable: true,
    description: 'One municipality by its AGS (5 digits for a Kreis, 8 for a Gemeinde); null when unknown.',
  })
  municipality(
    @Arg('ags', { description: 'Amtlicher Gemeindeschlüssel, 5 or 8 digits.' }) ags: string,
    @Ctx() ctx: NetworkContext,
  ): Promise<Municipality | null> {
    return ctx.scope.services.municipalities.get(ags);
  }

  @Query(() => [Municipality], {
    description:
      'Municipalities by name, optionally only of one kind and/or only the members of one Kreis. An unknown parent ' +
      'AGS is refused.',
  })
  municipalities(
    @Arg('kind', () => MunicipalityKind, { nullable: true, description: 'Only municipalities of this kind.' })
    kind: MunicipalityKind | null,
    @Arg('parentAgs', () => String, {
      nullable: true,
      description: 'Only the members of the Kreis with this AGS (5 digits).',
    })
    parentAgs: string | null,
    @Ctx() ctx: NetworkContext,
  ): Promise<Municipality[]> {
    return ctx.scope.services.municipalities.list(kind, parentAgs);
  }

  @FieldResolver(() => Municipality, {
    nullable: true,
    description: 'The Kreis a kreisangehörige Kommune belongs to; null for a Kreis or a kreisfreie Stadt.',
  })
  parent(@Root() municipality: Municipality, @Ctx() ctx: NetworkContext): Promise<Municipality | null> | null {
    return municipality.parentAgs ? ctx.scope.loaders.municipalities.byAgs.load(municipality.parentAgs) : null;
  }

  @FieldResolver(() => [Municipality], {
    description: 'Member municipalities of a Kreis, by name; empty for a Gemeinde.',
  })
  members(@Root() municipality: Municipality, @Ctx() ctx: NetworkContext): Promise<Municipality[]> {
    return ctx.scope.loaders.municipalities.membersOf.load(municipality.ags);
  }

  @FieldResolver(() => [Alliance], {
    description: 'Alliances that span this municipality: its own first, then those of its Kreis.',
  })
  alliances(@Root() municipality: Municipality, @Ctx() ctx: NetworkContext): Promise<Alliance[]> {
    return ctx.scope.services.alliances.forMunicipality(municipality);
  }
}

export const municipalityReference = {
  __resolveReference: (reference: { ags: string }, ctx: NetworkContext) =>
    ctx.scope.loaders.municipalities.byAgs.load(reference.ags),
};
