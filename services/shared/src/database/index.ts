export * from './embedded-server';
export * from './database-url';
export * from './statement-counter';
export * from './data-source';
export * from './data-version';
