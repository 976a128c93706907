export * from './price-record';
export * from './catalog-shard';
export * from './price-query';
export * from './price-catalog';
