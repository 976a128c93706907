/** @module core/rules — business rules after list prices: support plans, discounts, margin, credits, tax, FX. */
export * from './apply-rules';
export * from './charges';
export type { Rule, RulesState, ServiceCharges } from './rules-state';
export * from './support-plans';
export * from './rules-input-error';
