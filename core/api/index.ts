export * from './routes';
export * from './storage-layout';
export * from './dto';
export * from './payload-limits';
