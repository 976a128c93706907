/** @module core/offerings — what AWS sells: instance families and sizes, impossible combinations, region offerings. */
export * from './instance-families';
export * from './instance-types';
export * from './offering-rules';
export * from './region-offering';
