import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';

/** True when item `index` of a cancelled TransactWriteItems failed its condition. */
export function conditionFailedAt(err: unknown, index: number): boolean {
  return (
    err instanceof TransactionCanceledException &&
    err.CancellationReasons?.[index]?.Code === 'ConditionalCheckFailed'
  );
}
