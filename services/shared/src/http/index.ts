export * from './subgraph-server';
export * from './request-log.plugin';
export * from './audit.plugin';
