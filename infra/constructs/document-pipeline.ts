import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sources from 'aws-cdk-lib/aws-lambda-event-sources';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

/** A document job is retried this many times before it lands in the dead-letter queue. */
export const DOCUMENT_MAX_RECEIVES = 3;

export interface DocumentPipelineProps {
  readonly envName: string;
  /** Worker timeout; the queue hides a message for 6× that while a worker holds it (AWS guidance). */
  readonly workerTimeout: Duration;
}

/**
 * The asynchronous document flow: `POST /documents/generate` writes a pending job and sends its id
 * to this queue; the document worker consumes one message at a time. SQS rather than an
 * asynchronous Lambda invoke: retries with back-off survive worker throttling, failed jobs stay
 * inspectable in the dead-letter queue, and a burst of requests cannot exceed the worker's
 * concurrency (DECISIONS-infra.md).
 */
export class DocumentPipeline extends Construct {
  readonly queue: sqs.Queue;
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
    this.queue = new sqs.Queue(this, 'Jobs', {
      queueName: `aws-cost-${props.envName}-document-jobs`,
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      visibilityTimeout: Duration.seconds(props.workerTimeout.toSeconds() * 6),
      retentionPeriod: Duration.days(1),
      deadLetterQueue: { queue: this.deadLetters, maxReceiveCount: DOCUMENT_MAX_RECEIVES },
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

  /** Feed the worker (its live alias) one job per invocation; failed ids go back to the queue. */
  connectWorker(worker: lambda.IFunction): void {
    worker.addEventSource(
      new sources.SqsEventSource(this.queue, { batchSize: 1, reportBatchItemFailures: true }),
    );
  }
}
