import { CfnOutput, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import type { StackProps } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Construct } from 'constructs';
import type { EnvConfig } from '../config/environments';
import { AppParameters } from '../constructs/app-parameters';
import { DataBuckets } from '../constructs/data-buckets';
import { DataTables } from '../constructs/data-tables';
import { UserDirectory } from '../constructs/user-directory';
import { applyFeatureFlags } from '../feature-flags';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';

export interface StatefulStackProps extends StackProps {
  readonly config: EnvConfig;
}

/**
 * Everything that holds data and must outlive a deployment: the customer-managed key, the tables,
 * the buckets, the user pool and the alarm topic. Stateless stacks depend on this one, never the
 * reverse, so they can be destroyed and redeployed freely.
 */
export class StatefulStack extends Stack {
  readonly key: kms.Key;
  readonly tables: DataTables;
  readonly buckets: DataBuckets;
  readonly users: UserDirectory;
  /** Signs the API's paging cursors (backend/adapters/cursor-key.ts); shared by every container. */
  readonly cursorSecret: secretsmanager.Secret;
  readonly alarmTopic: sns.Topic;

  constructor(scope: Construct, id: string, props: StatefulStackProps) {
    super(scope, id, props);
    applyFeatureFlags(this);
    const { config } = props;
    const retain = config.retainData;

    this.key = new kms.Key(this, 'DataKey', {
      alias: `alias/aws-cost-${config.name}-data`,
      description: `aws-cost ${config.name}: tables, buckets and the alarm topic`,
      enableKeyRotation: true,
      pendingWindow: Duration.days(retain ? 30 : 7),
      removalPolicy: retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    // CloudWatch alarms and AWS Budgets publish to the encrypted topic; they need the key to do so.
    this.key.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'AllowAlarmsAndBudgetsToUseTheKey',
        principals: [
          new iam.ServicePrincipal('cloudwatch.amazonaws.com'),
          new iam.ServicePrincipal('budgets.amazonaws.com'),
        ],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
      }),
    );

    this.tables = new DataTables(this, 'Tables', { envName: config.name, key: this.key, retain });
    this.buckets = new DataBuckets(this, 'Buckets', {
      envName: config.name,
      key: this.key,
      retain,
    });
    this.users = new UserDirectory(this, 'Users', { envName: config.name, retain });
    this.cursorSecret = new secretsmanager.Secret(this, 'CursorSigningKey', {
      secretName: `aws-cost-${config.name}/cursor-signing-key`,
      description:
        'HMAC key of the API paging cursors; replacing it only makes outstanding cursors answer 400.',
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
      removalPolicy: retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });

    this.alarmTopic = new sns.Topic(this, 'AlarmTopic', {
      topicName: `aws-cost-${config.name}-alarms`,
      masterKey: this.key,
      enforceSSL: true,
    });
    this.alarmTopic.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'AllowBudgetNotifications',
        principals: [new iam.ServicePrincipal('budgets.amazonaws.com')],
        actions: ['sns:Publish'],
        resources: [this.alarmTopic.topicArn],
        conditions: { StringEquals: { 'aws:SourceAccount': this.account } },
      }),
    );
    if (config.alertEmail)
      this.alarmTopic.addSubscription(new subscriptions.EmailSubscription(config.alertEmail));

    new AppParameters(this, 'Parameters', {
      envName: config.name,
      values: {
        'user-pool-id': this.users.userPool.userPoolId,
        'user-pool-client-id': this.users.client.userPoolClientId,
        'data-key-arn': this.key.keyArn,
        'alarm-topic-arn': this.alarmTopic.topicArn,
      },
    });

    new CfnOutput(this, 'UserPoolId', { value: this.users.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: this.users.client.userPoolClientId });
  }
}
