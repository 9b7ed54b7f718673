import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '@gk/shared';
import { MunicipalityResolver, municipalityReference } from './municipality/municipality.resolver';
import { OrganizationResolver, organizationReference } from './organization/organization.resolver';

export function buildNetworkSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [MunicipalityResolver, OrganizationResolver],
    referenceResolvers: {
      Municipality: municipalityReference,
      Organization: organizationReference,
    },
  });
}
