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

/**
 * Physical table name of a logical table: `TABLE_<LOGICAL>` when the deployment passes it (the CDK
 * app sets one per granted table, infra/stacks/api-stack.ts `resourceEnvironment`), else the
 * naming convention (`estimations` -> `aws-cost-dev-estimations`).
 */
export function tableName(
  config: BackendConfig,
  logical: string,
  env: NodeJS.ProcessEnv = process.env,
): string {
  return env[`TABLE_${envKey(logical)}`] || physicalName(config.envName, logical);
}

/** Physical bucket name of a logical bucket: `BUCKET_<LOGICAL>` when set, else the convention. */
export function bucketName(
  config: BackendConfig,
  logical: string,
  env: NodeJS.ProcessEnv = process.env,
): string {
  return env[`BUCKET_${envKey(logical)}`] || physicalName(config.envName, logical);
}

/** `audit-logs` -> `AUDIT_LOGS`: the same key infra uses for the variable names. */
export function envKey(logical: string): string {
  return logical.toUpperCase().replace(/[^A-Z0-9]/g, '_');
}
