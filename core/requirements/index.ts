export * from './pricing-model';
export * from './requirement-items';
export * from './requirements';
export * from './default-region';
export * from './sizing-policy';
export * from './sizing-policy-changes';
