export * from './routes';
export * from './storage-layout';
export * from './dto';
export * from './user-pool';
