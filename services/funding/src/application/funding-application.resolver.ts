import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { MoneyScalar, assertUuid } from '@gk/shared';
import { FundingAllocation } from '../allocation/allocation.entity';
import { Action } from '../access/funding-access';
import type { FundingContext } from '../funding.context';
import { FundingProgram } from '../program/funding-program.entity';
import { MunicipalityRef } from '../references/municipality.reference';
import { OrganizationRef } from '../references/organization.reference';
import { FundingApplication } from './funding-application.entity';
import {
  ApproveFundingApplicationInput,
  CreateFundingApplicationInput,
  FundingApplicationFilter,
} from './funding-application.input';
import { FundingApplicationPage } from './funding-application.types';

const idArg = { description: 'Id of the application.' };

@Resolver(() => FundingApplication)
export class FundingApplicationResolver {
  @Query(() => FundingApplication, { nullable: true, description: 'One funding application by id; null when unknown.' })
  fundingApplication(
    @Arg('id', () => ID, idArg) id: string,
    @Ctx() ctx: FundingContext,
  ): Promise<FundingApplication | null> {
    return ctx.scope.services.applications.get(() => ctx.scope.loaders.applications.byId.load(assertUuid(id, 'id')));
  }

  @Query(() => FundingApplicationPage, { description: 'Funding applications by start of period, a page at a time.' })
  fundingApplications(
    @Arg('filter', () => FundingApplicationFilter, {
      nullable: true,
      description: 'Conditions the applications must meet.',
    })
    filter: FundingApplicationFilter | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size: 20 when left out, at most 100.' }) first:
      | number
      | null,
    @Arg('after', () => String, {
      nullable: true,
      description: "Cursor of the previous page's last application (`pageInfo.endCursor`).",
    })
    after: string | null,
    @Ctx() ctx: FundingContext,
  ): Promise<FundingApplicationPage> {
    return ctx.scope.services.applications.list(filter ?? {}, first, after);
  }

  @Mutation(() => FundingApplication, {
    description:
      "Records a new funding application as a draft. The own share must meet the programme's maximum funding rate.",
  })
  createFundingApplication(
    @Arg('input', () => CreateFundingApplicationInput, { description: 'The application.' })
    input: CreateFundingApplicationInput,
    @Ctx() ctx: FundingContext,
  ): Promise<FundingApplication> {
    return ctx.scope.services.applications.create(input);
  }

  @Mutation(() => FundingApplication, { description: 'Submits a draft application to the funder.' })
  submitFundingApplication(
    @Arg('id', () => ID, idArg) id: string,
    @Ctx() ctx: FundingContext,
  ): Promise<FundingApplication> {
    return ctx.scope.services.applications.submit(id);
  }

  @Mutation(() => FundingApplication, {
    description:
      'Sends a submitted application back to draft for changes. An approved application never goes back to draft.',
  })
  reopenFundingApplication(
    @Arg('id', () => ID, idArg) id: string,
    @Ctx() ctx: FundingContext,
  ): Promise<FundingApplication> {
    return ctx.scope.services.applications.reopen(id);
  }

  @Mutation(() => FundingApplication, {
    description: 'Grants a submitted application with the approved amount and the date of the grant notice.',
  })
  approveFundingApplication(
    @Arg('input', () => ApproveFundingApplicationInput, { description: 'The decision.' })
    input: ApproveFundingApplicationInput,
    @Ctx() ctx: FundingContext,
  ): Promise<FundingApplication> {
    return ctx.scope.services.applications.approve(input);
  }

  @Mutation(() => FundingApplication, { description: 'Records that the funder refused a submitted application.' })
  rejectFundingApplication(
    @Arg('id', () => ID, idArg) id: string,
    @Ctx() ctx: FundingContext,
  ): Promise<FundingApplication> {
    return ctx.scope.services.applications.reject(id);
  }

  @Mutation(() => FundingApplication, { description: 'Withdraws a draft or submitted application.' })
  withdrawFundingApplication(
    @Arg('id', () => ID, idArg) id: string,
    @Ctx() ctx: FundingContext,
  ): Promise<FundingApplication> {
    return ctx.scope.services.applications.withdraw(id);
  }

  @FieldResolver(() => OrganizationRef, { description: 'The applicant organisation.' })
  applicant(@Root() application: FundingApplication): OrganizationRef {
    return { id: application.applicantOrganizationId };
  }

  @FieldResolver(() => FundingProgram, { description: 'The programme applied to.' })
  async program(@Root() application: FundingApplication, @Ctx() ctx: FundingContext): Promise<FundingProgram> {
    return (await ctx.scope.loaders.programs.byId.load(application.programId)) as FundingProgram;
  }

  @FieldResolver(() => MunicipalityRef, { description: 'The municipality the money is for.' })
  municipality(@Root() application: FundingApplication): MunicipalityRef {
    return { ags: application.municipalityAgs };
  }

  @FieldResolver(() => MoneyScalar, { description: 'Total cost: requested amount plus own share.' })
  totalCost(@Root() application: FundingApplication): number {
    return application.requestedCents + application.ownShareCents;
  }

  @FieldResolver(() => [FundingAllocation], {
    nullable: true,
    description:
      'Allocations to offers from the granted amount, oldest first. Finance and core group of the municipality ' +
      'only; for others null with a FORBIDDEN error.',
  })
  allocations(@Root() application: FundingApplication, @Ctx() ctx: FundingContext): Promise<FundingAllocation[]> {
    ctx.scope.access.requireReaderIn(application.municipalityAgs, Action.READ_ALLOCATIONS);
    return ctx.scope.loaders.allocations.byApplication.load(application.id);
  }
}
