export * from './routes';
export * from './storage-layout';
