import type { SystemStacks } from '../system';

/** Filled in once cdk-nag has been run over the stacks; every entry carries its reason. */
export function applyNagSuppressions(_stacks: SystemStacks): void {}
