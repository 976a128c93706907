import { CfnOutput, Stack } from 'aws-cdk-lib';
import type { StackProps } from 'aws-cdk-lib';
import * as cwActions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import type { Construct } from 'constructs';
import { physicalName } from '../../core';
import type { FunctionName } from '../../core';
import type { EnvConfig } from '../config/environments';
import { API_FUNCTION_SPECS, WORKER_SPECS } from '../config/function-specs';
import type { AppFunctionName, FunctionSpec } from '../config/function-specs';
import { ApiAlarms } from '../constructs/api-alarms';
import { ApiFirewall } from '../constructs/api-firewall';
import { ApiRoutes, restApiName } from '../constructs/api-routes';
import { AppFunction } from '../constructs/app-function';
import { configParameterName } from '../constructs/app-parameters';
import { BACKUP_PREFIX } from '../constructs/data-buckets';
import { pascal } from '../constructs/data-tables';
import { DocumentPipeline } from '../constructs/document-pipeline';
import type { DataResources } from '../constructs/function-access';
import { ScheduledJobs } from '../constructs/scheduled-jobs';
import { applyFeatureFlags } from '../feature-flags';
import type { StatefulStack } from './stateful-stack';

export interface ApiStackProps extends StackProps {
  readonly config: EnvConfig;
  readonly stateful: StatefulStack;
}

/**
 * The stateless backend: every Lambda function (API groups of the route table plus the document
 * worker, the catalog refresh and the backup export), the REST API, the document queue, the
 * schedules, the API alarms and the WAF.
 */
export class ApiStack extends Stack {
  readonly functions: ReadonlyMap<AppFunctionName, AppFunction>;
  readonly routes: ApiRoutes;
  readonly alarms: ApiAlarms;
  readonly documents: DocumentPipeline;

