export * from './suppression';
export * from './area-family';
export * from './protected.types';
export * from './suppression.settings';
export * from './family-loader';
