import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { Server } from 'node:http';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { BUCKETS, physicalName } from '../../core';
import { awsClients } from '../adapters/aws-clients';
import { S3BlobStore } from '../adapters/aws/s3-blob-store';
import { bucketName, loadConfig, tableName } from '../config/env';
import { migrateLegacyEstimations } from './migrate-estimations';
import type { FunctionName } from '../../core';
import type { LambdaHandler } from '../http/router';
import { createApiAdapter } from './api-adapter';
import { SEED_USERS, createTables, ensureUser, ensureUserPool } from './bootstrap';
import type { SeedUser } from './bootstrap';
import { startCognito, startDynamoDb, startS3 } from './emulators';
import type { Emulator } from './emulators';
import { startCognitoFront } from './cognito-front';
import { S3_CORS_XML } from './s3-cors';
import { cognitoLocalVerifier } from './token-verifier';

export interface StackOptions {
  readonly envName: string;
  /** Data folder; emulators keep their data under it. Absent: DynamoDB in memory, S3/Cognito in `scratchDir`. */
  readonly dataDir?: string;
  readonly scratchDir: string;
  readonly ports: {
    dynamodb: number;
    s3: number;
    cognito: number;
    cognitoInternal: number;
    api: number;
  };
  readonly seedUsers?: readonly SeedUser[];
  readonly loadHandler?: (fn: FunctionName) => Promise<LambdaHandler>;
}

export interface RunningStack {
  readonly apiUrl: string;
  readonly dynamodbUrl: string;
  readonly s3Url: string;
  readonly cognitoUrl: string;
  readonly userPoolId: string;
  readonly clientId: string;
  readonly env: Record<string, string>;
  stop(): Promise<void>;
  /** Synchronous last resort when the process exits without `stop()`: kill child processes. */
  killNow(): void;
  /** DynamoDB Local on its own, for outage tests: freeze it, stop it, bring it back on its port. */
  readonly dynamodb: DynamoDbControl;
}

export interface DynamoDbControl {
  /** SIGSTOP: requests hang, as with a stalled dependency. */
  pause(): void;
  /** SIGCONT after pause(). */
  resume(): void;
  stop(): Promise<void>;
  /** Start again on the same port and data folder (data survives only with `dataDir`). */
  start(): Promise<void>;
}

