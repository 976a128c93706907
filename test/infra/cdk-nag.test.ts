import { App, Aspects, Stack } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import type * as cxapi from 'aws-cdk-lib/cx-api';
import { AwsSolutionsChecks } from 'cdk-nag';
import { ENV_NAMES, envConfig } from '../../infra/config/environments';
import { applyPipelineNagSuppressions } from '../../infra/nag/suppressions';
import { PipelineStack } from '../../infra/stacks/pipeline-stack';
import { buildSystem } from '../../infra/system';

const SOURCE = {
  repository: 'example/aws-cost',
  branch: 'main',
  connectionArn: 'arn:aws:codeconnections:us-east-1:111111111111:connection/example',
};

/** Synthesise once, as the app does: every environment and the pipeline, with AwsSolutions on. */
function naggedAssembly(): cxapi.CloudAssembly {
  const app = new App({
    builtinCloudFormationValidation: false,
    context: { 'aws:cdk:bundling-stacks': [] },
  });
  for (const env of ENV_NAMES) buildSystem(app, envConfig(env));
  const pipeline = new PipelineStack(app, 'AwsCost-Pipeline', {
    source: SOURCE,
    prepareStage: (stage) => Aspects.of(stage).add(new AwsSolutionsChecks()),
  });
  applyPipelineNagSuppressions(pipeline);
  Aspects.of(app).add(new AwsSolutionsChecks());
  return app.synth();
}

function nagErrors(artifact: cxapi.CloudFormationStackArtifact): string[] {
  return artifact.messages
    .filter((m) => m.level === 'error' && String(m.entry.data).startsWith('AwsSolutions-'))
    .map((m) => `${m.id}: ${String(m.entry.data).split('\n')[0]}`);
}

type Suppression = { id: string; reason: string };
type NagMetadata = { Metadata?: { cdk_nag?: { rules_to_suppress: Suppression[] } } };

const assembly = naggedAssembly();

describe('cdk-nag AwsSolutions', () => {
  it('covers the three environments and the pipeline', () => {
    expect(assembly.stacks.map((s) => s.stackName)).toEqual(
      expect.arrayContaining([
        'AwsCost-dev-Api',
        'AwsCost-staging-Api',
        'AwsCost-prod-Api',
        'AwsCost-Pipeline',
      ]),
    );
    expect(assembly.stacks).toHaveLength(ENV_NAMES.length * 4 + 1);
  });

  it.each(assembly.stacks.map((s) => [s.stackName, s] as const))(
    '%s has no unsuppressed error',
    (_name, artifact) => {
      expect(nagErrors(artifact)).toEqual([]);
    },
  );

  it('the pipeline stages are checked too, with no unsuppressed error', () => {
    const staged = assembly.nestedAssemblies.flatMap((n) => n.nestedAssembly.stacks);
    expect(staged).toHaveLength(ENV_NAMES.length * 4);
    for (const artifact of staged) {
      expect([artifact.stackName, nagErrors(artifact)]).toEqual([artifact.stackName, []]);
    }
    // The pack ran inside the stages: its warnings (e.g. COG2, MFA not required) are there.
    const warnings = staged.flatMap((a) =>
      a.messages.filter((m) => String(m.entry.data).startsWith('AwsSolutions-')),
    );
    expect(warnings.length).toBeGreaterThan(0);
  });

  it('every suppression names an AwsSolutions rule and carries a real reason', () => {
    let count = 0;
    for (const artifact of assembly.stacks) {
      const template = artifact.template as NagMetadata & {
        Resources: Record<string, NagMetadata>;
      };
      const lists = [template, ...Object.values(template.Resources)].map(
        (r) => r.Metadata?.cdk_nag?.rules_to_suppress ?? [],
      );
      for (const rule of lists.flat()) {
        count++;
        expect(rule.id).toMatch(/^AwsSolutions-[A-Z]+[0-9]+$/);
        expect(rule.reason.length).toBeGreaterThanOrEqual(40);
      }
    }
    expect(count).toBeGreaterThan(0);
  });

  it('the pack is live: an unsuppressed finding is reported as an error', () => {
    const app = new App({ builtinCloudFormationValidation: false });
    const stack = new Stack(app, 'Probe');
    new s3.Bucket(stack, 'NoLogs', { enforceSSL: true });
    Aspects.of(app).add(new AwsSolutionsChecks());
    const errors = nagErrors(app.synth().getStackByName('Probe'));
    expect(errors.some((e) => e.includes('AwsSolutions-S1'))).toBe(true);
  });
});
