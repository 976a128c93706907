import { randomBytes } from 'node:crypto';

/**
 * The key that signs paging cursors. Every Lambda container of an environment must share it, so in
 * AWS it is a Secrets Manager secret the CDK app generates (CURSOR_SECRET_ARN, read once per
 * container); the local stack passes a random key per start in CURSOR_SIGNING_KEY (base64). Against
 * emulators with neither set (a test building adapters by hand) a random key per process is enough,
 * because the process that issues a cursor is the one that reads it back.
 */
let cached: { source: string; key: Promise<Uint8Array> } | null = null;
const processKey = randomBytes(32);

export function cursorKey(env: NodeJS.ProcessEnv = process.env): Promise<Uint8Array> {
  const source = env.CURSOR_SIGNING_KEY
    ? `env:${env.CURSOR_SIGNING_KEY}`
    : env.CURSOR_SECRET_ARN
      ? `secret:${env.CURSOR_SECRET_ARN}`
      : env.DYNAMODB_ENDPOINT
        ? 'process'
        : 'missing';
  if (cached?.source === source) return cached.key;
  const key = load(source, env);
  // A failed secret read is retried by the next request rather than remembered.
  key.catch(() => {
    if (cached?.key === key) cached = null;
  });
  cached = { source, key };
  return key;
}

async function load(source: string, env: NodeJS.ProcessEnv): Promise<Uint8Array> {
  if (source.startsWith('env:'))
    return keyFrom(String(env.CURSOR_SIGNING_KEY), 'CURSOR_SIGNING_KEY');
  if (source === 'process') return processKey;
  if (source === 'missing') {
    throw new Error(
      'CURSOR_SECRET_ARN is not set: the deployment must pass the cursor-signing secret to this function.',
    );
  }
  const { GetSecretValueCommand, SecretsManagerClient } =
    await import('@aws-sdk/client-secrets-manager');
  const { awsClientOptions } = await import('./aws-clients');
  const client = new SecretsManagerClient(awsClientOptions({ region: env.AWS_REGION }));
  const out = await client.send(new GetSecretValueCommand({ SecretId: env.CURSOR_SECRET_ARN }));
  if (!out.SecretString) throw new Error('The cursor-signing secret has no string value.');
  return keyFrom(out.SecretString, 'the cursor-signing secret');
}

function keyFrom(text: string, what: string): Uint8Array {
  const key = Buffer.from(text, 'utf8');
  if (key.length < 32) throw new Error(`${what} must be at least 32 characters long.`);
  return key;
}
