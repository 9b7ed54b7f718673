/** Only migrates this subgraph's database and exits: the command of its Kubernetes migration Job. */
import 'reflect-metadata';
import { migrateSubgraphProcess } from '@gk/shared';
import { loadNetworkConfig } from './config/network.config';
import { networkSubgraph } from './network.subgraph';

// The definition does not depend on settings yet; a subgraph whose code needs them builds it from `config`.
void migrateSubgraphProcess('network', loadNetworkConfig, () => networkSubgraph);
