import type { LambdaClient } from '@aws-sdk/client-lambda';
import { InvokeCommand } from '@aws-sdk/client-lambda';
import type { JobDispatcher } from '../../ports/job-dispatcher';

/** In AWS: an asynchronous (Event) invoke of the document-worker function; Lambda retries it twice. */
export class LambdaJobDispatcher implements JobDispatcher {
  constructor(
    private readonly lambda: LambdaClient,
    private readonly workerFunctionName: string,
  ) {}

  async dispatch(documentId: string): Promise<void> {
    await this.lambda.send(
      new InvokeCommand({
        FunctionName: this.workerFunctionName,
        InvocationType: 'Event',
        Payload: new TextEncoder().encode(JSON.stringify({ documentId })),
      }),
    );
  }
}
