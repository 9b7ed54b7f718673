export * from './build-subgraph-schema';
export * from './entity-descriptions';
