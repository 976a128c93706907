/**
 * `npm start`: the whole system on this machine with its embedded defaults — DynamoDB Local,
 * s3rver, cognito-local, the API (the same Lambda handlers as in AWS behind a local API Gateway
 * adapter), the task pane and the admin console. Data lives in `.local/` and survives restarts.
 * Ctrl-C stops every child process.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { SEED_USERS } from './bootstrap';
import { assertPortFree } from './ports';
import { startStack } from './stack';
import type { RunningStack } from './stack';
import { createStaticServer, securityHeaders } from './static-server';

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

  const dataDir = path.join(root, '.local');
  const stack = await startStack({ envName: 'local', dataDir, scratchDir: dataDir, ports: PORTS });
  running = stack;
  process.on('exit', () => stack.killNow());
  const servers: Server[] = [];
  const stopAll = once(async () => {
    console.log('\nStopping…');
    for (const s of servers)
      await new Promise<void>((r) => {
        s.closeAllConnections();
        s.close(() => r());
      });
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
  const connect = [stack.apiUrl, stack.cognitoUrl, stack.s3Url];
  servers.push(
    await serve(
      PORTS.addin,
      path.join(root, 'dist'),
      'taskpane.html',
      clientConfig,
      securityHeaders(connect, true),
    ),
    // webpack emits the admin console's chunks beside the task pane's, at the root of dist/.
    await serve(
      PORTS.admin,
      path.join(root, 'dist'),
      'web-admin/index.html',
      clientConfig,
      securityHeaders(connect, false),
    ),
  );
  printSummary(stack, Date.now() - started);
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

function serve(
  p: number,
  dir: string,
  index: string,
  config: Record<string, string>,
  headers: Record<string, string>,
): Promise<Server> {
  const server = createStaticServer({ root: dir, index, config, headers });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(p, '127.0.0.1', () => resolve(server));
  });
}

function printSummary(stack: RunningStack, ms: number): void {
  const lines = [
    `API: ${stack.apiUrl}`,
    `Task pane: http://localhost:${PORTS.addin}/taskpane.html`,
    `Admin console: http://localhost:${PORTS.admin}/`,
    `Manifest (sideload into Excel): ${path.join(root, 'manifest.xml')}`,
    `DynamoDB Local: ${stack.dynamodbUrl}`,
    `S3 (s3rver): ${stack.s3Url}`,
    `Cognito (cognito-local): ${stack.cognitoUrl}`,
    `User pool: ${stack.userPoolId}  App client: ${stack.clientId}`,
    ...SEED_USERS.map((u) => `User (${u.role}): ${u.email} / ${u.password}`),
    `Data: ${path.join(root, '.local')}`,
    `Ready in ${(ms / 1000).toFixed(1)} s — Ctrl-C stops everything.`,
  ];
  console.log(lines.join('\n'));
  console.log('Ready');
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
