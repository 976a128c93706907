import { Duration } from 'aws-cdk-lib';
import type * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import { Construct } from 'constructs';

export interface ApiAlarmsProps {
  readonly envName: string;
  readonly api: apigw.RestApi;
}

/**
 * The API alarms of seed §5.1: 5xx above 5 % of requests for 5 minutes, latency above 2 s for
 * 3 minutes. They also gate CodeDeploy: a deployment in progress rolls back when one fires.
 */
export class ApiAlarms extends Construct {
  readonly serverErrorRate: cloudwatch.Alarm;
  readonly latency: cloudwatch.Alarm;

  constructor(scope: Construct, id: string, props: ApiAlarmsProps) {
    super(scope, id);
    const period = Duration.minutes(1);
    const errorRate = new cloudwatch.MathExpression({
      label: '5xx rate (%)',
      // No traffic is not an error: divide only when there were requests.
      expression: 'IF(requests > 0, 100 * errors / requests, 0)',
      usingMetrics: {
        errors: props.api.metricServerError({ period, statistic: 'Sum' }),
        requests: props.api.metricCount({ period, statistic: 'Sum' }),
      },
      period,
    });
    this.serverErrorRate = new cloudwatch.Alarm(this, 'ServerErrorRate', {
      alarmName: `aws-cost-${props.envName}-api-5xx-rate`,
      alarmDescription: 'API 5xx responses above 5 % of requests for 5 minutes (seed §5.1).',
      metric: errorRate,
      threshold: 5,
      evaluationPeriods: 5,
      datapointsToAlarm: 5,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    this.latency = new cloudwatch.Alarm(this, 'Latency', {
      alarmName: `aws-cost-${props.envName}-api-latency`,
      alarmDescription: 'API p95 latency above 2 seconds for 3 minutes (seed §5.1).',
      metric: props.api.metricLatency({ period, statistic: 'p95' }),
      threshold: 2000,
      evaluationPeriods: 3,
      datapointsToAlarm: 3,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
  }

  get all(): cloudwatch.Alarm[] {
    return [this.serverErrorRate, this.latency];
  }
}
