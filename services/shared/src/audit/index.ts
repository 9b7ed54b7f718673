export * from './audit-trail.sql';
export * from './request-audit';
