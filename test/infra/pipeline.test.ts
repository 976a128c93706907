import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { BUILD_AND_TEST_COMMANDS, PipelineStack } from '../../infra/stacks/pipeline-stack';

const app = new App({
  builtinCloudFormationValidation: false,
  context: { 'aws:cdk:bundling-stacks': [] },
});
const stack = new PipelineStack(app, 'AwsCost-Pipeline', {
  source: {
    repository: 'example/aws-cost',
    branch: 'main',
    connectionArn: 'arn:aws:codeconnections:us-east-1:111111111111:connection/example',
  },
});
const template = Template.fromStack(stack);
type Action = {
  Name: string;
  ActionTypeId: { Category: string; Provider: string };
  RunOrder?: number;
  Configuration?: Record<string, unknown>;
};
type PipelineStage = { Name: string; Actions: Action[] };
const [pipeline] = Object.values(template.findResources('AWS::CodePipeline::Pipeline')) as {
  Properties: { Stages: PipelineStage[] };
}[];
const stages = pipeline!.Properties.Stages;
const stage = (name: string) => stages.find((s) => s.Name === name)!;

describe('delivery pipeline (seed §6.2)', () => {
  it('runs source -> build and test -> self-update -> assets -> dev -> staging -> prod', () => {
    expect(stages.map((s) => s.Name)).toEqual([
      'Source',
      'Build',
      'UpdatePipeline',
      'Assets',
      'dev',
      'staging',
      'prod',
    ]);
  });

  it('pulls the repository through a CodeConnections connection', () => {
    expect(stage('Source').Actions[0]!.ActionTypeId).toEqual(
      expect.objectContaining({ Provider: 'CodeStarSourceConnection' }),
    );
    expect(stage('Source').Actions[0]!.Configuration).toEqual(
      expect.objectContaining({ FullRepositoryId: 'example/aws-cost', BranchName: 'main' }),
    );
  });

  it('builds with the repository tests (typecheck, lint, build, jest) before synthesising', () => {
    expect(BUILD_AND_TEST_COMMANDS).toContain('npm test');
    const buildSpecs = JSON.stringify(template.findResources('AWS::CodeBuild::Project'));
    expect(buildSpecs).toContain('npm test');
    expect(buildSpecs).toContain('cdk synth');
  });

  it('deploys dev without approval, staging and prod only after a manual approval', () => {
    const approvals = (name: string) =>
      stage(name).Actions.filter((a) => a.ActionTypeId.Category === 'Approval');
    expect(approvals('dev')).toEqual([]);
    for (const name of ['staging', 'prod']) {
      const [approval] = approvals(name);
      expect(approval).toBeDefined();
      const deploys = stage(name).Actions.filter((a) => a.ActionTypeId.Category === 'Deploy');
      expect(deploys.length).toBeGreaterThanOrEqual(4);
      for (const d of deploys) expect(d.RunOrder!).toBeGreaterThan(approval!.RunOrder!);
    }
  });

  it('deploys the same four stacks in every stage', () => {
    for (const env of ['dev', 'staging', 'prod']) {
      const stackNames = stage(env)
        .Actions.filter(
          (a) =>
            a.ActionTypeId.Category === 'Deploy' &&
            a.Configuration?.ActionMode === 'CHANGE_SET_REPLACE',
        )
        .map((a) => a.Configuration!.StackName);
      expect(stackNames.sort()).toEqual(
        ['Api', 'Hosting', 'Observability', 'Stateful'].map((p) => `AwsCost-${env}-${p}`),
      );
    }
  });
});
