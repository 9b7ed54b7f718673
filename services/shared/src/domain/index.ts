export * from './residence-status.enum';
export * from './benefit-regime.enum';
export * from './cefr-level.enum';
export * from './need-category.enum';
