export * from './refuse-nulls';
