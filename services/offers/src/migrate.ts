/** Only migrates this subgraph's database and exits: the command of its Kubernetes migration Job. */
import 'reflect-metadata';
import { migrateSubgraphProcess } from '@gk/shared';
import { loadOffersConfig, offersOptions } from './config/offers.config';
import { createOffersSubgraph } from './offers.subgraph';

void migrateSubgraphProcess('offers', loadOffersConfig, (config) => createOffersSubgraph(offersOptions(config)));
