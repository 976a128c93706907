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

/**
 * Timeouts every client gets, so a stalled dependency fails the request (a 503, see
 * http/dependency-errors.ts) instead of holding it until the Lambda times out. With the defaults a
 * stalled DynamoDB answers after at most 3 attempts × 2 s plus back-off, inside the API functions'
 * 10 s. Overridable for tests: AWS_SDK_CONNECT_TIMEOUT_MS, AWS_SDK_REQUEST_TIMEOUT_MS,
 * AWS_SDK_MAX_ATTEMPTS.
 */
export interface SdkTimeouts {
  readonly connectMs: number;
  /** Whole request (DynamoDB, Cognito, Secrets Manager); for S3 the longest idle gap. */
  readonly requestMs: number;
  readonly maxAttempts: number;
}

export function sdkTimeouts(env: NodeJS.ProcessEnv = process.env): SdkTimeouts {
  const n = (name: string, fallback: number, max: number) => {
    const v = Number(env[name]);
    return Number.isInteger(v) && v > 0 && v <= max ? v : fallback;
  };
  return {
    connectMs: n('AWS_SDK_CONNECT_TIMEOUT_MS', 1000, 60_000),
    requestMs: n('AWS_SDK_REQUEST_TIMEOUT_MS', 2000, 300_000),
    maxAttempts: n('AWS_SDK_MAX_ATTEMPTS', 3, 10),
  };
}

/** Region, endpoint, retries and a request handler with connect and request timeouts. */
export function awsClientOptions(
  opts: { region?: string; endpoint?: string; streaming?: boolean },
  timeouts: SdkTimeouts = sdkTimeouts(),
) {
  return {
    region: opts.region,
    endpoint: opts.endpoint,
    maxAttempts: timeouts.maxAttempts,
    // The SDK builds its NodeHttpHandler from these options.
    requestHandler: {
      connectionTimeout: timeouts.connectMs,
      // S3 moves files of up to 10 MB: bound the idle gap, not the whole transfer.
      ...(opts.streaming
        ? { socketTimeout: Math.max(timeouts.requestMs, 5000) }
        : { requestTimeout: timeouts.requestMs, throwOnRequestTimeout: true }),
    },
  };
}

const cache = new Map<string, AwsClients>();

export function awsClients(config: BackendConfig): AwsClients {
  const timeouts = sdkTimeouts();
  const key = [
    config.region,
    config.dynamodbEndpoint,
    config.s3Endpoint,
    config.cognitoEndpoint,
    JSON.stringify(timeouts),
  ].join('|');
  const cached = cache.get(key);
  if (cached) return cached;
  const dynamo = DynamoDBDocumentClient.from(
    new DynamoDBClient(
      awsClientOptions({ region: config.region, endpoint: config.dynamodbEndpoint }, timeouts),
    ),
    { marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false } },
  );
  const s3 = new S3Client({
    ...awsClientOptions(
      { region: config.region, endpoint: config.s3Endpoint, streaming: true },
      timeouts,
    ),
    forcePathStyle: Boolean(config.s3Endpoint),
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const cognito = new CognitoIdentityProviderClient(
    awsClientOptions({ region: config.region, endpoint: config.cognitoEndpoint }, timeouts),
  );
  const clients = { dynamo, s3, cognito };
  cache.set(key, clients);
  return clients;
}
