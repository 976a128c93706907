import { Annotations, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as codedeploy from 'aws-cdk-lib/aws-codedeploy';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { EMBEDDED_CATALOG_BUNDLE_FOLDER } from '../../core';
import type { EnvConfig } from '../config/environments';
import { handlerEntry } from '../config/function-specs';
import type { FunctionSpec } from '../config/function-specs';
import { REPO_ROOT, handlerExists, handlerPath } from '../handler-files';
import { accessStatements, logStatements } from './function-access';
import type { DataResources } from './function-access';

export interface AppFunctionProps {
  readonly spec: FunctionSpec;
  readonly config: EnvConfig;
  readonly data: DataResources;
  readonly environment: Readonly<Record<string, string>>;
  readonly provisionedConcurrency?: number;
}

// pdfkit reads its font metrics from `__dirname/data` at run time: the document worker is bundled
// as CommonJS with that folder copied beside the bundle, and the embedded PDF fonts under
// `fonts/` (about 14 MB: Noto Sans regular and bold, Noto Sans Hans, Noto Sans KR). Everything
// else is ESM.
const CJS_WITH_PDFKIT_DATA = new Set(['document-worker']);

/** Where the embedded catalog's files are in the repository (written by `npm run catalog:build`). */
export const EMBEDDED_CATALOG_SOURCE = 'core/catalog/data';

/**
 * The font files backend/documents/pdf-fonts.ts embeds (its PDF_FONT_FILES; infra may not import
 * the backend, so test/infra/cdk-synth.test.ts checks the two lists agree).
 */
export const PDF_FONTS: readonly { file: string; pkg: string }[] = [
  { file: 'NotoSans-Regular.ttf', pkg: '@embedpdf/fonts-latin' },
  { file: 'NotoSansHans-Regular.otf', pkg: '@embedpdf/fonts-sc' },
  { file: 'NotoSansKR-Regular.otf', pkg: '@embedpdf/fonts-kr' },
  { file: 'NotoSans-Bold.ttf', pkg: '@embedpdf/fonts-latin' },
];

/**
 * One Lambda function of the system: nodejs22.x on arm64, bundled by esbuild, its own role with
 * only the grants of its spec, its own log group, X-Ray tracing, and a `live` alias that CodeDeploy
 * shifts (canary or all-at-once) and rolls back when an alarm fires.
 */
export class AppFunction extends Construct {
  readonly fn: nodejs.NodejsFunction;
  readonly alias: lambda.Alias;
  readonly role: iam.Role;
  readonly logGroup: logs.LogGroup;
  readonly errorsAlarm: cloudwatch.Alarm;
  readonly deploymentGroup: codedeploy.LambdaDeploymentGroup;

  /**
   * The function, or undefined when its handler file has not landed yet and this synth bundles
   * (a warning is printed). When bundling is skipped (unit tests, stacks not being deployed) a
   * missing file gets inline code that fails loudly if it is ever invoked.
   */
  static create(scope: Construct, id: string, props: AppFunctionProps): AppFunction | undefined {
    const { name } = props.spec;
    if (!handlerExists(name) && Stack.of(scope).bundlingRequired) {
      console.warn(
        `[infra] WARNING: ${handlerEntry(name)} does not exist yet; function '${name}' is left out of ` +
          `${Stack.of(scope).stackName} (its API routes answer 503, its schedule or queue consumer is not ` +
          `created) until the file lands and you synthesise again.`,
      );
      return undefined;
    }
    return new AppFunction(scope, id, props);
  }

  private constructor(scope: Construct, id: string, props: AppFunctionProps) {
    super(scope, id);
    const { spec, config } = props;
    const functionName = `aws-cost-${config.name}-${spec.name}`;

    this.logGroup = new logs.LogGroup(this, 'Logs', {
      logGroupName: `/aws/lambda/${functionName}`,
      retention: spec.logs === 'audit' ? logs.RetentionDays.ONE_YEAR : logs.RetentionDays.ONE_MONTH,
      removalPolicy: config.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `${functionName}: ${spec.description}`,
    });
    for (const statement of [
      ...logStatements(this.logGroup.logGroupArn),
      ...accessStatements(spec, props.data),
    ]) {
      this.role.addToPrincipalPolicy(statement);
    }

    this.fn = new nodejs.NodejsFunction(this, 'Function', {
      functionName,
      description: spec.description,
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: spec.memoryMb,
      timeout: Duration.seconds(spec.timeoutSeconds),
      role: this.role,
      logGroup: this.logGroup,
      tracing: lambda.Tracing.ACTIVE,
      environment: {
        ENV_NAME: config.name,
        LOG_LEVEL: config.name === 'prod' ? 'INFO' : 'DEBUG',
        POWERTOOLS_SERVICE_NAME: `aws-cost-${spec.name}`,
        POWERTOOLS_METRICS_NAMESPACE: 'AwsCostEstimation',
        NODE_OPTIONS: nodeOptions(spec),
        ...props.environment,
      },
      ...code(spec),
    });
    if (!handlerExists(spec.name)) {
      Annotations.of(this).addWarningV2(
        'aws-cost:handler-missing',
        `${handlerEntry(spec.name)} does not exist yet: synthesised without bundling, with code that throws if invoked.`,
      );
    }

    this.alias = new lambda.Alias(this, 'Live', {
      aliasName: 'live',
      version: this.fn.currentVersion,
      provisionedConcurrentExecutions: props.provisionedConcurrency || undefined,
    });
    this.errorsAlarm = new cloudwatch.Alarm(this, 'ErrorsAlarm', {
      alarmName: `${functionName}-errors`,
      alarmDescription: `${functionName}: unhandled errors on the live alias (rolls a deployment back).`,
      metric: this.alias.metricErrors({ period: Duration.minutes(1), statistic: 'Sum' }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    this.deploymentGroup = new codedeploy.LambdaDeploymentGroup(this, 'Deployment', {
      alias: this.alias,
      deploymentConfig:
        config.deployment === 'canary'
          ? codedeploy.LambdaDeploymentConfig.CANARY_10PERCENT_5MINUTES
          : codedeploy.LambdaDeploymentConfig.ALL_AT_ONCE,
      alarms: [this.errorsAlarm],
      autoRollback: { failedDeployment: true, stoppedDeployment: true, deploymentInAlarm: true },
    });
  }
}

/** Bundled code for a handler that exists; inline code that refuses to run when it does not. */
type CodeProps = Pick<
  nodejs.NodejsFunctionProps,
  'entry' | 'bundling' | 'code' | 'handler' | 'projectRoot' | 'depsLockFilePath'
>;

function code(spec: FunctionSpec): CodeProps {
  const { name } = spec;
  if (!handlerExists(name)) {
    return {
      code: lambda.Code.fromInline(
        `exports.handler = async () => { throw new Error('${handlerEntry(name)} was missing at synth time'); };`,
      ),
      handler: 'index.handler',
    };
  }
  const cjs = CJS_WITH_PDFKIT_DATA.has(name);
  const copies = (inputDir: string, outputDir: string): string[] => [
    ...(cjs ? pdfkitFiles(inputDir, outputDir) : []),
    ...(spec.embeddedCatalog ? embeddedCatalogFiles(inputDir, outputDir) : []),
  ];
  const hooks = cjs || spec.embeddedCatalog;
  return {
    entry: handlerPath(name),
    handler: 'handler',
    bundling: {
      format: cjs ? nodejs.OutputFormat.CJS : nodejs.OutputFormat.ESM,
      target: 'node20',
      // The nodejs22.x runtime ships AWS SDK v3; bundling it would only add cold-start weight.
      externalModules: ['@aws-sdk/*'],
      minify: true,
      sourceMap: true,
      sourcesContent: false,
      mainFields: cjs ? undefined : ['module', 'main'],
      // CommonJS dependencies (exceljs, docx) call require(); give the ESM bundle one.
      banner: cjs
        ? undefined
        : "import { createRequire } from 'module'; const require = createRequire(import.meta.url);",
      commandHooks: hooks
        ? { beforeBundling: () => [], beforeInstall: () => [], afterBundling: copies }
        : undefined,
    },
    projectRoot: REPO_ROOT,
    depsLockFilePath: `${REPO_ROOT}/package-lock.json`,
  };
}

/** pdfkit's font metrics (`data/`) and the Noto fonts the PDF embeds (backend/documents/pdf-fonts.ts). */
function pdfkitFiles(inputDir: string, outputDir: string): string[] {
  return [
    `cp -r "${inputDir}/node_modules/pdfkit/js/data" "${outputDir}/data"`,
    `mkdir -p "${outputDir}/fonts"`,
    ...PDF_FONTS.map(
      (f) =>
        `cp "${inputDir}/node_modules/${f.pkg}/fonts/${f.file}" "${outputDir}/fonts/${f.file}"`,
    ),
  ];
}

/**
 * The embedded catalog's index and region files, beside the bundle in `catalog-data/`, where
 * backend/adapters/embedded-catalog-files.ts reads them (`$LAMBDA_TASK_ROOT/catalog-data`).
 */
function embeddedCatalogFiles(inputDir: string, outputDir: string): string[] {
  const folder = `${outputDir}/${EMBEDDED_CATALOG_BUNDLE_FOLDER}`;
  return [
    `mkdir -p "${folder}"`,
    `cp "${inputDir}/${EMBEDDED_CATALOG_SOURCE}/"*.json "${folder}/"`,
  ];
}

/** Node's flags for a function: source maps always; a larger young generation where it prices. */
export function nodeOptions(spec: FunctionSpec): string {
  return spec.semiSpaceMb
    ? `--enable-source-maps --max-semi-space-size=${spec.semiSpaceMb}`
    : '--enable-source-maps';
}
