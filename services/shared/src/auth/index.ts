export * from './identity';
export * from './gateway-token';