/** Emulators + bootstrap + API adapter: the whole backend on this machine, the same code as in AWS. */
export async function startStack(opts: StackOptions): Promise<RunningStack> {
  const started: { stop(): Promise<void>; killNow?(): void }[] = [];
  const killNow = () => started.forEach((s) => s.killNow?.());
  const stopAll = async () => {
    for (const s of started.reverse()) await s.stop().catch(() => undefined);
  };
  try {
    const base = opts.dataDir ?? opts.scratchDir;
    const dynamoOpts = {
      port: opts.ports.dynamodb,
      dataDir: opts.dataDir ? path.join(opts.dataDir, 'dynamodb') : undefined,
    };
    let dynamoNow: Emulator | null = null;
    const [dynamo, s3, cognitoInner] = await Promise.all([
      startDynamoDb(dynamoOpts).then((d) => {
        dynamoNow = d;
        track({ stop: async () => dynamoNow?.stop(), killNow: () => dynamoNow?.killNow?.() });
        return d;
      }),
      startS3({
        port: opts.ports.s3,
        directory: path.join(base, 's3'),
        buckets: BUCKETS.map((b) => physicalName(opts.envName, b.name)),
        corsXml: S3_CORS_XML,
      }).then(track),
      startCognito({ port: opts.ports.cognitoInternal, cwd: path.join(base, 'cognito') }).then(
        track,
      ),
    ]);
    const cognito = track(
      await startCognitoFront({
        port: opts.ports.cognito,
        target: cognitoInner.url,
        stateFile: path.join(base, 'cognito', 'signed-out.json'),
      }),
    );
    const env: Record<string, string> = {
      ENV_NAME: opts.envName,
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'S3RVER',
      AWS_SECRET_ACCESS_KEY: 'S3RVER',
      AWS_REQUEST_CHECKSUM_CALCULATION: 'WHEN_REQUIRED',
      AWS_RESPONSE_CHECKSUM_VALIDATION: 'WHEN_REQUIRED',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      DYNAMODB_ENDPOINT: dynamo.url,
      S3_ENDPOINT: s3.url,
      COGNITO_ENDPOINT: cognito.url,
      // Signs paging cursors; a new key per start (old cursors then get a 400, start again).
      CURSOR_SIGNING_KEY: randomBytes(32).toString('base64url'),
    };
    Object.assign(process.env, env);
    await createTables(
      new DynamoDBClient({ endpoint: dynamo.url, region: 'us-east-1' }),
      opts.envName,
    );
    await migrateLocalEstimations();
    const idp = new CognitoIdentityProviderClient({ endpoint: cognito.url, region: 'us-east-1' });
    const { userPoolId, clientId } = await ensureUserPool(idp);
    for (const user of opts.seedUsers ?? SEED_USERS) await ensureUser(idp, userPoolId, user);
    Object.assign(env, { USER_POOL_ID: userPoolId, USER_POOL_CLIENT_ID: clientId });
    Object.assign(process.env, env);
    const verifier = cognitoLocalVerifier({
      issuer: `${cognitoInner.url}/${userPoolId}`,
      clientId,
    });
    const server = createApiAdapter({
      verifier,
      loadHandler: opts.loadHandler ?? loadHandlerModule,
    });
    const apiPort = await listen(server, opts.ports.api);
    track({ stop: () => closeServer(server) });
    const apiUrl = `http://127.0.0.1:${apiPort}`;
    env.API_URL = apiUrl;
    process.env.API_URL = apiUrl;
    return {
      apiUrl,
      dynamodbUrl: dynamo.url,
      s3Url: s3.url,
      cognitoUrl: cognito.url,
      userPoolId,
      clientId,
      env,
      stop: stopAll,
      killNow,
      dynamodb: {
        pause: () => signal(dynamoNow, 'SIGSTOP'),
        resume: () => signal(dynamoNow, 'SIGCONT'),
        stop: async () => {
          await dynamoNow?.stop();
        },
        start: async () => {
          dynamoNow = await startDynamoDb(dynamoOpts);
        },
      },
    };
  } catch (err) {
    await stopAll();
    throw err;
  }

  function track<T extends Emulator | { stop(): Promise<void> }>(s: T): T {
    started.push(s);
    return s;
  }
}

const handlerCache = new Map<FunctionName, Promise<LambdaHandler>>();

/** Import `backend/handlers/<fn>.ts` once, exactly the module Lambda runs. */
export function loadHandlerModule(fn: FunctionName): Promise<LambdaHandler> {
  let loaded = handlerCache.get(fn);
  if (!loaded) {
    loaded = import(`../handlers/${fn}`).then((m: { handler: LambdaHandler }) => m.handler);
    handlerCache.set(fn, loaded);
  }
  return loaded;
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}

function signal(emulator: Emulator | null, sig: NodeJS.Signals): void {
  if (emulator?.pid === undefined)
    throw new Error('DynamoDB Local is not running as a child process.');
  process.kill(emulator.pid, sig);
}

/** `.local/` data saved before issue 13 moves to the index record + parts shape (once). */
async function migrateLocalEstimations(): Promise<void> {
  const config = loadConfig();
  const { dynamo, s3 } = awsClients(config);
  const moved = await migrateLegacyEstimations(
    dynamo,
    new S3BlobStore(s3, (logical) => bucketName(config, logical)),
    {
      estimationsTable: tableName(config, 'estimations'),
      auditTable: tableName(config, 'audit-logs'),
    },
  );
  if (moved) console.log(`Moved ${moved} estimations saved in the old one-item shape to S3 parts.`);
}
