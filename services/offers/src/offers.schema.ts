import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '@gk/shared';
import { Enrollment } from './enrollment/enrollment.entity';
import { EnrollmentResolver, enrollmentReference } from './enrollment/enrollment.resolver';
import { OfferResolver, offerReference } from './offer/offer.resolver';
import { Person } from './person/person.reference';
import { PersonEnrollmentsResolver, personReference } from './person/person.resolver';

export function buildOffersSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [OfferResolver, EnrollmentResolver, PersonEnrollmentsResolver],
    // Entities reached only through federation, not from a root field.
    orphanedTypes: [Person, Enrollment],
    referenceResolvers: { Offer: offerReference, Enrollment: enrollmentReference, Person: personReference },
  });
}
