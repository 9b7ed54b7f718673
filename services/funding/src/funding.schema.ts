import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '@gk/shared';
import { BudgetResolver, budgetReference } from './budget/budget.resolver';
import { OfferFundingResolver, offerReference } from './offer-funding/offer-funding.resolver';
import { Offer } from './offer-funding/offer-funding.types';
import { FundingProgramResolver, fundingProgramReference } from './program/funding-program.resolver';

export function buildFundingSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [FundingProgramResolver, BudgetResolver, OfferFundingResolver],
    // Entities reached only through federation, not from a root field.
    orphanedTypes: [Offer],
    referenceResolvers: { FundingProgram: fundingProgramReference, Budget: budgetReference, Offer: offerReference },
  });
}
