export * from './operation-names';
export * from './metrics';
export * from './tracing';
