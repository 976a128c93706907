export * from './routes';
export * from './storage-layout';
export * from './dto';
export * from './audit-changes';
export * from './audit-actions';
export * from './user-pool';
export * from './payload-limits';
export * from './catalog-refresh';
