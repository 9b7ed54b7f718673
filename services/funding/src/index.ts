export { fundingSubgraph } from './funding.subgraph';
export { fundingSettings } from './config/funding.config';
export { loadScaleSlice as loadFundingScaleSlice } from './scale/funding-scale.loader';
