import { IsoDateScalar } from '@gk/shared';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ProcedureAgreement } from '../agreement/agreement.entity';
import { CoreGroupMembership } from '../core-group/core-group-membership.entity';
import { AllianceCoverage } from '../coverage/coverage.types';
import { AllianceForum } from '../forum/forum.entity';
import { Municipality } from '../municipality/municipality.entity';
import type { NetworkContext } from '../network.context';
import { Organization } from '../organization/organization.entity';
import { AlliancePriority } from '../priority/priority.entity';
import { AllianceStandingTask } from '../standing-task/standing-task.entity';
import { Alliance } from './alliance.entity';
import { AlliancePage } from './alliance.types';
import { CreateAllianceInput } from './create-alliance.input';

@Resolver(() => Alliance)
export class AllianceResolver {
  @Query(() => Alliance, { nullable: true, description: 'One alliance by id; null when unknown.' })
  alliance(
    @Arg('id', () => ID, { description: 'Id of the alliance.' }) id: string,
    @Ctx() ctx: NetworkContext,
  ): Promise<Alliance | null> {
    return ctx.scope.services.alliances.get(id);
  }

  @Query(() => AlliancePage, { description: 'All alliances by name, one page at a time (at most 50 per page).' })
  alliances(
    @Arg('first', () => Int, { nullable: true, description: 'Page size: 20 when left out, at most 50.' }) first:
      | number
      | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the last item of the previous page.' }) after:
      | string
      | null,
    @Ctx() ctx: NetworkContext,
  ): Promise<AlliancePage> {
    return ctx.scope.services.alliances.list(first, after);
  }

  @Query(() => [Alliance], {
    description:
      'The alliances that span a municipality: its own first, then those of its Kreis. A malformed or unknown AGS is ' +
      'refused.',
  })
  alliancesForMunicipality(
    @Arg('ags', { description: 'Amtlicher Gemeindeschlüssel, 5 or 8 digits.' }) ags: string,
    @Ctx() ctx: NetworkContext,
  ): Promise<Alliance[]> {
    return ctx.scope.services.alliances.forAgs(ags);
  }

  @Mutation(() => Alliance, {
    description:
      'Creates a local alliance with its seven standing tasks (not started). One alliance per lead municipality and ' +
      'programme.',
  })
  createAlliance(
    @Arg('input', () => CreateAllianceInput, { description: 'The alliance.' }) input: CreateAllianceInput,
    @Ctx() ctx: NetworkContext,
  ): Promise<Alliance> {
    return ctx.scope.services.alliances.create(input);
  }

  @FieldResolver(() => Municipality, {
    description: 'The lead municipality: a Kreis, a kreisfreie Stadt or a kreisangehörige Kommune.',
  })
  async leadMunicipality(@Root() alliance: Alliance, @Ctx() ctx: NetworkContext): Promise<Municipality | null> {
    return ctx.scope.loaders.municipalities.byAgs.load(alliance.leadAgs);
  }

  @FieldResolver(() => [Municipality], {
    description: 'The municipalities the alliance spans: the members of a Kreis, or the lead municipality itself.',
  })
  spannedMunicipalities(@Root() alliance: Alliance, @Ctx() ctx: NetworkContext): Promise<Municipality[]> {
    return ctx.scope.services.alliances.spannedMunicipalities(alliance);
  }

  @FieldResolver(() => Organization, {
    description: 'The lead office (Geschäftsführende Stelle) that runs the alliance.',
  })
  leadOffice(@Root() alliance: Alliance, @Ctx() ctx: NetworkContext): Promise<Organization | null> {
    return ctx.scope.loaders.organizations.byId.load(alliance.leadOfficeId);
  }

  @FieldResolver(() => [CoreGroupMembership], {
    description:
      'The core group (Bündniskerngruppe): every seat, past and future included, by first day; only the seats in ' +
      'force on `activeOn` when given.',
  })
  coreGroup(
    @Root() alliance: Alliance,
    @Arg('activeOn', () => IsoDateScalar, { nullable: true, description: 'Only seats in force on this day.' }) activeOn:
      | string
      | null,
    @Ctx() ctx: NetworkContext,
  ): Promise<CoreGroupMembership[]> {
    return ctx.scope.services.coreGroup.forAlliance(alliance.id, activeOn);
  }

  @FieldResolver(() => [AllianceForum], { description: 'Forums (working groups and events), by start day.' })
  forums(@Root() alliance: Alliance, @Ctx() ctx: NetworkContext): Promise<AllianceForum[]> {
    return ctx.scope.loaders.forums.byAlliance.load(alliance.id);
  }

  @FieldResolver(() => [AlliancePriority], { description: 'Priorities by rank, most important first.' })
  priorities(@Root() alliance: Alliance, @Ctx() ctx: NetworkContext): Promise<AlliancePriority[]> {
    return ctx.scope.loaders.priorities.byAlliance.load(alliance.id);
  }

  @FieldResolver(() => [ProcedureAgreement], {
    description: 'Procedure agreements (Verfahrensvereinbarungen), by signing day.',
  })
  agreements(@Root() alliance: Alliance, @Ctx() ctx: NetworkContext): Promise<ProcedureAgreement[]> {
    return ctx.scope.loaders.agreements.byAlliance.load(alliance.id);
  }

  @FieldResolver(() => [AllianceStandingTask], {
    description: "The seven standing tasks of the core group with their status, in the programme's order.",
  })
  standingTasks(@Root() alliance: Alliance, @Ctx() ctx: NetworkContext): Promise<AllianceStandingTask[]> {
    return ctx.scope.loaders.standingTasks.byAlliance.load(alliance.id);
  }

  @FieldResolver(() => AllianceCoverage, {
    description: 'Which areas and expected agencies the core group covers on a day.',
  })
  coverage(
    @Root() alliance: Alliance,
    @Arg('asOf', () => IsoDateScalar, {
      nullable: true,
      description: 'The day to look at; today (Europe/Berlin) when left out.',
    })
    asOf: string | null,
    @Ctx() ctx: NetworkContext,
  ): Promise<AllianceCoverage> {
    return ctx.scope.services.coverage.forAlliance(alliance.id, asOf);
  }
}

export const allianceReference = {
  __resolveReference: (reference: { id: string }, ctx: NetworkContext) =>
    ctx.scope.loaders.alliances.byId.load(reference.id),
};
