import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { NetworkContext } from '../network.context';
import { Organization } from '../organization/organization.entity';
import { presentOrganizations } from '../organization/organization-list';
import { ProcedureAgreement } from './agreement.entity';
import { RecordAgreementInput } from './record-agreement.input';

@Resolver(() => ProcedureAgreement)
export class AgreementResolver {
  @Mutation(() => ProcedureAgreement, {
    description: 'Records a signed procedure agreement. Every party must be an organisation.',
  })
  recordAgreement(
    @Arg('input', () => RecordAgreementInput, { description: 'The agreement.' }) input: RecordAgreementInput,
    @Ctx() ctx: NetworkContext,
  ): Promise<ProcedureAgreement> {
    return ctx.scope.services.agreements.record(input);
  }

  @FieldResolver(() => [Organization], { description: 'The organisations that are parties to it, by name.' })
  async parties(@Root() agreement: ProcedureAgreement, @Ctx() ctx: NetworkContext): Promise<Organization[]> {
    const ids = await ctx.scope.loaders.agreements.partyIds.load(agreement.id);
    return presentOrganizations(await ctx.scope.loaders.organizations.byId.loadMany(ids));
  }
}
