export { networkSubgraph } from './network.subgraph';
export { networkSettings } from './config/network.config';