  constructor(scope: Construct, id: string, props: ApiStackProps) {
    super(scope, id, props);
    applyFeatureFlags(this);
    const { config, stateful } = props;
    const data: DataResources = {
      table: (name) => stateful.tables.get(name),
      bucket: (name) => stateful.buckets.get(name),
      key: stateful.key,
      userPool: stateful.users.userPool,
      cursorSecret: stateful.cursorSecret,
    };
    this.documents = new DocumentPipeline(this, 'DocumentPipeline', { envName: config.name });

    const pool = {
      USER_POOL_ID: stateful.users.userPool.userPoolId,
      USER_POOL_CLIENT_ID: stateful.users.client.userPoolClientId,
    };
    const extraEnv: Partial<Record<AppFunctionName, Record<string, string>>> = {
      users: pool,
      // The error rate reads API Gateway's metrics of this API (ApiName dimension).
      admin: { ...pool, API_NAME: restApiName(config.name) },
      'catalog-refresh': {
        PRICE_LIST_BASE_URL: 'https://pricing.us-east-1.amazonaws.com',
        CATALOG_PREFIX: 'catalog/',
      },
      'backup-export': { BACKUP_BUCKET: physicalName(config.name, 'documents'), BACKUP_PREFIX },
    };

    const functions = new Map<AppFunctionName, AppFunction>();
    // Workers first: the documents function needs the worker alias ARN in its environment.
    for (const spec of [...Object.values(WORKER_SPECS), ...Object.values(API_FUNCTION_SPECS)]) {
      const worker = spec.invokesDocumentWorker ? functions.get('document-worker') : undefined;
      const refresh = spec.invokesCatalogRefresh ? functions.get('catalog-refresh') : undefined;
      const fn = AppFunction.create(this, `${pascal(spec.name)}Fn`, {
        spec,
        config,
        data,
        environment: {
          ...resourceEnvironment(config.name, spec),
          ...(extraEnv[spec.name] ?? {}),
          ...(spec.signsCursors ? { CURSOR_SECRET_ARN: stateful.cursorSecret.secretArn } : {}),
          // The backend's LambdaJobDispatcher invokes this (qualified) ARN with InvocationType Event.
          ...(worker ? { DOCUMENT_WORKER_FUNCTION: worker.alias.functionArn } : {}),
          // The admin function's "refresh now" invokes this (qualified) ARN with InvocationType Event.
          ...(refresh ? { CATALOG_REFRESH_FUNCTION: refresh.alias.functionArn } : {}),
        },
        provisionedConcurrency:
          spec.name === 'calculations' ? config.calculatorProvisionedConcurrency : 0,
      });
      if (fn) functions.set(spec.name, fn);
      if (fn && refresh) refresh.alias.grantInvoke(fn.role);
    }
    this.functions = functions;
    const worker = functions.get('document-worker');
    if (worker) {
      this.documents.connectWorker(worker.alias);
      for (const [name, fn] of functions) {
        if (API_FUNCTION_SPECS[name as FunctionName]?.invokesDocumentWorker)
          this.documents.allowDispatch(fn.role, worker.alias);
      }
    }

    const accessLogs = new logs.LogGroup(this, 'ApiAccessLogs', {
      logGroupName: `/aws/apigateway/aws-cost-${config.name}-api/access`,
      // Access logs are the request audit trail: a year, as seed §5.2 keeps audit logs.
      retention: logs.RetentionDays.ONE_YEAR,
    });
    const targets = new Map<FunctionName, AppFunction['alias'] | undefined>();
    for (const name of Object.keys(API_FUNCTION_SPECS) as FunctionName[])
      targets.set(name, functions.get(name)?.alias);
    this.routes = new ApiRoutes(this, 'Rest', {
      config,
      userPool: stateful.users.userPool,
      targets,
      accessLogs,
    });

    if (config.waf || config.adminIpRanges.length > 0) {
      new ApiFirewall(this, 'Firewall', {
        envName: config.name,
        stageArn: this.routes.api.deploymentStage.stageArn,
        // ApiRoutes names the stage after the environment (a literal the WAF regex can hold).
        stageName: config.name,
        managedRules: config.waf,
        adminIpRanges: config.adminIpRanges,
      });
    }

    this.alarms = new ApiAlarms(this, 'Alarms', { envName: config.name, api: this.routes.api });
    const notify = new cwActions.SnsAction(stateful.alarmTopic);
    for (const alarm of [...this.alarms.all, this.documents.deadLetterAlarm])
      alarm.addAlarmAction(notify);
    for (const [name, fn] of functions) {
      fn.errorsAlarm.addAlarmAction(notify);
      // The seed's API alarms also roll back an API function's deployment in progress (§6.2).
      if (name in API_FUNCTION_SPECS)
        for (const alarm of this.alarms.all) fn.deploymentGroup.addAlarm(alarm);
    }

    new ScheduledJobs(this, 'Schedules', {
      envName: config.name,
      catalogRefresh: functions.get('catalog-refresh')?.alias,
      backupExport: functions.get('backup-export')?.alias,
      estimationSweeper: functions.get('estimation-sweeper')?.alias,
    });

    new ssm.StringParameter(this, 'ApiUrlParameter', {
      parameterName: configParameterName(config.name, 'api-url'),
      stringValue: this.routes.api.url,
    });
    new CfnOutput(this, 'ApiUrl', { value: this.routes.api.url });
  }
}

/** `TABLE_<NAME>` / `BUCKET_<NAME>` for each resource a function may use (physical names). */
export function resourceEnvironment(envName: string, spec: FunctionSpec): Record<string, string> {
  const env: Record<string, string> = {};
  const key = (name: string) => name.toUpperCase().replace(/[^A-Z0-9]/g, '_');
  for (const grant of spec.tables)
    env[`TABLE_${key(grant.table)}`] = physicalName(envName, grant.table);
  for (const grant of spec.buckets)
    env[`BUCKET_${key(grant.bucket)}`] = physicalName(envName, grant.bucket);
  return env;
}
