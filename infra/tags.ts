import { Tags } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { PROJECT } from './config/environments';
import type { EnvConfig } from './config/environments';

/** What a stack is, for the seed's cost-allocation tag `Component` (§7.1). */
export type Component = 'database' | 'api' | 'frontend' | 'monitoring' | 'delivery';

/** The four cost-allocation tags of seed §7.1 on a stack and everything in it. */
export function tagStack(
  scope: IConstruct,
  config: Pick<EnvConfig, 'name' | 'owner'>,
  component: Component,
): void {
  Tags.of(scope).add('Environment', config.name);
  Tags.of(scope).add('Component', component);
  Tags.of(scope).add('Owner', config.owner);
  Tags.of(scope).add('Project', PROJECT);
}
