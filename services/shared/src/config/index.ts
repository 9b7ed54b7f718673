export * from './settings';
export * from './common.settings';
export * from './subgraph.settings';
