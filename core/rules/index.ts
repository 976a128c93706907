/** @module core/rules — business rules after list prices: support plans, discounts, margin, credits, tax, FX. */
export * from './apply-rules';
export * from './support-plans';
export * from './rules-input-error';
