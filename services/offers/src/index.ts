export { createOffersSubgraph, offersSubgraph } from './offers.subgraph';
export { loadOffersConfig, offersSettings } from './config/offers.config';
