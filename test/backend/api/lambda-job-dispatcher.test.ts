import type { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { LambdaJobDispatcher } from '../../../backend/adapters/aws/lambda-job-dispatcher';

describe('document jobs in AWS', () => {
  it('start the worker with an asynchronous (Event) invoke carrying the document id', async () => {
    const sent: InvokeCommand[] = [];
    // Only `send` is used by the dispatcher; a recording stand-in avoids any network.
    const client = {
      send: async (command: InvokeCommand) => void sent.push(command),
    } as unknown as LambdaClient;
    await new LambdaJobDispatcher(
      client,
      'arn:aws:lambda:ap-southeast-1:1:function:worker:live',
    ).dispatch('doc-1');
    expect(sent).toHaveLength(1);
    const input = sent[0]?.input;
    expect(input?.FunctionName).toBe('arn:aws:lambda:ap-southeast-1:1:function:worker:live');
    expect(input?.InvocationType).toBe('Event');
    expect(JSON.parse(new TextDecoder().decode(input?.Payload as Uint8Array))).toEqual({
      documentId: 'doc-1',
    });
  });
});
