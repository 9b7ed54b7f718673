export * from './subgraph-context';
