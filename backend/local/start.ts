/**
 * `npm start`: the whole system on this machine with its embedded defaults — DynamoDB Local,
 * s3rver, cognito-local, the API (the same Lambda handlers as in AWS behind a local API Gateway
 * adapter), the task pane and the admin console over https (office-addin-dev-certs' localhost
 * certificate), and a manifest whose URLs are the task pane's. Data lives in `.local/`
 * (LOCAL_DATA_DIR overrides) and survives restarts. Ctrl-C (or SIGTERM) stops every child process.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { SEED_USERS } from './bootstrap';
import { certDir, ensureDevCertificate } from './dev-certs';
import type { DevCertificate } from './dev-certs';
import { closeServer, serveFrontEnds } from './front-ends';
import type { RunningFrontEnds } from './front-ends';
import { assertPortFree } from './ports';
import { startStack } from './stack';
import type { RunningStack } from './stack';

const root = path.resolve(__dirname, '../..');
const port = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const PORTS = {
  dynamodb: port('DYNAMODB_PORT', 8000),
  s3: port('S3_PORT', 4569),
  cognito: port('COGNITO_PORT', 9229),
  cognitoInternal: port('COGNITO_INTERNAL_PORT', 9230),
  api: port('API_PORT', 3001),
  addin: port('ADDIN_PORT', 3000),
  admin: port('ADMIN_PORT', 3002),
};

let running: RunningStack | null = null;

async function main(): Promise<void> {
  const started = Date.now();
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  process.env.LOG_LEVEL ??= 'WARN';
  const checks: [number, string, string][] = [
    [PORTS.dynamodb, 'DynamoDB Local', 'DYNAMODB_PORT'],
    [PORTS.s3, 'S3 (s3rver)', 'S3_PORT'],
    [PORTS.cognito, 'Cognito (cognito-local)', 'COGNITO_PORT'],
    [PORTS.cognitoInternal, 'cognito-local (internal)', 'COGNITO_INTERNAL_PORT'],
    [PORTS.api, 'API', 'API_PORT'],
    [PORTS.addin, 'task pane', 'ADDIN_PORT'],
    [PORTS.admin, 'admin console', 'ADMIN_PORT'],
  ];
  for (const [p, what, envVar] of checks) await assertPortFree(p, what, envVar);
  ensureBuilt();
  const certificate = await ensureDevCertificate(certDir());

  const dataDir = path.resolve(process.env.LOCAL_DATA_DIR ?? path.join(root, '.local'));
  mkdirSync(dataDir, { recursive: true });
  const stack = await startStack({ envName: 'local', dataDir, scratchDir: dataDir, ports: PORTS });
  running = stack;
  process.on('exit', () => stack.killNow());
  const servers: Server[] = [];
  const stopAll = once(async () => {
    console.log('\nStopping…');
    for (const s of servers) await closeServer(s);
    await stack.stop();
    console.log('Stopped.');
  });
  process.on('SIGINT', () => void stopAll().then(() => process.exit(0)));
  process.on('SIGTERM', () => void stopAll().then(() => process.exit(0)));
  process.on('SIGHUP', () => void stopAll().then(() => process.exit(0)));

  const clientConfig = {
    apiUrl: stack.apiUrl,
    region: 'us-east-1',
    userPoolId: stack.userPoolId,
    userPoolClientId: stack.clientId,
    cognitoEndpoint: stack.cognitoUrl,
  };
  const frontEnds = await serveFrontEnds({
    dist: path.join(root, 'dist'),
    manifestSource: path.join(root, 'manifest.xml'),
    manifestOut: path.join(dataDir, 'manifest.xml'),
    ports: PORTS,
    certificate,
    config: clientConfig,
    connect: [stack.apiUrl, stack.cognitoUrl, stack.s3Url],
  });
  servers.push(...frontEnds.servers);
  printSummary(stack, frontEnds, certificate, dataDir, Date.now() - started);
}

function ensureBuilt(): void {
  if (existsSync(path.join(root, 'dist', 'taskpane.html'))) return;
  console.log(
    'Building the task pane and the admin console (first start only; `npm run build` rebuilds)…',
  );
  const result = spawnSync(
    process.execPath,
    [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (result.status !== 0)
    throw new Error('The webpack build failed; fix the errors above, then run `npm start` again.');
}

function printSummary(
  stack: RunningStack,
  frontEnds: RunningFrontEnds,
  certificate: DevCertificate,
  dataDir: string,
  ms: number,
): void {
  const lines = [
    `API: ${stack.apiUrl}`,
    `Task pane: ${frontEnds.addinOrigin}/taskpane.html`,
    `Admin console: ${frontEnds.adminOrigin}/`,
    `Manifest (sideload into Excel): ${frontEnds.manifestPath}`,
    ...certificateLines(certificate),
    `DynamoDB Local: ${stack.dynamodbUrl}`,
    `S3 (s3rver): ${stack.s3Url}`,
    `Cognito (cognito-local): ${stack.cognitoUrl}`,
    `User pool: ${stack.userPoolId}  App client: ${stack.clientId}`,
    ...SEED_USERS.map((u) => `User (${u.role}): ${u.email} / ${u.password}`),
    `Data: ${dataDir}`,
    `Ready in ${(ms / 1000).toFixed(1)} s — Ctrl-C stops everything.`,
  ];
  console.log(lines.join('\n'));
  console.log('Ready');
}

/** Where the certificate is and how to trust it: npm start never installs a CA itself. */
function certificateLines(c: DevCertificate): string[] {
  const made = c.generated ? 'made now' : 'reused';
  return [
    `Certificate: ${c.certPath} (${made}, valid until ${c.validTo.toISOString().slice(0, 10)}; CA ${c.caPath})`,
    c.generated
      ? 'Trust it once (Windows, macOS): npx office-addin-dev-certs install — then restart npm start. ' +
        'npm start never installs a CA; on Linux there is no Excel to trust it (curl --cacert works).'
      : 'Excel shows an error instead of the pane until the CA is trusted: npx office-addin-dev-certs install (Windows, macOS).',
  ];
}

function once(fn: () => Promise<void>): () => Promise<void> {
  let p: Promise<void> | null = null;
  return () => (p ??= fn());
}

main().catch(async (err: unknown) => {
  console.error(`\nCould not start: ${err instanceof Error ? err.message : String(err)}`);
  await running?.stop();
  process.exit(1);
});
