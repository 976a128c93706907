import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { connect } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Estimation, Page } from '../../core';
import { freePort } from '../../backend/local/ports';
import { startStack } from '../../backend/local/stack';
import type { RunningStack } from '../../backend/local/stack';
import { createStaticServer, securityHeaders } from '../../backend/local/static-server';
import { api, createTestUser } from '../helpers/stack-client';
import { createEstimationAs } from '../integration/api-fixtures';
import { settled } from '../helpers/awaiting';

/**
 * Issue 15, findings 3 and 7, on a stack of this file's own (it stops DynamoDB Local, which the
 * shared stack's other tests must not see): one malformed request used to stop the whole local
 * stack, and a stalled or stopped DynamoDB used to hang requests or answer 500.
 */
// SDK timeouts for every client of this stack (its bootstrap and its API alike), so a stalled
// DynamoDB fails a request instead of holding it: 2 attempts of at most 6 s. Not shorter: a
// healthy DynamoDB Local just (re)started on a loaded machine took over 700 ms × 2 for one request
// (the 0.7 s this file used made its setup fail with a TimeoutError), and the 503 is what is
// checked here, not how soon it comes (dependency-timeouts-budget.test.ts checks the budget).
process.env.AWS_SDK_CONNECT_TIMEOUT_MS = '2000';
process.env.AWS_SDK_REQUEST_TIMEOUT_MS = '6000';
process.env.AWS_SDK_MAX_ATTEMPTS = '2';
// Every failure here is provoked on purpose; only critical logs would mean something else.
process.env.LOG_LEVEL = 'CRITICAL';

let stack: RunningStack;
let dataDir: string;
let cognitoInternal: number;
const statics: { name: string; url: string; server: Server }[] = [];

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'aws-cost-resilience-'));
  cognitoInternal = await freePort();
  stack = await startStack({
    envName: 'resilience',
    dataDir,
    scratchDir: dataDir,
    ports: { dynamodb: await freePort(), s3: 0, cognito: 0, cognitoInternal, api: 0 },
  });
  const site = path.join(dataDir, 'site');
  mkdirSync(site);
  writeFileSync(path.join(site, 'index.html'), '<!doctype html><title>ok</title>');
  for (const [name, frameable] of [
    ['task pane', true],
    ['admin console', false],
  ] as const) {
    const server = createStaticServer({
      root: site,
      index: 'index.html',
      config: { apiUrl: stack.apiUrl },
      headers: securityHeaders([stack.apiUrl], frameable),
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    statics.push({ name, url: `http://127.0.0.1:${port}`, server });
  }
  // Generous: a JVM, cognito-local and s3rver of this file's own, started on a loaded machine.
}, 300_000);

afterAll(async () => {
  for (const s of statics) {
    s.server.closeAllConnections();
    await new Promise((r) => s.server.close(r));
  }
  await stack?.stop();
  rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

/**
 * Raw bytes to a port; resolves with whatever came back when the server closes the connection.
 * The fuzz does not read the answers, and some payloads leave a server waiting for bytes that
 * never come: with `idleMs` the socket is dropped after that long without a byte (pacing, not a
 * check). A read whose answer is checked passes no `idleMs` and waits for the server itself.
 */
function raw(url: string, payload: string | Buffer, idleMs?: number): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    let got = '';
    const done = () => {
      socket.destroy();
      resolve(got);
    };
    if (idleMs !== undefined) socket.setTimeout(idleMs, done);
    socket.on('data', (d) => (got += d.toString('latin1')));
    socket.on('end', done);
    socket.on('error', done);
    socket.on('connect', () => socket.end(payload));
  });
}

const request = (line: string, headers: string[] = [], body = '') =>
  `${line}\r\nHost: 127.0.0.1\r\n${headers.map((h) => `${h}\r\n`).join('')}Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;

const target = (action: string) => `X-Amz-Target: AWSCognitoIdentityProviderService.${action}`;
const json = 'Content-Type: application/x-amz-json-1.1';

const FUZZ: readonly (string | Buffer)[] = [
  request('GET /%E0%A4%A HTTP/1.1'),
  request('GET /estimations/%E0%A4%A HTTP/1.1'),
  request('GET /% HTTP/1.1'),
  request('GET /..%2F..%2F..%2Fetc%2Fpasswd HTTP/1.1'),
  request(`GET /${'a'.repeat(20_000)} HTTP/1.1`),
  request('GET //[::1 HTTP/1.1'),
  request('BREW /coffee HTTP/1.1'),
  'GARBAGE\r\n\r\n',
  Buffer.from([0x47, 0x45, 0x54, 0x20, 0x2f, 0x00, 0xff, 0x0d, 0x0a, 0x0d, 0x0a]),
  'GET / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n',
  'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n{}',
  'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nbad\r\n0\r\n\r\n',
  `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'x'.repeat(100_000)}\r\n\r\n`,
  request('GET /users/me HTTP/1.1', ['Authorization: Bearer a.b.c']),
  request('GET /users/me HTTP/1.1', [`Authorization: Bearer ${'x'.repeat(10_000)}`]),
  request('POST / HTTP/1.1', [json, target('GetTokensFromRefreshToken')], '{'),
  request('POST / HTTP/1.1', [json, target('GetTokensFromRefreshToken')], '{"RefreshToken":5}'),
  request('POST / HTTP/1.1', [json, target('InitiateAuth')], '['),
  request('POST / HTTP/1.1', [json, target('InitiateAuth')], '{"AuthFlow":"REFRESH_TOKEN_AUTH"}'),
  request('POST / HTTP/1.1', [json, target('AdminUserGlobalSignOut')], '{}'),
  request('POST / HTTP/1.1', [json, target('UpdateUserAttributes')], '{"AccessToken":"x"}'),
  request('POST / HTTP/1.1', [json, target('SignUp')], 'null'),
  request('POST /estimations HTTP/1.1', ['Content-Type: application/json'], '{"name":'),
  request('POST /estimations HTTP/1.1', ['Content-Type: application/json'], '['.repeat(50_000)),
  request('POST /estimations HTTP/1.1', ['Content-Type: text/plain'], '{"__proto__":{"x":1}}'),
  // A client that promises a body and hangs up half-way.
  'POST /estimations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"na',
];

/**
 * The status each service answers. No deadline of its own: a server the fuzz stopped refuses the
 * connection (a failed fetch), one it left hanging holds the wait until the test's timeout, which
 * then names the service (test/helpers/awaiting.ts).
 */
async function alive(): Promise<Record<string, number>> {
  const status = async (url: string, init?: RequestInit) =>
    (await settled(`an answer from ${url}`, fetch(url, init))).status;
  const cognitoCall = (url: string) =>
    status(url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-amz-json-1.1',
        'X-Amz-Target': 'AWSCognitoIdentityProviderService.ListUserPools',
      },
      body: '{"MaxResults":1}',
    });
  const out: Record<string, number> = {
    api: await status(`${stack.apiUrl}/users/me`),
    cognitoFront: await cognitoCall(stack.cognitoUrl),
    cognitoLocal: await cognitoCall(`http://127.0.0.1:${cognitoInternal}`),
    dynamodb: await status(stack.dynamodbUrl, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-amz-json-1.0',
        'X-Amz-Target': 'DynamoDB_20120810.ListTables',
        Authorization:
          'AWS4-HMAC-SHA256 Credential=S3RVER/20260101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=x',
      },
      body: '{}',
    }),
    s3: await status(`${stack.s3Url}/`),
  };
  for (const s of statics) out[s.name] = await status(`${s.url}/config.json`);
  return out;
}

