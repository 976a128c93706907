import { App, Aspects } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { resolveEnvConfig } from './config/environments';
import { buildSystem } from './system';

/**
 * The CDK app. `npx cdk deploy --all -c env=dev` deploys the four stacks of one environment;
 * `-c pipeline=true` synthesises the delivery pipeline instead (it deploys dev, staging and prod).
 * `-c nag=false` turns the cdk-nag AwsSolutions checks off (they are on by default).
 */
const app = new App();
const context = (key: string): unknown => app.node.tryGetContext(key);
const config = resolveEnvConfig(context);

buildSystem(app, config);
if (String(context('nag') ?? 'true') !== 'false')
  Aspects.of(app).add(new AwsSolutionsChecks({ verbose: true }));
app.synth();
