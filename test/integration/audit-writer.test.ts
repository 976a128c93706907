import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { DynamoAuditWriter } from '../../backend/adapters/aws/dynamo-audit-writer';
import { awsClients } from '../../backend/adapters/aws-clients';
import { loadConfig, tableName } from '../../backend/config/env';
import type { AuditRecord } from '../../backend/ports/audit-log';
import { auditWriterContract, record } from '../contracts/audit-writer.contract';

const config = loadConfig();
const table = tableName(config, 'audit-logs');
const { dynamo } = awsClients(config);

async function stored(logId: string): Promise<AuditRecord[]> {
  const out = await dynamo.send(
    new GetCommand({ TableName: table, Key: { logId }, ConsistentRead: true }),
  );
  return out.Item ? [out.Item as AuditRecord] : [];
}

auditWriterContract('DynamoDB adapter on DynamoDB Local', () => ({
  writer: new DynamoAuditWriter(dynamo, table),
  entries: stored,
}));

describe('DynamoAuditWriter under an SDK retry', () => {
  it('succeeds when the first attempt wrote the entry and its answer was lost (the retry meets its own entry)', async () => {
    const client = new DynamoDBClient({
      region: config.region,
      endpoint: config.dynamodbEndpoint,
      maxAttempts: 3,
    });
    // Inside the SDK's retry loop: DynamoDB Local carries out the first PutItem, then its answer
    // is lost as a request timeout loses it — the write happened, the caller never heard, and
    // the SDK tries again.
    let lost = 0;
    client.middlewareStack.add(
      (next) => async (args) => {
        const answer = await next(args);
        const target = (args.request as { headers?: Record<string, string> }).headers?.[
          'x-amz-target'
        ];
        if (lost === 0 && target === 'DynamoDB_20120810.PutItem') {
          lost += 1;
          throw Object.assign(new Error('Request timed out (lost by the test)'), {
            name: 'TimeoutError',
          });
        }
        return answer;
      },
      { step: 'deserialize', name: 'loseFirstPutAnswer' },
    );
    const retrying = DynamoDBDocumentClient.from(client);
    const entry = record({ fileName: ['', 'estate.xlsx'] });
    await new DynamoAuditWriter(retrying, table).append(entry);
    expect(lost).toBe(1);
    expect(await stored(entry.logId)).toEqual([expect.objectContaining(entry)]);
  });
});