describe('finding 3: no request stops a local server', () => {
  it('malformed URLs, bodies and headers on every port; every service answers afterwards', async () => {
    const before = await alive();
    const targets = [
      stack.apiUrl,
      stack.cognitoUrl,
      `http://127.0.0.1:${cognitoInternal}`,
      stack.dynamodbUrl,
      stack.s3Url,
      ...statics.map((s) => s.url),
    ];
    for (const url of targets) {
      for (const payload of FUZZ) await raw(url, payload, 1000);
    }
    expect(await alive()).toEqual(before);
    expect(before.api).toBe(401);
    expect(before.cognitoFront).toBe(200);
    expect(before['task pane']).toBe(200);
    // The static servers and the API answer a malformed path with 400, not by dying.
    expect((await fetch(`${statics[0]?.url}/%E0%A4%A`)).status).toBe(400);
    expect((await fetch(`${stack.apiUrl}/estimations/%E0%A4%A`)).status).toBe(400);
    const front = await settled(
      `the Cognito front's answer to a malformed body at ${stack.cognitoUrl}`,
      raw(
        stack.cognitoUrl,
        request('POST / HTTP/1.1', [json, target('GetTokensFromRefreshToken')], '{'),
      ),
    );
    expect(front).toMatch(/^HTTP\/1\.1 400/);
  }, 300_000);
});

describe('finding 7: a stalled or stopped DynamoDB gives 503 with Retry-After, and nothing is lost', () => {
  it('pause, then stop DynamoDB Local mid-run; 503s; recovery with the data intact', async () => {
    const user = await createTestUser('Sales', 'outage');
    const saved = await createEstimationAs(user, 'survives the outage');
    const get = () =>
      api<Estimation>(`/estimations/${saved.estimationId}`, { token: user.idToken });
    expect((await get()).status).toBe(200);

    // A request that hangs on the stalled table (the old failure) holds its wait until the
    // test's timeout, which then names it. How fast this file's SDK timeouts (2 × 6 s) answer
    // depends on the machine's load and is not checked here; that the default budget fits the
    // functions' timeout is checked without a clock (dependency-timeouts-budget.test.ts).
    const expect503 = async (
      what: string,
      call: () => Promise<{ status: number; headers: Headers }>,
    ) => {
      const res = await settled(`the API's answer to the ${what}`, call());
      expect({ what, status: res.status }).toEqual({ what, status: 503 });
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    };
    const create = () =>
      api('/estimations', {
        method: 'POST',
        token: user.idToken,
        body: { name: 'during the outage', requirements: saved.requirements },
      });

    stack.dynamodb.pause();
    try {
      await expect503('read while stalled', get);
      await expect503('write while stalled', create);
    } finally {
      stack.dynamodb.resume();
    }
    expect((await get()).status).toBe(200);

    await stack.dynamodb.stop();
    try {
      await expect503('read while stopped', get);
      await expect503('write while stopped', create);
      await expect503('list while stopped', () => api('/estimations', { token: user.idToken }));
    } finally {
      await stack.dynamodb.start();
    }
    const back = await get();
    expect(back.status).toBe(200);
    expect(back.body).toEqual(saved);
    const list = await api<Page<Estimation>>('/estimations', { token: user.idToken });
    expect(list.body.items.map((e) => e.name)).toEqual(['survives the outage']);
    const update = await api<Estimation>(`/estimations/${saved.estimationId}`, {
      method: 'PUT',
      token: user.idToken,
      body: { version: saved.version, name: 'after the outage' },
    });
    expect(update.status).toBe(200);
    // Generous: restarting DynamoDB Local starts a JVM, slow on a loaded machine.
  }, 300_000);
});
