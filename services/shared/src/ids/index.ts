export * from './deterministic-id';
export * from './patterns';
