import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '@gk/shared';
import { Enrollment } from './enrollment/enrollment.entity';
import { EnrollmentResolver, enrollmentReference } from './enrollment/enrollment.resolver';
import { OfferResolver, offerReference } from './offer/offer.resolver';
import { Person } from './person/person.reference';
import { PersonOffersResolver, personReference } from './person/person.resolver';
import { QualityReviewResolver } from './quality-review/quality-review.resolver';
import { MunicipalityRef } from './references/municipality.reference';
import { OrganizationRef } from './references/organization.reference';
import { MunicipalityOffersResolver, municipalityReference, OrganizationOffersResolver, organizationReference } from './references/area-offers.resolver';

export function buildOffersSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [OfferResolver, EnrollmentResolver, QualityReviewResolver, PersonOffersResolver, MunicipalityOffersResolver, OrganizationOffersResolver],
    // Entities reached only through federation, not from a root field.
    orphanedTypes: [Person, Enrollment, MunicipalityRef, OrganizationRef],
    referenceResolvers: {
      Offer: offerReference,
      Enrollment: enrollmentReference,
      Person: personReference,
      Municipality: municipalityReference,
      Organization: organizationReference,
    },
  });
}
