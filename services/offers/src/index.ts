export { createOffersSubgraph, offersSubgraph } from './offers.subgraph';
export { loadOffersConfig, offersSettings } from './config/offers.config';
export { loadScaleSlice as loadOffersScaleSlice } from './scale/offers-scale.loader';
