export * from './estimate';
export * from './component-spec';
export * from './tiers';
export * from './price-components';
export * from './price-line';
export * from './totals';
export * from './price-requirements';
export { compareScenarios } from '../scenarios/compare-scenarios';
