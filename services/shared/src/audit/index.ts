export * from './audit-trail.sql';
export * from './request-audit';
export * from './data-access-record.type';
export * from './audit-trail.repository';
