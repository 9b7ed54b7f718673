import 'reflect-metadata';
import { serveSubgraphProcess } from '@gk/shared';
import { loadOffersConfig } from './config/offers.config';
import { offersSubgraph } from './offers.subgraph';

// The definition does not depend on settings yet; a subgraph whose code needs them builds it from `config`.
void serveSubgraphProcess('offers', loadOffersConfig, () => offersSubgraph);
