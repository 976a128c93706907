export * from './price-record';
export * from './catalog-shard';
export * from './price-query';
export * from './price-catalog';
export * from './term-key';
export * from './shard-codec';
export * from './catalog-diff';
export * from './validation-gate';
