export { fundingSubgraph } from './funding.subgraph';
export { fundingSettings } from './config/funding.config';
