import { readFileSync } from 'node:fs';
import { Match } from 'aws-cdk-lib/assertions';
import { ROUTES } from '../../core';
import {
  ALL_FUNCTION_SPECS,
  API_FUNCTION_SPECS,
  WORKER_SPECS,
} from '../../infra/config/function-specs';
import { pascal } from '../../infra/constructs/data-tables';
import { handlerExists, handlerPath } from '../../infra/handler-files';
import {
  BACKUP_EXPORT_SCHEDULE,
  CATALOG_REFRESH_SCHEDULE,
  ESTIMATION_SWEEP_SCHEDULE,
} from '../../infra/constructs/scheduled-jobs';
import { buildForTest, onlyProps, resourcesOf } from './build-system';

const prod = buildForTest('prod');
const dev = buildForTest('dev');
const withConcurrency = buildForTest('prod', { calculatorProvisionedConcurrency: '2' });

describe('functions: one per route-table group plus the four workers', () => {
  it('the API groups are exactly the route table fn names', () => {
    expect(Object.keys(API_FUNCTION_SPECS).sort()).toEqual(
      [...new Set(ROUTES.map((r) => r.fn))].sort(),
    );
  });

  it('deploys one Lambda function per spec', () => {
    const names = resourcesOf(prod.api, 'AWS::Lambda::Function').map(
      ([, f]) => f.Properties?.FunctionName,
    );
    expect(names.sort()).toEqual(ALL_FUNCTION_SPECS.map((s) => `aws-cost-prod-${s.name}`).sort());
  });

  it('sizes: calculator one vCPU (1,769 MB, 29 s), estimations 1,024 MB, document generator 2,048 MB / 60 s, API others 256 MB / 10 s', () => {
    // Customer-scale estates (DECISIONS 52, bench/RESULTS.md).
    expect(API_FUNCTION_SPECS.calculations).toEqual(
      expect.objectContaining({ memoryMb: 1769, timeoutSeconds: 29 }),
    );
    expect(API_FUNCTION_SPECS.estimations).toEqual(
      expect.objectContaining({ memoryMb: 1024, timeoutSeconds: 10 }),
    );
    expect(WORKER_SPECS['document-worker']).toEqual(
      expect.objectContaining({ memoryMb: 2048, timeoutSeconds: 60 }),
    );
    for (const spec of Object.values(API_FUNCTION_SPECS)) {
      if (spec.name === 'calculations' || spec.name === 'estimations') continue;
      expect(spec.memoryMb).toBe(256);
      expect(spec.timeoutSeconds).toBe(10);
    }
  });

  it.each(ALL_FUNCTION_SPECS.map((s) => [s.name, s] as const))(
    '%s: nodejs22.x, arm64, size, X-Ray, own log group',
    (name, spec) => {
      prod.api.hasResourceProperties('AWS::Lambda::Function', {
        FunctionName: `aws-cost-prod-${name}`,
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        MemorySize: spec.memoryMb,
        Timeout: spec.timeoutSeconds,
        TracingConfig: { Mode: 'Active' },
        LoggingConfig: { LogGroup: { Ref: Match.stringLikeRegexp(`^${pascal(name)}FnLogs`) } },
        Environment: {
          Variables: Match.objectLike({
            ENV_NAME: 'prod',
            POWERTOOLS_SERVICE_NAME: `aws-cost-${name}`,
          }),
        },
      });
      prod.api.hasResourceProperties('AWS::Logs::LogGroup', {
        LogGroupName: `/aws/lambda/aws-cost-prod-${name}`,
        RetentionInDays: spec.logs === 'audit' ? 365 : 30,
      });
    },
  );

  it('the calculations function runs Node with a 64 MB semi-space (DECISIONS 72), the others with the default', () => {
    const options = (name: string): unknown => {
      const fns = prod.api.findResources('AWS::Lambda::Function', {
        Properties: { FunctionName: `aws-cost-prod-${name}` },
      });
      const fn = Object.values(fns)[0] as {
        Properties: { Environment: { Variables: Record<string, unknown> } };
      };
      return fn.Properties.Environment.Variables.NODE_OPTIONS;
    };
    expect(options('calculations')).toBe('--enable-source-maps --max-semi-space-size=64');
    for (const spec of ALL_FUNCTION_SPECS.filter((s) => s.name !== 'calculations'))
      expect([spec.name, options(spec.name)]).toEqual([spec.name, '--enable-source-maps']);
  });

  it('the functions whose handler builds the published catalog ship the embedded catalog files', () => {
    // backend/handlers/published-catalog.ts layers the store's shards over the embedded catalog;
    // the CLI synth test checks the bundles themselves (cdk-synth.test.ts).
    const builds = ALL_FUNCTION_SPECS.filter((s) => handlerExists(s.name))
      .filter((s) =>
        readFileSync(handlerPath(s.name), 'utf8').includes("from './published-catalog'"),
      )
      .map((s) => s.name);
    expect(builds.sort()).toEqual(['admin', 'calculations']);
    expect(
      ALL_FUNCTION_SPECS.filter((s) => s.embeddedCatalog)
        .map((s) => s.name)
        .sort(),
    ).toEqual(builds);
  });

  it('application logs are kept 30 days, audit-relevant ones (admin, catalog publication) a year', () => {
    expect(
      ALL_FUNCTION_SPECS.filter((s) => s.logs === 'audit')
        .map((s) => s.name)
        .sort(),
    ).toEqual(['admin', 'catalog-refresh']);
  });
});

