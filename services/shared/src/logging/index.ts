export * from './logger';
export * from './safe-error';
