export * from './iso-date.scalar';
export * from './money.scalar';
