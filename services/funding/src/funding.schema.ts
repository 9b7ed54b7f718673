import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '@gk/shared';
import { AllocationResolver } from './allocation/allocation.resolver';
import { FundingApplicationResolver } from './application/funding-application.resolver';
import { BudgetResolver, budgetReference } from './budget/budget.resolver';
import { FundingProgramShareResolver } from './common/shares.resolver';
import { ExpenditureResolver } from './expenditure/expenditure.resolver';
import { AreaIndicators, areaIndicatorsReference } from './indicators/area-indicators.reference';
import { AreaIndicatorsMoneyResolver } from './indicators/indicators.resolver';
import { MunicipalityFundingResolver } from './municipality-funding/municipality-funding.resolver';
import { OfferFundingResolver, offerReference } from './offer-funding/offer-funding.resolver';
import { Offer } from './offer-funding/offer-funding.types';
import { FundingProgramResolver, fundingProgramReference } from './program/funding-program.resolver';
import { MunicipalityRef, municipalityReference } from './references/municipality.reference';

export function buildFundingSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [
      FundingProgramResolver,
      BudgetResolver,
      FundingApplicationResolver,
      AllocationResolver,
      ExpenditureResolver,
      OfferFundingResolver,
      MunicipalityFundingResolver,
      FundingProgramShareResolver,
      AreaIndicatorsMoneyResolver,
    ],
    // Entities reached only through federation, not from a root field.
    orphanedTypes: [Offer, MunicipalityRef, AreaIndicators],
    referenceResolvers: {
      FundingProgram: fundingProgramReference,
      Budget: budgetReference,
      Offer: offerReference,
      Municipality: municipalityReference,
      AreaIndicators: areaIndicatorsReference,
    },
  });
}
