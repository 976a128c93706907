/** @module core/scenarios — the same requirements priced several ways, with per-line and total deltas. */
export * from './scenario';
export * from './apply-scenario';
export * from './instance-swap';
export * from './compare-scenarios';
export * from './comparison-basis';
export * from './swap-item';
export * from './presets';
