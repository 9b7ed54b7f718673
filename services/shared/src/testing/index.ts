export * from './test-server';
export * from './test-database';
export * from './test-keys';
export * from './test-subgraph';
