export * from './routes';
export * from './storage-layout';
export * from './dto';
export * from './audit-changes';
export * from './user-pool';
export * from './payload-limits';
export * from './catalog-refresh';
export * from './ip-ranges';