describe('functions: live aliases, CodeDeploy canary and rollback', () => {
  it('every function has a live alias and a deployment group that rolls back on alarms', () => {
    prod.api.resourceCountIs('AWS::Lambda::Alias', ALL_FUNCTION_SPECS.length);
    const groups = resourcesOf(prod.api, 'AWS::CodeDeploy::DeploymentGroup');
    expect(groups).toHaveLength(ALL_FUNCTION_SPECS.length);
    for (const [, group] of groups) {
      const props = group.Properties as Record<
        string,
        { Enabled?: boolean; Events?: string[]; Alarms?: unknown[] } & Record<string, unknown>
      >;
      expect(props.DeploymentConfigName).toBe('CodeDeployDefault.LambdaCanary10Percent5Minutes');
      expect(props.AutoRollbackConfiguration!.Enabled).toBe(true);
      expect(props.AutoRollbackConfiguration!.Events).toEqual(
        expect.arrayContaining(['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_ALARM']),
      );
      expect(props.AlarmConfiguration!.Enabled).toBe(true);
    }
  });

  it('API functions roll back on the seed API alarms as well as their own errors', () => {
    const [, calcGroup] = resourcesOf(prod.api, 'AWS::CodeDeploy::DeploymentGroup').find(([id]) =>
      id.startsWith('CalculationsFn'),
    )!;
    const alarms = JSON.stringify(
      (calcGroup.Properties as { AlarmConfiguration: unknown }).AlarmConfiguration,
    );
    expect(alarms).toMatch(/CalculationsFnErrorsAlarm/);
    expect(alarms).toMatch(/AlarmsServerErrorRate/);
    expect(alarms).toMatch(/AlarmsLatency/);
  });

  it('dev shifts all at once', () => {
    for (const [, group] of resourcesOf(dev.api, 'AWS::CodeDeploy::DeploymentGroup')) {
      expect(group.Properties?.DeploymentConfigName).toBe('CodeDeployDefault.LambdaAllAtOnce');
    }
  });

  it('provisioned concurrency on the calculator is off by default and on with -c calculatorProvisionedConcurrency=2', () => {
    for (const [, alias] of resourcesOf(prod.api, 'AWS::Lambda::Alias')) {
      expect(alias.Properties?.ProvisionedConcurrencyConfig).toBeUndefined();
    }
    const configured = resourcesOf(withConcurrency.api, 'AWS::Lambda::Alias').filter(
      ([, a]) => a.Properties?.ProvisionedConcurrencyConfig,
    );
    expect(configured.map(([id]) => id)).toEqual([expect.stringMatching(/^CalculationsFnLive/)]);
    expect(configured[0]![1].Properties?.ProvisionedConcurrencyConfig).toEqual({
      ProvisionedConcurrentExecutions: 2,
    });
  });
});

describe('functions: asynchronous document pipeline', () => {
  it('the documents function is told the worker alias ARN (backend LambdaJobDispatcher)', () => {
    prod.api.hasResourceProperties('AWS::Lambda::Function', {
      FunctionName: 'aws-cost-prod-documents',
      Environment: {
        Variables: Match.objectLike({
          DOCUMENT_WORKER_FUNCTION: { Ref: Match.stringLikeRegexp('^DocumentWorkerFnLive') },
        }),
      },
    });
  });

  it('the worker alias retries twice, gives up after an hour, and dead-letters to an encrypted queue', () => {
    const config = onlyProps(prod.api, 'AWS::Lambda::EventInvokeConfig') as {
      Qualifier: unknown;
      MaximumRetryAttempts: number;
      MaximumEventAgeInSeconds: number;
      DestinationConfig: { OnFailure: { Destination: unknown } };
    };
    expect(config).toEqual(
      expect.objectContaining({ MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 3600 }),
    );
    // The qualifier is the live alias (resolved from its ARN), so canary traffic shifting covers it.
    expect(JSON.stringify(config.Qualifier)).toMatch(/DocumentWorkerFnLive/);
    expect(JSON.stringify(config.DestinationConfig.OnFailure.Destination)).toMatch(
      /DocumentPipelineDeadLetters/,
    );
    prod.api.hasResourceProperties('AWS::SQS::Queue', {
      QueueName: 'aws-cost-prod-document-jobs-dlq',
      SqsManagedSseEnabled: true,
      MessageRetentionPeriod: 1209600,
    });
    prod.api.hasResourceProperties('AWS::CloudWatch::Alarm', {
      AlarmName: 'aws-cost-prod-document-jobs-dead-letters',
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Threshold: 1,
    });
  });
});

describe('functions: schedules', () => {
  it('refreshes the price catalog weekly, exports backups nightly and sweeps estimation parts daily, through the live aliases', () => {
    prod.api.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: ESTIMATION_SWEEP_SCHEDULE,
      Targets: [
        Match.objectLike({ Arn: { Ref: Match.stringLikeRegexp('^EstimationSweeperFnLive') } }),
      ],
    });
    prod.api.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: CATALOG_REFRESH_SCHEDULE,
      Targets: [
        Match.objectLike({ Arn: { Ref: Match.stringLikeRegexp('^CatalogRefreshFnLive') } }),
      ],
    });
    prod.api.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: BACKUP_EXPORT_SCHEDULE,
      Targets: [Match.objectLike({ Arn: { Ref: Match.stringLikeRegexp('^BackupExportFnLive') } })],
    });
    expect(CATALOG_REFRESH_SCHEDULE).toMatch(/^cron\(\d+ \d+ \? \* MON \*\)$/);
  });

  it('the backup export writes under backups/ of the documents bucket', () => {
    prod.api.hasResourceProperties('AWS::Lambda::Function', {
      FunctionName: 'aws-cost-prod-backup-export',
      Environment: {
        Variables: Match.objectLike({
          BACKUP_BUCKET: 'aws-cost-prod-documents',
          BACKUP_PREFIX: 'backups/',
        }),
      },
    });
  });
});
