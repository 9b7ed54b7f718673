import 'reflect-metadata';
import { serveSubgraphProcess } from '@gk/shared';
import { loadNetworkConfig } from './config/network.config';
import { networkSubgraph } from './network.subgraph';

// The definition does not depend on settings yet; a subgraph whose code needs them builds it from `config`.
void serveSubgraphProcess('network', loadNetworkConfig, () => networkSubgraph);
