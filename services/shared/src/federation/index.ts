export * from './build-subgraph-schema';
