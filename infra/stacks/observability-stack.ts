import { Duration, Stack } from 'aws-cdk-lib';
import type { StackProps } from 'aws-cdk-lib';
import * as budgets from 'aws-cdk-lib/aws-budgets';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as cwActions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { Construct } from 'constructs';
import type { EnvConfig } from '../config/environments';
import { pascal } from '../constructs/data-tables';
import { applyFeatureFlags } from '../feature-flags';
import type { ApiStack } from './api-stack';
import type { StatefulStack } from './stateful-stack';

export interface ObservabilityStackProps extends StackProps {
  readonly config: EnvConfig;
  readonly stateful: StatefulStack;
  readonly api: ApiStack;
}

/** CloudWatch namespace of the backend's EMF metrics. */
export const METRICS_NAMESPACE = 'AwsCostEstimation';

/** Budget alert thresholds of seed §7.1, in percent of the monthly budget. */
export const BUDGET_THRESHOLDS = [80, 100];

/**
 * Throttling alarms (any Lambda or DynamoDB throttle, seed §5.1), one dashboard and the monthly
 * budget. The API 5xx/latency alarms live in the API stack because CodeDeploy rolls back on them.
 */
export class ObservabilityStack extends Stack {
  readonly throttleAlarms: cloudwatch.Alarm[] = [];

  constructor(scope: Construct, id: string, props: ObservabilityStackProps) {
    super(scope, id, props);
    applyFeatureFlags(this);
    const { config, stateful, api } = props;
    const notify = new cwActions.SnsAction(stateful.alarmTopic);
    const period = Duration.minutes(1);
    const anyThrottle = (
      id: string,
      name: string,
      description: string,
      metric: cloudwatch.IMetric,
    ) => {
      const alarm = new cloudwatch.Alarm(this, id, {
        alarmName: name,
        alarmDescription: description,
        metric,
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });
      alarm.addAlarmAction(notify);
      this.throttleAlarms.push(alarm);
    };

    for (const [name, fn] of api.functions) {
      anyThrottle(
        `${pascal(name)}Throttles`,
        `aws-cost-${config.name}-${name}-throttles`,
        `Lambda ${name} was throttled.`,
        fn.fn.metricThrottles({ period, statistic: 'Sum' }),
      );
    }
    for (const [name, table] of stateful.tables.byName) {
      const throttles = new cloudwatch.MathExpression({
        label: `${name} throttled requests`,
        expression: 'reads + writes',
        usingMetrics: {
          reads: table.metric('ReadThrottleEvents', { period, statistic: 'Sum' }),
          writes: table.metric('WriteThrottleEvents', { period, statistic: 'Sum' }),
        },
        period,
      });
      anyThrottle(
        `${pascal(name)}TableThrottles`,
        `aws-cost-${config.name}-${name}-table-throttles`,
        `DynamoDB table ${name} throttled reads or writes.`,
        throttles,
      );
    }

    const restApi = api.routes.api;
    const dashboard = new cloudwatch.Dashboard(this, 'Dashboard', {
      dashboardName: `aws-cost-${config.name}`,
    });
    dashboard.addWidgets(
      new cloudwatch.GraphWidget({
        title: 'API requests and errors',
        left: [
          restApi.metricCount({ period }),
          restApi.metricClientError({ period }),
          restApi.metricServerError({ period }),
        ],
        width: 12,
      }),
      new cloudwatch.GraphWidget({
        title: 'API latency (p50 / p95)',
        left: [
          restApi.metricLatency({ period, statistic: 'p50' }),
          restApi.metricLatency({ period, statistic: 'p95' }),
        ],
        width: 12,
      }),
    );
    const fns = [...api.functions.entries()];
    dashboard.addWidgets(
      new cloudwatch.GraphWidget({
        title: 'Lambda duration p95',
        left: fns.map(([name, fn]) =>
          fn.fn.metricDuration({ period, statistic: 'p95', label: name }),
        ),
        width: 12,
      }),
      new cloudwatch.GraphWidget({
        title: 'Lambda errors and throttles',
        left: fns.map(([name, fn]) => fn.fn.metricErrors({ period, label: `${name} errors` })),
        right: fns.map(([name, fn]) =>
          fn.fn.metricThrottles({ period, label: `${name} throttles` }),
        ),
        width: 12,
      }),
    );
    // The backend's EMF metrics (backend/observability/metrics.ts), whatever their dimensions.
    const search = (metric: string, stat: string, label: string) =>
      new cloudwatch.MathExpression({
        expression: `SEARCH('{${METRICS_NAMESPACE}} MetricName="${metric}"', '${stat}', 300)`,
        label,
        period: Duration.minutes(5),
      });
    dashboard.addWidgets(
      new cloudwatch.GraphWidget({
        title: 'Calculation and document generation time (ms, average)',
        left: [
          search('CalculationTime', 'Average', 'calculation'),
          search('DocumentGenerationTime', 'Average', 'document'),
        ],
        width: 12,
      }),
      new cloudwatch.GraphWidget({
        title: 'Excel processing and documents (count)',
        left: [
          search('ExcelProcessingSuccess', 'Sum', 'excel ok'),
          search('ExcelProcessingFailure', 'Sum', 'excel failed'),
          search('DocumentFailed', 'Sum', 'documents failed'),
        ],
        width: 12,
      }),
    );
    dashboard.addWidgets(
      new cloudwatch.AlarmStatusWidget({
        title: 'Alarms',
        alarms: [...api.alarms.all, ...this.throttleAlarms, api.documents.deadLetterAlarm],
        width: 24,
      }),
    );

    new budgets.CfnBudget(this, 'MonthlyBudget', {
      budget: {
        budgetName: `aws-cost-${config.name}-monthly`,
        budgetType: 'COST',
        timeUnit: 'MONTHLY',
        budgetLimit: { amount: config.monthlyBudgetUsd, unit: 'USD' },
        // Values of one filter are OR-ed, so one tag: the Environment cost-allocation tag (activate
        // it once, README). With one account per environment this is the project's whole spend.
        costFilters: { TagKeyValue: [`user:Environment$${config.name}`] },
      },
      notificationsWithSubscribers: BUDGET_THRESHOLDS.map((threshold) => ({
        notification: {
          notificationType: 'ACTUAL',
          comparisonOperator: 'GREATER_THAN',
          threshold,
          thresholdType: 'PERCENTAGE',
        },
        subscribers: [
          config.alertEmail
            ? { subscriptionType: 'EMAIL', address: config.alertEmail }
            : { subscriptionType: 'SNS', address: stateful.alarmTopic.topicArn },
        ],
      })),
    });
  }
}
