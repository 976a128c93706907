import type * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import { TABLES } from '../../core';
import type { DynamoAccess, FunctionSpec, ObjectAccess } from '../config/function-specs';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';

/** The data resources a function's grants refer to (owned by the stateful stack). */
export interface DataResources {
  readonly table: (name: string) => dynamodb.ITable;
  readonly bucket: (name: string) => s3.IBucket;
  readonly key: kms.IKey;
  readonly userPool: cognito.IUserPool;
  readonly cursorSecret: secretsmanager.ISecret;
}

export const DYNAMO_ACTIONS: Readonly<Record<DynamoAccess, readonly string[]>> = {
  read: [
    'dynamodb:GetItem',
    'dynamodb:BatchGetItem',
    'dynamodb:Query',
    'dynamodb:ConditionCheckItem',
  ],
  write: [
    'dynamodb:PutItem',
    'dynamodb:UpdateItem',
    'dynamodb:DeleteItem',
    'dynamodb:BatchWriteItem',
  ],
  scan: ['dynamodb:Scan'],
  // Audit entries are only ever added (inside the mutation's TransactWriteItems).
  append: ['dynamodb:PutItem'],
  // Rate-limit counters: one atomic ADD per request.
  counter: ['dynamodb:UpdateItem'],
};

export const S3_ACTIONS: Readonly<Record<Exclude<ObjectAccess, 'list'>, string>> = {
  get: 's3:GetObject',
  put: 's3:PutObject',
  delete: 's3:DeleteObject',
};

export const COGNITO_ADMIN_ACTIONS: readonly string[] = [
  'cognito-idp:ListUsers',
  // Invitations from the console (issue 17).
  'cognito-idp:AdminCreateUser',
  'cognito-idp:AdminGetUser',
  'cognito-idp:AdminUpdateUserAttributes',
  'cognito-idp:AdminDisableUser',
  'cognito-idp:AdminEnableUser',
  'cognito-idp:AdminUserGlobalSignOut',
  'cognito-idp:AdminListGroupsForUser',
  'cognito-idp:AdminAddUserToGroup',
  'cognito-idp:AdminRemoveUserFromGroup',
];

const WRITES: ReadonlySet<string> = new Set(['write', 'append', 'counter', 'put']);

/** IAM statements granting exactly what a function spec lists, and nothing else. */
export function accessStatements(spec: FunctionSpec, data: DataResources): iam.PolicyStatement[] {
  const statements: iam.PolicyStatement[] = [];
  for (const grant of spec.tables) {
    const table = data.table(grant.table);
    const hasIndexes = (TABLES.find((t) => t.name === grant.table)?.indexes.length ?? 0) > 0;
    for (const access of grant.access) {
      // Queries on a GSI are authorised on the index ARN; only reads ever query.
      const onIndexes = access === 'read' && hasIndexes;
      statements.push(
        new iam.PolicyStatement({
          actions: [...DYNAMO_ACTIONS[access]],
          resources: onIndexes ? [table.tableArn, `${table.tableArn}/index/*`] : [table.tableArn],
        }),
      );
    }
  }
  for (const grant of spec.buckets) {
    const bucket = data.bucket(grant.bucket);
    const objectActions = grant.access.filter(
      (a): a is Exclude<ObjectAccess, 'list'> => a !== 'list',
    );
    if (objectActions.length > 0) {
      statements.push(
        new iam.PolicyStatement({
          actions: objectActions.map((a) => S3_ACTIONS[a]),
          resources: [bucket.arnForObjects(`${grant.prefix}*`)],
        }),
      );
    }
    if (grant.access.includes('list')) {
      statements.push(
        new iam.PolicyStatement({
          actions: ['s3:ListBucket'],
          resources: [bucket.bucketArn],
          conditions: { StringLike: { 's3:prefix': [`${grant.prefix}*`] } },
        }),
      );
    }
  }
  const grants = [
    ...spec.tables.flatMap((t) => t.access),
    ...spec.buckets.flatMap((b) => b.access),
  ];
  if (grants.length > 0) {
    const writes = grants.some((g) => WRITES.has(g));
    statements.push(
      new iam.PolicyStatement({
        actions: writes ? ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey'] : ['kms:Decrypt'],
        resources: [data.key.keyArn],
      }),
    );
  }
  if (spec.signsCursors) {
    statements.push(
      new iam.PolicyStatement({
        actions: ['secretsmanager:GetSecretValue'],
        resources: [data.cursorSecret.secretArn],
      }),
    );
  }
  if (spec.cognitoAdmin) {
    statements.push(
      new iam.PolicyStatement({
        actions: [...COGNITO_ADMIN_ACTIONS],
        resources: [data.userPool.userPoolArn],
      }),
    );
  }
  if (spec.readsApiMetrics) {
    statements.push(
      new iam.PolicyStatement({
        // GetMetricData takes no resource ARN (AWS's service authorization reference): "*" is the
        // only resource it can be granted on. Read-only, and only this one action.
        actions: ['cloudwatch:GetMetricData'],
        resources: ['*'],
      }),
    );
  }
  return statements;
}

/** CloudWatch Logs permissions limited to the function's own log group. */
export function logStatements(logGroupArn: string): iam.PolicyStatement[] {
  return [
    new iam.PolicyStatement({
      actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
      resources: [`${logGroupArn}:*`],
    }),
  ];
}
