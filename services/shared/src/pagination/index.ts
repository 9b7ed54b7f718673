export * from './connection';
export * from './page-info.type';
