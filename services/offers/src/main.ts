import 'reflect-metadata';
import { serveSubgraphProcess } from '@gk/shared';
import { loadOffersConfig } from './config/offers.config';
import { offersSubgraph } from './offers.subgraph';

void serveSubgraphProcess(offersSubgraph, loadOffersConfig);
