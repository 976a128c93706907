import type { Environment } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { EnvConfig } from './config/environments';
import { applyNagSuppressions } from './nag/suppressions';
import { ApiStack } from './stacks/api-stack';
import { HostingStack } from './stacks/hosting-stack';
import { ObservabilityStack } from './stacks/observability-stack';
import { StatefulStack } from './stacks/stateful-stack';
import { tagStack } from './tags';

export interface SystemStacks {
  readonly stateful: StatefulStack;
  readonly api: ApiStack;
  readonly hosting: HostingStack;
  readonly observability: ObservabilityStack;
}

/** Stack name of one part of the system in one environment, e.g. `AwsCost-dev-Api`. */
export function stackName(
  envName: string,
  part: 'Stateful' | 'Api' | 'Hosting' | 'Observability',
): string {
  return `AwsCost-${envName}-${part}`;
}

/**
 * The whole system for one environment, in any scope: the app itself (`cdk deploy --all -c env=dev`)
 * or a pipeline stage. `env` stays undefined unless given: the stacks are environment-agnostic,
 * so synth never looks anything up.
 */
export function buildSystem(scope: Construct, config: EnvConfig, env?: Environment): SystemStacks {
  const common = { env, config };
  const stateful = new StatefulStack(scope, stackName(config.name, 'Stateful'), {
    ...common,
    stackName: stackName(config.name, 'Stateful'),
    description: `AWS Cost Estimation (${config.name}): tables, buckets, user pool, key`,
    terminationProtection: config.retainData,
  });
  const api = new ApiStack(scope, stackName(config.name, 'Api'), {
    ...common,
    stateful,
    stackName: stackName(config.name, 'Api'),
    description: `AWS Cost Estimation (${config.name}): REST API, functions, queue, schedules`,
  });
  const hosting = new HostingStack(scope, stackName(config.name, 'Hosting'), {
    ...common,
    restApiId: api.routes.api.restApiId,
    stackName: stackName(config.name, 'Hosting'),
    description: `AWS Cost Estimation (${config.name}): add-in and admin console hosting`,
  });
  const observability = new ObservabilityStack(scope, stackName(config.name, 'Observability'), {
    ...common,
    stateful,
    api,
    stackName: stackName(config.name, 'Observability'),
    description: `AWS Cost Estimation (${config.name}): alarms, dashboard, budget`,
  });
  tagStack(stateful, config, 'database');
  tagStack(api, config, 'api');
  tagStack(hosting, config, 'frontend');
  tagStack(observability, config, 'monitoring');
  const stacks = { stateful, api, hosting, observability };
  applyNagSuppressions(stacks);
  return stacks;
}
