import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '@gk/shared';
import { PERSON_DATA_TYPES, personAccessMiddleware } from './access/person-access.middleware';
import { PersonConsentsResolver } from './consent/consent.resolver';
import { EnrollmentFactsResolver } from './enrollment-facts/enrollment-facts.resolver';
import { DataSubjectResolver, dataSubjectReference } from './erasure/erasure.resolver';
import { MunicipalityFiguresResolver } from './figures/figures.resolver';
import { AreaIndicatorsResolver } from './indicators/indicators.resolver';
import { AreaIndicatorsRef, areaIndicatorsReference } from './indicators/area-indicators.reference';
import { PersonHistoryResolver } from './history/person-history.resolver';
import { PersonNeedsResolver } from './need/need.resolver';
import { PersonResolver, personReference } from './person/person.resolver';
import { PersonReferralsResolver, ReferralResolver } from './referral/referral.resolver';
import { OfferRef } from './references/offer.reference';
import { municipalityReference } from './references/municipality.reference';
import { BenefitRegimeChangeResolver, PersonSituationResolver } from './situation/situation.resolver';

export function buildPersonsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [
      PersonResolver,
      PersonSituationResolver,
      BenefitRegimeChangeResolver,
      PersonNeedsResolver,
      PersonConsentsResolver,
      PersonReferralsResolver,
      ReferralResolver,
      PersonHistoryResolver,
      MunicipalityFiguresResolver,
      AreaIndicatorsResolver,
      DataSubjectResolver,
      EnrollmentFactsResolver,
    ],
    orphanedTypes: [OfferRef, AreaIndicatorsRef],
    typeMiddlewares: [{ types: ['Person', ...PERSON_DATA_TYPES], middleware: personAccessMiddleware }],
    referenceResolvers: {
      Person: personReference,
      Municipality: municipalityReference,
      DataSubject: dataSubjectReference,
      AreaIndicators: areaIndicatorsReference,
    },
  });
}
