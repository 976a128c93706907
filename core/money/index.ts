/** @module core/money — exact decimals and money; rounding only by a named rule at presentation. */
export * from './decimal';
export * from './money';
export * from './money-error';
export * from './rounding';
export * from './format';
