import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '@gk/shared';
import { PersonConsentsResolver } from './consent/consent.resolver';
import { MunicipalityFiguresResolver } from './figures/figures.resolver';
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
    ],
    orphanedTypes: [OfferRef],
    referenceResolvers: { Person: personReference, Municipality: municipalityReference },
  });
}
