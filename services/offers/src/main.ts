import 'reflect-metadata';
import { serveSubgraphProcess } from '@gk/shared';
import { loadOffersConfig, offersOptions } from './config/offers.config';
import { createOffersSubgraph } from './offers.subgraph';

void serveSubgraphProcess('offers', loadOffersConfig, (config) => createOffersSubgraph(offersOptions(config)));
