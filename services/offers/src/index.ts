export { offersSubgraph } from './offers.subgraph';
export { offersSettings } from './config/offers.config';
