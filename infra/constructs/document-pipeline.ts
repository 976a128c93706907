import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import type * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as destinations from 'aws-cdk-lib/aws-lambda-destinations';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

/** Lambda retries a failed asynchronous document job this many times (the maximum). */
export const DOCUMENT_RETRY_ATTEMPTS = 2;
/** A job not started within this time is given up (and dead-lettered): the user asked an hour ago. */
export const DOCUMENT_MAX_EVENT_AGE = Duration.hours(1);

export interface DocumentPipelineProps {
  readonly envName: string;
}

/**
 * The asynchronous document flow: `POST /documents/generate` writes a pending job and invokes the
 * document worker's live alias with `InvocationType: 'Event'` (backend LambdaJobDispatcher). Lambda
 * queues the event, retries it twice on error, and sends events that still fail to the dead-letter
 * queue below, which alarms (DECISIONS.md §12: asynchronous invoke rather than an SQS queue).
 */
export class DocumentPipeline extends Construct {
  readonly deadLetters: sqs.Queue;
  readonly deadLetterAlarm: cloudwatch.Alarm;

  constructor(scope: Construct, id: string, props: DocumentPipelineProps) {
    super(scope, id);
    this.deadLetters = new sqs.Queue(this, 'DeadLetters', {
      queueName: `aws-cost-${props.envName}-document-jobs-dlq`,
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    this.deadLetterAlarm = new cloudwatch.Alarm(this, 'DeadLetterAlarm', {
      alarmName: `aws-cost-${props.envName}-document-jobs-dead-letters`,
      alarmDescription: 'Document jobs failed after every retry; inspect the dead-letter queue.',
      metric: this.deadLetters.metricApproximateNumberOfMessagesVisible({
        period: Duration.minutes(5),
      }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
  }

  /** Retry policy and failure destination of the worker's asynchronous invocations. */
  connectWorker(worker: lambda.Alias): void {
    worker.configureAsyncInvoke({
      retryAttempts: DOCUMENT_RETRY_ATTEMPTS,
      maxEventAge: DOCUMENT_MAX_EVENT_AGE,
      onFailure: new destinations.SqsDestination(this.deadLetters),
    });
  }

  /** Let the documents function start jobs: invoke on the worker's live alias only. */
  allowDispatch(dispatcher: iam.IGrantable, worker: lambda.Alias): void {
    worker.grantInvoke(dispatcher);
  }
}
