import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import {
  ENV_NAMES,
  EnvConfigError,
  PROJECT,
  envConfig,
  resolveEnvConfig,
} from '../../infra/config/environments';
import { buildSystem } from '../../infra/system';

const fromContext = (values: Record<string, unknown>) => (key: string) => values[key];

describe('environments from context', () => {
  it('defaults to dev and accepts dev, staging and prod', () => {
    expect(resolveEnvConfig(fromContext({})).name).toBe('dev');
    for (const env of ENV_NAMES) expect(resolveEnvConfig(fromContext({ env })).name).toBe(env);
  });

  it('rejects an unknown environment with the accepted names', () => {
    expect(() => resolveEnvConfig(fromContext({ env: 'production' }))).toThrow(EnvConfigError);
    expect(() => resolveEnvConfig(fromContext({ env: 'production' }))).toThrow(
      /dev, staging, prod.*'production'/,
    );
  });

  it('rejects a provisioned concurrency that is not a whole number', () => {
    expect(() =>
      resolveEnvConfig(fromContext({ env: 'prod', calculatorProvisionedConcurrency: 'two' })),
    ).toThrow(/calculatorProvisionedConcurrency.*'two'/);
    expect(
      resolveEnvConfig(fromContext({ env: 'prod', calculatorProvisionedConcurrency: '2' }))
        .calculatorProvisionedConcurrency,
    ).toBe(2);
  });

  it('only prod retains data', () => {
    expect(ENV_NAMES.filter((env) => envConfig(env).retainData)).toEqual(['prod']);
  });
});

describe('every environment synthesises, tagged and without lookups', () => {
  const app = new App({
    builtinCloudFormationValidation: false,
    context: { 'aws:cdk:bundling-stacks': [] },
  });
  const systems = ENV_NAMES.map((env) =>
    buildSystem(app, envConfig(env, fromContext({ owner: 'presales-team' }))),
  );
  const assembly = app.synth();

  it('has four stacks per environment, named by environment', () => {
    expect(assembly.stacks.map((s) => s.stackName).sort()).toEqual(
      ENV_NAMES.flatMap((env) =>
        ['Api', 'Hosting', 'Observability', 'Stateful'].map((part) => `AwsCost-${env}-${part}`),
      ).sort(),
    );
  });

  it('needs no context lookups (no missing context: synth never goes to the network)', () => {
    expect(assembly.manifest.missing ?? []).toEqual([]);
    for (const artifact of assembly.stacks)
      expect(artifact.environment.account).toBe('unknown-account');
  });

  it('tags every taggable resource with Environment, Component, Owner and Project', () => {
    const components = {
      stateful: 'database',
      api: 'api',
      hosting: 'frontend',
      observability: 'monitoring',
    } as const;
    ENV_NAMES.forEach((env, i) => {
      for (const [part, component] of Object.entries(components)) {
        const stack = systems[i]![part as keyof typeof components];
        const template = Template.fromStack(stack).toJSON() as {
          Resources: Record<string, { Type: string; Properties?: { Tags?: unknown } }>;
        };
        const tagged = Object.values(template.Resources).filter((r) =>
          Array.isArray(r.Properties?.Tags),
        );
        expect(tagged.length).toBeGreaterThan(0);
        for (const resource of tagged) {
          expect(resource.Properties!.Tags).toEqual(
            expect.arrayContaining([
              { Key: 'Environment', Value: env },
              { Key: 'Component', Value: component },
              { Key: 'Owner', Value: 'presales-team' },
              { Key: 'Project', Value: PROJECT },
            ]),
          );
        }
      }
    });
  });

  it('no two resources of a type share a physical name, across environments', () => {
    const names = assembly.stacks.flatMap((artifact) =>
      Object.values(
        (
          artifact.template as {
            Resources: Record<string, { Type: string; Properties?: Record<string, unknown> }>;
          }
        ).Resources,
      ).flatMap((r) =>
        ['TableName', 'BucketName', 'FunctionName', 'QueueName', 'UserPoolName']
          .map((key) => r.Properties?.[key])
          .filter((v): v is string => typeof v === 'string')
          .map((name) => `${r.Type} ${name}`),
      ),
    );
    expect(names.length).toBeGreaterThan(60);
    expect(new Set(names).size).toBe(names.length);
  });
});
