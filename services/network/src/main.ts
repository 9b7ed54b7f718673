import 'reflect-metadata';
import { serveSubgraphProcess } from '@gk/shared';
import { loadNetworkConfig } from './config/network.config';
import { networkSubgraph } from './network.subgraph';

void serveSubgraphProcess(networkSubgraph, loadNetworkConfig);
