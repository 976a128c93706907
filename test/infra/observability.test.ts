import { Match } from 'aws-cdk-lib/assertions';
import { TABLES } from '../../core';
import { ALL_FUNCTION_SPECS } from '../../infra/config/function-specs';
import { buildForTest, onlyProps, resourcesOf } from './build-system';

const prod = buildForTest('prod', { alertEmail: 'ops@example.com' });
const dev = buildForTest('dev');

describe('observability: seed §5.1 alarms', () => {
  it('5xx above 5 % for 5 minutes', () => {
    prod.api.hasResourceProperties('AWS::CloudWatch::Alarm', {
      AlarmName: 'aws-cost-prod-api-5xx-rate',
      Threshold: 5,
      EvaluationPeriods: 5,
      DatapointsToAlarm: 5,
      ComparisonOperator: 'GreaterThanThreshold',
      Metrics: Match.arrayWith([
        Match.objectLike({ Expression: 'IF(requests > 0, 100 * errors / requests, 0)' }),
        Match.objectLike({
          Id: 'errors',
          MetricStat: Match.objectLike({
            Metric: Match.objectLike({ MetricName: '5XXError' }),
            Period: 60,
          }),
        }),
      ]),
    });
  });

  it('latency above 2 s for 3 minutes', () => {
    prod.api.hasResourceProperties('AWS::CloudWatch::Alarm', {
      AlarmName: 'aws-cost-prod-api-latency',
      MetricName: 'Latency',
      Threshold: 2000,
      EvaluationPeriods: 3,
      Period: 60,
      ComparisonOperator: 'GreaterThanThreshold',
    });
  });

  it('any Lambda throttle, for every function', () => {
    for (const spec of ALL_FUNCTION_SPECS) {
      prod.observability.hasResourceProperties('AWS::CloudWatch::Alarm', {
        AlarmName: `aws-cost-prod-${spec.name}-throttles`,
        MetricName: 'Throttles',
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      });
    }
  });

  it('any DynamoDB read or write throttle, for every table', () => {
    for (const table of TABLES) {
      prod.observability.hasResourceProperties('AWS::CloudWatch::Alarm', {
        AlarmName: `aws-cost-prod-${table.name}-table-throttles`,
        Threshold: 1,
        Metrics: Match.arrayWith([
          Match.objectLike({
            MetricStat: Match.objectLike({
              Metric: Match.objectLike({ MetricName: 'ReadThrottleEvents' }),
            }),
          }),
          Match.objectLike({
            MetricStat: Match.objectLike({
              Metric: Match.objectLike({ MetricName: 'WriteThrottleEvents' }),
            }),
          }),
        ]),
      });
    }
  });

  it('every alarm notifies the alarm topic, which mails the alert address', () => {
    for (const template of [prod.api, prod.observability]) {
      for (const [id, alarm] of resourcesOf(template, 'AWS::CloudWatch::Alarm')) {
        expect([id, JSON.stringify(alarm.Properties?.AlarmActions)]).toEqual([
          id,
          expect.stringContaining('AlarmTopic'),
        ]);
      }
    }
    prod.stateful.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'ops@example.com',
    });
  });

  it('a dashboard per environment', () => {
    prod.observability.hasResourceProperties('AWS::CloudWatch::Dashboard', {
      DashboardName: 'aws-cost-prod',
    });
  });
});

describe('observability: budget', () => {
  it('$50 a month, alerts at 80 % and 100 %', () => {
    const budget = onlyProps(prod.observability, 'AWS::Budgets::Budget') as {
      Budget: {
        BudgetLimit: { Amount: number; Unit: string };
        TimeUnit: string;
        BudgetType: string;
      };
      NotificationsWithSubscribers: {
        Notification: { Threshold: number; ThresholdType: string };
        Subscribers: { SubscriptionType: string; Address: unknown }[];
      }[];
    };
    expect(budget.Budget).toEqual(
      expect.objectContaining({
        BudgetLimit: { Amount: 50, Unit: 'USD' },
        TimeUnit: 'MONTHLY',
        BudgetType: 'COST',
      }),
    );
    expect(budget.NotificationsWithSubscribers.map((n) => n.Notification.Threshold)).toEqual([
      80, 100,
    ]);
    for (const n of budget.NotificationsWithSubscribers) {
      expect(n.Notification.ThresholdType).toBe('PERCENTAGE');
      expect(n.Subscribers).toEqual([{ SubscriptionType: 'EMAIL', Address: 'ops@example.com' }]);
    }
  });

  it('without an alert e-mail the budget notifies the alarm topic, which budgets may publish to', () => {
    const budget = onlyProps(dev.observability, 'AWS::Budgets::Budget') as {
      NotificationsWithSubscribers: { Subscribers: { SubscriptionType: string }[] }[];
    };
    expect(
      budget.NotificationsWithSubscribers.flatMap((n) =>
        n.Subscribers.map((s) => s.SubscriptionType),
      ),
    ).toEqual(['SNS', 'SNS']);
    dev.stateful.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Principal: { Service: 'budgets.amazonaws.com' },
            Action: 'sns:Publish',
          }),
        ]),
      },
    });
  });
});
