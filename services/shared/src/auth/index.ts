export * from './identity';
export * from './gateway-token';
export * from './actor';
