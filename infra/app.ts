import { App, Aspects } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { envConfig, resolveEnvConfigs } from './config/environments';
import type { EnvName } from './config/environments';
import { applyPipelineNagSuppressions } from './nag/suppressions';
import { PipelineStack } from './stacks/pipeline-stack';
import { buildSystem } from './system';

/**
 * The CDK app.
 * - `npx cdk deploy --all -c env=dev` deploys the four stacks of one environment;
 *   `npx cdk synth -c env=dev,staging,prod` synthesises all three (CI).
 * - `-c pipeline=true -c repository=owner/repo -c branch=main -c connectionArn=arn:...`
 *   synthesises the delivery pipeline instead; it deploys dev, staging and prod itself.
 * - `-c nag=false` turns the cdk-nag AwsSolutions checks off (on by default; errors fail synth).
 */
const app = new App();
const context = (key: string): unknown => app.node.tryGetContext(key);
const flag = (key: string, fallback: boolean): boolean =>
  String(context(key) ?? fallback) === 'true';

if (flag('pipeline', false)) {
  const required = (key: string): string => {
    const value = context(key);
    if (typeof value !== 'string' || value === '') {
      throw new Error(
        `The pipeline needs -c ${key}=... (repository=owner/repo, branch, connectionArn of a CodeConnections connection).`,
      );
    }
    return value;
  };
  const pipeline = new PipelineStack(app, 'AwsCost-Pipeline', {
    stackName: 'AwsCost-Pipeline',
    source: {
      repository: required('repository'),
      branch: String(context('branch') ?? 'main'),
      connectionArn: required('connectionArn'),
    },
    configFor: (name: EnvName) => envConfig(name, context),
  });
  applyPipelineNagSuppressions(pipeline);
  // Aspects do not cross into nested stages: check each environment's stage itself.
  if (flag('nag', true))
    for (const stage of Object.values(pipeline.stages))
      Aspects.of(stage).add(new AwsSolutionsChecks({ verbose: true }));
} else {
  for (const config of resolveEnvConfigs(context)) buildSystem(app, config);
}
if (flag('nag', true)) Aspects.of(app).add(new AwsSolutionsChecks({ verbose: true }));
app.synth();
