export * from './ags';
