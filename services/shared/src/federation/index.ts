export * from './build-subgraph-schema';
export * from './entity-descriptions';
export * from './area-indicators-key';
