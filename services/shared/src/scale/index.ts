export * from './nrw-areas';
export * from './scale-definition';
export * from './scale-random';
export * from './scale-world';
export * from './scale-network-funding';
export * from './bulk-insert';
export * from './scale-load';
