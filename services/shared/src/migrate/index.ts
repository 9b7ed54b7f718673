export * from './migrate-process';
