export * from './subgraph-server';
export * from './request-log.plugin';
export * from './audit.plugin';
export * from './bounded-cache';
export * from './request-guard';
export * from './drain';
