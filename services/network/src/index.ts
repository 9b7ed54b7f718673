export { networkSubgraph } from './network.subgraph';
export { networkSettings } from './config/network.config';
export { loadScaleSlice as loadNetworkScaleSlice } from './scale/network-scale.loader';
