export * from './subgraph-server';
export * from './request-log.plugin';
