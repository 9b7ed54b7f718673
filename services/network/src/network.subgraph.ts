import type { SubgraphDefinition } from '@gk/shared';
import { loadNetworkDemoData } from './demo/network.demo';
import { networkMigrations } from './migrations';
import { Municipality } from './municipality/municipality.entity';
import { createNetworkScope, type NetworkScope } from './network.context';
import { buildNetworkSchema } from './network.schema';
import { Organization } from './organization/organization.entity';

/** The network subgraph as the platform runs it: the alliance lead office's slice. */
export const networkSubgraph: SubgraphDefinition<NetworkScope> = {
  name: 'network',
  entities: [Municipality, Organization],
  migrations: networkMigrations,
  buildSchema: buildNetworkSchema,
  createScope: createNetworkScope,
  loadDemoData: loadNetworkDemoData,
};
