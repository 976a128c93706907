import {
  CreateTableCommand,
  DescribeTimeToLiveCommand,
  ResourceInUseException,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import type { AttributeDefinition, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  AdminCreateUserCommand,
  AdminGetUserCommand,
  AdminSetUserPasswordCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  ListUserPoolClientsCommand,
  ListUserPoolsCommand,
  UserNotFoundException,
} from '@aws-sdk/client-cognito-identity-provider';
import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { TABLES, physicalName } from '../../core';
import type { TableSpec } from '../../core';

/**
 * Idempotent bootstrap of the local stack: the seed's tables (plus ours, see core/api/storage-layout),
 * the user pool with `custom:role`, its app client and the seeded users. Safe to run at every start.
 */
export async function createTables(dynamo: DynamoDBClient, envName: string): Promise<string[]> {
  const created: string[] = [];
  for (const spec of TABLES) {
    const name = physicalName(envName, spec.name);
    try {
      await dynamo.send(new CreateTableCommand(tableDefinition(name, spec)));
      created.push(name);
    } catch (err) {
      if (!(err instanceof ResourceInUseException)) throw err;
    }
    if (spec.ttlAttribute) {
      const ttl = await dynamo.send(new DescribeTimeToLiveCommand({ TableName: name }));
      if (ttl.TimeToLiveDescription?.TimeToLiveStatus !== 'ENABLED') {
        await dynamo.send(
          new UpdateTimeToLiveCommand({
            TableName: name,
            TimeToLiveSpecification: { AttributeName: spec.ttlAttribute, Enabled: true },
          }),
        );
      }
    }
  }
  return created;
}

function tableDefinition(name: string, spec: TableSpec) {
  const keys = new Set<string>([spec.partitionKey, ...(spec.sortKey ? [spec.sortKey] : [])]);
  for (const index of spec.indexes) {
    keys.add(index.partitionKey);
    if (index.sortKey) keys.add(index.sortKey);
  }
  const AttributeDefinitions: AttributeDefinition[] = [...keys].map((k) => ({
    AttributeName: k,
    AttributeType: 'S',
  }));
  return {
    TableName: name,
    BillingMode: 'PAY_PER_REQUEST' as const,
    AttributeDefinitions,
    KeySchema: [
      { AttributeName: spec.partitionKey, KeyType: 'HASH' as const },
      ...(spec.sortKey ? [{ AttributeName: spec.sortKey, KeyType: 'RANGE' as const }] : []),
    ],
    ...(spec.indexes.length
      ? {
          GlobalSecondaryIndexes: spec.indexes.map((index) => ({
            IndexName: index.name,
            KeySchema: [
              { AttributeName: index.partitionKey, KeyType: 'HASH' as const },
              ...(index.sortKey
                ? [{ AttributeName: index.sortKey, KeyType: 'RANGE' as const }]
                : []),
            ],
            Projection: { ProjectionType: 'ALL' as const },
          })),
        }
      : {}),
  };
}

export interface SeedUser {
  readonly email: string;
  readonly password: string;
  readonly givenName: string;
  readonly familyName: string;
  readonly role: 'Admin' | 'Sales';
}

/** The two users `npm start` seeds; their sign-in details are printed at start. */
export const SEED_USERS: readonly SeedUser[] = [
  {
    email: 'admin@example.com',
    password: 'Admin#Local2026',
    givenName: 'Ada',
    familyName: 'Admin',
    role: 'Admin',
  },
  {
    email: 'sales@example.com',
    password: 'Sales#Local2026',
    givenName: 'Sam',
    familyName: 'Sales',
    role: 'Sales',
  },
];

export const POOL_NAME = 'aws-cost-estimation-users';
export const CLIENT_NAME = 'aws-cost-estimation-client';

/** User pool per seed §3.1 (custom:role), and its app client; reused when they already exist. */
export async function ensureUserPool(
  cognito: CognitoIdentityProviderClient,
): Promise<{ userPoolId: string; clientId: string }> {
  const pools = await cognito.send(new ListUserPoolsCommand({ MaxResults: 60 }));
  let userPoolId = pools.UserPools?.find((p) => p.Name === POOL_NAME)?.Id;
  if (!userPoolId) {
    const created = await cognito.send(
      new CreateUserPoolCommand({
        PoolName: POOL_NAME,
        Policies: {
          PasswordPolicy: {
            MinimumLength: 8,
            RequireUppercase: true,
            RequireLowercase: true,
            RequireNumbers: true,
            RequireSymbols: false,
          },
        },
        MfaConfiguration: 'OFF',
        AccountRecoverySetting: { RecoveryMechanisms: [{ Name: 'verified_email', Priority: 1 }] },
        Schema: [
          { Name: 'email', AttributeDataType: 'String', Required: true, Mutable: true },
          { Name: 'given_name', AttributeDataType: 'String', Required: false, Mutable: true },
          { Name: 'family_name', AttributeDataType: 'String', Required: false, Mutable: true },
          { Name: 'role', AttributeDataType: 'String', Required: false, Mutable: true },
        ],
      }),
    );
    userPoolId = created.UserPool?.Id;
  }
  if (!userPoolId) throw new Error('cognito-local did not return a user pool id.');
  const clients = await cognito.send(
    new ListUserPoolClientsCommand({ UserPoolId: userPoolId, MaxResults: 60 }),
  );
  let clientId = clients.UserPoolClients?.find((c) => c.ClientName === CLIENT_NAME)?.ClientId;
  if (!clientId) {
    const created = await cognito.send(
      new CreateUserPoolClientCommand({
        UserPoolId: userPoolId,
        ClientName: CLIENT_NAME,
        GenerateSecret: false,
        ExplicitAuthFlows: [
          'ALLOW_USER_PASSWORD_AUTH',
          'ALLOW_USER_SRP_AUTH',
          'ALLOW_REFRESH_TOKEN_AUTH',
        ],
      }),
    );
    clientId = created.UserPoolClient?.ClientId;
  }
  if (!clientId) throw new Error('cognito-local did not return an app client id.');
  return { userPoolId, clientId };
}

/** Create a confirmed user with a permanent password unless the email is taken. */
export async function ensureUser(
  cognito: CognitoIdentityProviderClient,
  userPoolId: string,
  user: SeedUser,
): Promise<void> {
  try {
    await cognito.send(new AdminGetUserCommand({ UserPoolId: userPoolId, Username: user.email }));
    return;
  } catch (err) {
    if (!(err instanceof UserNotFoundException) && (err as Error).name !== 'UserNotFoundException')
      throw err;
  }
  await cognito.send(
    new AdminCreateUserCommand({
      UserPoolId: userPoolId,
      Username: user.email,
      MessageAction: 'SUPPRESS',
      UserAttributes: [
        { Name: 'email', Value: user.email },
        { Name: 'email_verified', Value: 'true' },
        { Name: 'given_name', Value: user.givenName },
        { Name: 'family_name', Value: user.familyName },
        { Name: 'custom:role', Value: user.role },
      ],
    }),
  );
  await cognito.send(
    new AdminSetUserPasswordCommand({
      UserPoolId: userPoolId,
      Username: user.email,
      Password: user.password,
      Permanent: true,
    }),
  );
}
