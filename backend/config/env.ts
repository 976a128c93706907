import { physicalName } from '../../core';

/**
 * Runtime configuration from the environment. In AWS the CDK app sets these; locally the stack
 * orchestrator (and jest's globalSetup) set the emulator endpoints.
 */
export interface BackendConfig {
  /** dev, staging, prod — or `local` / `test` on this machine. */
  readonly envName: string;
  readonly region: string;
  /** Set locally: DynamoDB Local, s3rver and cognito-local endpoints. Absent in AWS. */
  readonly dynamodbEndpoint?: string;
  readonly s3Endpoint?: string;
  readonly cognitoEndpoint?: string;
  readonly userPoolId?: string;
  readonly userPoolClientId?: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): BackendConfig {
  return {
    envName: env.ENV_NAME ?? 'local',
    region: env.AWS_REGION ?? 'us-east-1',
    dynamodbEndpoint: env.DYNAMODB_ENDPOINT || undefined,
    s3Endpoint: env.S3_ENDPOINT || undefined,
    cognitoEndpoint: env.COGNITO_ENDPOINT || undefined,
    userPoolId: env.USER_POOL_ID || undefined,
    userPoolClientId: env.USER_POOL_CLIENT_ID || undefined,
  };
}

/** Physical table name of a logical table (`estimations` -> `aws-cost-dev-estimations`). */
export function tableName(config: BackendConfig, logical: string): string {
  return physicalName(config.envName, logical);
}

/** Physical bucket name of a logical bucket. */
export function bucketName(config: BackendConfig, logical: string): string {
  return physicalName(config.envName, logical);
}
