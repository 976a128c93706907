import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { envConfig } from '../../infra/config/environments';
import type { EnvConfig, EnvName } from '../../infra/config/environments';
import { buildSystem } from '../../infra/system';
import type { SystemStacks } from '../../infra/system';

export interface BuiltSystem {
  readonly app: App;
  readonly stacks: SystemStacks;
  readonly config: EnvConfig;
  readonly stateful: Template;
  readonly api: Template;
  readonly hosting: Template;
  readonly observability: Template;
}

/**
 * The whole system for one environment, as the app builds it, with esbuild bundling skipped
 * (`aws:cdk:bundling-stacks: []`) and the CloudFormation schema validator off (the CLI synth
 * test runs it): the assertions look at templates, not bundles.
 */
export function buildForTest(env: EnvName, context: Record<string, string> = {}): BuiltSystem {
  const app = new App({
    builtinCloudFormationValidation: false,
    context: { 'aws:cdk:bundling-stacks': [] },
  });
  const config = envConfig(env, (key) => context[key]);
  const stacks = buildSystem(app, config);
  return {
    app,
    stacks,
    config,
    stateful: Template.fromStack(stacks.stateful),
    api: Template.fromStack(stacks.api),
    hosting: Template.fromStack(stacks.hosting),
    observability: Template.fromStack(stacks.observability),
  };
}

export type CfnResource = {
  Type: string;
  Properties?: Record<string, unknown>;
  [key: string]: unknown;
};

/** Resources of a type, as [logicalId, resource] pairs. */
export function resourcesOf(template: Template, type: string): [string, CfnResource][] {
  return Object.entries(template.findResources(type) as Record<string, CfnResource>);
}

/** The properties of the one resource of a type; fails when there is not exactly one. */
export function onlyProps(template: Template, type: string): Record<string, unknown> {
  const all = resourcesOf(template, type);
  if (all.length !== 1) throw new Error(`expected exactly one ${type}, found ${all.length}`);
  return all[0]![1].Properties ?? {};
}
