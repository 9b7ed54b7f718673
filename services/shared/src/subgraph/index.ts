export * from './subgraph-definition';
export * from './database-config';
export * from './seed';
export * from './run-subgraph';
export * from './serve-process';
