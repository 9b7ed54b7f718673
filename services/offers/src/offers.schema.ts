import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '@gk/shared';
// Loaded first: the order types are defined in is the order the printed SDL lists them in.
import { MunicipalityRef, municipalityReference } from './references/municipality.reference';
import { enrollmentAccessMiddleware } from './access/enrollment-access.middleware';
import { DataSubjectOffersResolver, dataSubjectReference } from './data-subject/data-subject.resolver';
import { DataSubject } from './data-subject/data-subject.types';
import { Enrollment } from './enrollment/enrollment.entity';
import { EnrollmentResolver, enrollmentReference } from './enrollment/enrollment.resolver';
import { AreaIndicatorsRef, areaIndicatorsReference } from './indicators/area-indicators.reference';
import { AreaIndicatorsOffersResolver } from './indicators/indicators.resolver';
import { OfferFiguresResolver, OfferSeatFiguresResolver } from './offer/offer-figures.resolver';
import { OfferResolver, offerReference } from './offer/offer.resolver';
import { Person } from './person/person.type';
import { PersonOffersResolver, personReference } from './person/person.resolver';
import { QualityReviewResolver } from './quality-review/quality-review.resolver';
import { OrganizationRef, organizationReference } from './references/organization.reference';
import { MunicipalityOffersResolver, OrganizationOffersResolver } from './references/area-offers.resolver';

export function buildOffersSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [
      OfferResolver,
      OfferFiguresResolver,
      OfferSeatFiguresResolver,
      EnrollmentResolver,
      QualityReviewResolver,
      PersonOffersResolver,
      MunicipalityOffersResolver,
      OrganizationOffersResolver,
      DataSubjectOffersResolver,
      AreaIndicatorsOffersResolver,
    ],
    // Entities reached only through federation, not from a root field.
    orphanedTypes: [Person, Enrollment, MunicipalityRef, OrganizationRef, DataSubject, AreaIndicatorsRef],
    // Enrollment fields refuse enrollments that reached them without an access check, and record reads in the audit
    // trail.
    typeMiddlewares: [{ types: ['Enrollment', 'Person'], middleware: enrollmentAccessMiddleware }],
    referenceResolvers: {
      Offer: offerReference,
      Enrollment: enrollmentReference,
      Person: personReference,
      Municipality: municipalityReference,
      Organization: organizationReference,
      DataSubject: dataSubjectReference,
      AreaIndicators: areaIndicatorsReference,
    },
  });
}
