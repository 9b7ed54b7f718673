export * from './backup-archive';
export * from './backup.service';
export * from './database-targets';
