import type { DataSource } from 'typeorm';
import type { Identity, SubgraphContext } from '@gk/shared';
import { createMunicipalityLoaders } from './municipality/municipality.loader';
import { MunicipalityRepository } from './municipality/municipality.repository';
import { createOrganizationLoaders } from './organization/organization.loader';
import { OrganizationRepository } from './organization/organization.repository';

/** Everything one request of the network subgraph may use: loaders and services, made per request. */
export function createNetworkScope(dataSource: DataSource, _identity: Identity) {
  return {
    municipalities: createMunicipalityLoaders(new MunicipalityRepository(dataSource)),
    organizations: createOrganizationLoaders(new OrganizationRepository(dataSource)),
  };
}

export type NetworkScope = ReturnType<typeof createNetworkScope>;
export type NetworkContext = SubgraphContext<NetworkScope>;
