export * from './store';
export * from './audited-row';
