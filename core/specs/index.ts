/**
 * @module core/specs — one spec grammar per priced service: the short text of
 * `=AWS.COST(service, spec)` (`"db.r6g.large mysql multi-az 100gb gp3"`,
 * `"requests=10m gb-s=400k arm"`) read into a requirement item with the vocabulary's parsers.
 */
export * from './spec-text';
export * from './service-specs';
export * from './cell-options';
export * from './service-limits';
