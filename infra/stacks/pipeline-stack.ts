import { Stack, Stage } from 'aws-cdk-lib';
import type { StackProps, StageProps } from 'aws-cdk-lib';
import * as codebuild from 'aws-cdk-lib/aws-codebuild';
import * as pipelines from 'aws-cdk-lib/pipelines';
import type { Construct } from 'constructs';
import { envConfig } from '../config/environments';
import type { EnvConfig, EnvName } from '../config/environments';
import { applyFeatureFlags } from '../feature-flags';
import { buildSystem } from '../system';
import type { SystemStacks } from '../system';

export interface PipelineSourceConfig {
  /** `owner/repo` on GitHub (through a CodeStar/CodeConnections connection). */
  readonly repository: string;
  readonly branch: string;
  /** ARN of the CodeConnections connection that has access to the repository. */
  readonly connectionArn: string;
}

export interface PipelineStackProps extends StackProps {
  readonly source: PipelineSourceConfig;
  /** Per-environment configuration (alert e-mail, owner) for the stages. */
  readonly configFor?: (name: EnvName) => EnvConfig;
  /**
   * Called on each stage before it joins the pipeline, e.g. to add the cdk-nag aspect: CDK
   * Pipelines synthesises a stage when it is added, so aspects added later never run on it.
   */
  readonly prepareStage?: (stage: SystemStage) => void;
}

/** One environment of the system as a pipeline stage. */
export class SystemStage extends Stage {
  readonly stacks: SystemStacks;

  constructor(scope: Construct, id: string, props: StageProps & { readonly config: EnvConfig }) {
    super(scope, id, props);
    this.stacks = buildSystem(this, props.config);
  }
}

/** Commands of the build-and-test step: the repository's own checks, then the synth. */
export const BUILD_AND_TEST_COMMANDS = [
  'npm ci --no-audit --no-fund',
  'npm test',
  'CDK_DISABLE_CLI_TELEMETRY=true npx cdk synth --quiet -c pipeline=true',
];

/**
 * Seed §6.2 with CDK Pipelines: source -> build and test -> dev (automatic) -> staging (after a
 * manual approval) -> prod (after a second approval). Inside each stage, CodeDeploy shifts the
 * Lambda aliases (canary in staging and prod) and rolls back on the alarms.
 */
export class PipelineStack extends Stack {
  readonly pipeline: pipelines.CodePipeline;
  readonly stages: Readonly<Record<EnvName, SystemStage>>;

  constructor(scope: Construct, id: string, props: PipelineStackProps) {
    super(scope, id, props);
    applyFeatureFlags(this);
    const configFor = props.configFor ?? ((name: EnvName) => envConfig(name));
    const source = pipelines.CodePipelineSource.connection(
      props.source.repository,
      props.source.branch,
      {
        connectionArn: props.source.connectionArn,
      },
    );
    this.pipeline = new pipelines.CodePipeline(this, 'Pipeline', {
      pipelineName: 'aws-cost-estimation-delivery',
      crossAccountKeys: false,
      synth: new pipelines.ShellStep('BuildAndTest', {
        input: source,
        commands: BUILD_AND_TEST_COMMANDS,
        primaryOutputDirectory: 'cdk.out',
      }),
      codeBuildDefaults: {
        // Node 20 and Java 17 (DynamoDB Local for the integration tests) ship in this image.
        buildEnvironment: {
          buildImage: codebuild.LinuxBuildImage.STANDARD_7_0,
          computeType: codebuild.ComputeType.MEDIUM,
        },
      },
    });
    const stage = (name: EnvName) => {
      const built = new SystemStage(this, name, { config: configFor(name) });
      props.prepareStage?.(built);
      return built;
    };
    const dev = stage('dev');
    const staging = stage('staging');
    const prod = stage('prod');
    this.pipeline.addStage(dev);
    this.pipeline.addStage(staging, {
      pre: [
        new pipelines.ManualApprovalStep('PromoteToStaging', {
          comment: 'Dev is healthy: deploy to staging?',
        }),
      ],
    });
    this.pipeline.addStage(prod, {
      pre: [
        new pipelines.ManualApprovalStep('PromoteToProd', {
          comment: 'Staging verified: deploy to production?',
        }),
      ],
    });
    this.stages = { dev, staging, prod };
  }
}
