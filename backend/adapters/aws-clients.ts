import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import type { BackendConfig } from '../config/env';

/**
 * AWS SDK clients, created once per Lambda container (connection reuse, seed §4.2). Locally the
 * same clients point at the emulators; s3rver needs path-style addressing and checksums only when
 * required (see shared/docs/local-stack.md §2).
 */
export interface AwsClients {
  readonly dynamo: DynamoDBDocumentClient;
  readonly s3: S3Client;
  readonly cognito: CognitoIdentityProviderClient;
}

const cache = new Map<string, AwsClients>();

export function awsClients(config: BackendConfig): AwsClients {
  const key = [
    config.region,
    config.dynamodbEndpoint,
    config.s3Endpoint,
    config.cognitoEndpoint,
  ].join('|');
  const cached = cache.get(key);
  if (cached) return cached;
  const dynamo = DynamoDBDocumentClient.from(
    new DynamoDBClient({ region: config.region, endpoint: config.dynamodbEndpoint }),
    { marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false } },
  );
  const s3 = new S3Client({
    region: config.region,
    endpoint: config.s3Endpoint,
    forcePathStyle: Boolean(config.s3Endpoint),
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const cognito = new CognitoIdentityProviderClient({
    region: config.region,
    endpoint: config.cognitoEndpoint,
  });
  const clients = { dynamo, s3, cognito };
  cache.set(key, clients);
  return clients;
}
