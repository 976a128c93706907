import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';

/** Weekly catalog refresh: Mondays 03:00 UTC (AWS publishes price changes through the week). */
export const CATALOG_REFRESH_SCHEDULE = 'cron(0 3 ? * MON *)';
/** Nightly backup export at 02:00 UTC. */
export const BACKUP_EXPORT_SCHEDULE = 'cron(0 2 * * ? *)';
/** Daily sweep of uncommitted and superseded estimation parts at 04:00 UTC. */
export const ESTIMATION_SWEEP_SCHEDULE = 'cron(0 4 * * ? *)';

export interface ScheduledJobsProps {
  readonly envName: string;
  readonly catalogRefresh?: lambda.IFunction;
  readonly backupExport?: lambda.IFunction;
  readonly estimationSweeper?: lambda.IFunction;
}

/** EventBridge rules that start the catalog refresh, the backup export and the parts sweep. */
export class ScheduledJobs extends Construct {
  constructor(scope: Construct, id: string, props: ScheduledJobsProps) {
    super(scope, id);
    if (props.catalogRefresh) {
      new events.Rule(this, 'CatalogRefresh', {
        ruleName: `aws-cost-${props.envName}-catalog-refresh`,
        description:
          'Weekly AWS Price List import; publishes only when the validation gate passes.',
        schedule: events.Schedule.expression(CATALOG_REFRESH_SCHEDULE),
        targets: [new targets.LambdaFunction(props.catalogRefresh, { retryAttempts: 1 })],
      });
    }
    if (props.backupExport) {
      new events.Rule(this, 'BackupExport', {
        ruleName: `aws-cost-${props.envName}-backup-export`,
        description: 'Nightly export of estimations and user data to backups/.',
        schedule: events.Schedule.expression(BACKUP_EXPORT_SCHEDULE),
        targets: [new targets.LambdaFunction(props.backupExport, { retryAttempts: 2 })],
      });
    }
    if (props.estimationSweeper) {
      new events.Rule(this, 'EstimationSweep', {
        ruleName: `aws-cost-${props.envName}-estimation-sweep`,
        description: 'Daily delete of estimation parts no committed record references.',
        schedule: events.Schedule.expression(ESTIMATION_SWEEP_SCHEDULE),
        targets: [new targets.LambdaFunction(props.estimationSweeper, { retryAttempts: 2 })],
      });
    }
  }
}
