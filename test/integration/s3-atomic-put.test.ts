import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import type { CatalogRefreshRun } from '../../core';
import { awsClients } from '../../backend/adapters/aws-clients';
import { S3BlobStore } from '../../backend/adapters/aws/s3-blob-store';
import { BlobCatalogRefreshLog } from '../../backend/adapters/blob-catalog-refresh-log';
import { bucketName, loadConfig } from '../../backend/config/env';
import { startS3 } from '../../backend/local/emulators';
import { S3_CORS_XML } from '../../backend/local/s3-cors';
import { pollUntil } from '../helpers/awaiting';

const KEY = 'catalog/refresh/latest.json';
/** Readers at once, and rounds of them, while one PUT is held half-sent: a counted 18 reads. */
const READERS = 6;
const ROUNDS = 3;

/** Runs of very different sizes (1 KB to 600 KB), so a partial body of one is never another. */
function runs(): CatalogRefreshRun[] {
  return [1_000, 600_000, 20_000, 250_000].map((size, i) => ({
    runId: `run-${i}`,
    trigger: 'admin',
    requestedBy: 'atomic@example.com',
    source: 'mirror /tmp/atomic',
    services: ['AmazonEC2'],
    regions: ['us-east-1'],
    startedAt: '2026-12-06T08:00:00.000Z',
    finishedAt: '2026-12-06T08:01:00.000Z',
    outcome: 'refused',
    version: null,
    shards: 1,
    problems: [`problem of run ${i}`],
    report: `REFUSED ${'r'.repeat(size)}`,
    optionalGaps: [],
  }));
}

/** An S3 server of this file's own (so no other test's work can stall it) and the log on it. */
interface Server {
  readonly root: string;
  readonly url: string;
  readonly bucket: string;
  readonly log: BlobCatalogRefreshLog;
  stop(): Promise<void>;
}

async function serve(
  start: (root: string, bucket: string) => Promise<{ url: string; stop: () => Promise<unknown> }>,
): Promise<Server> {
  const config = loadConfig();
  const bucket = bucketName(config, 'templates');
  const root = path.join(mkdtempSync(path.join(tmpdir(), 's3-atomic-')), 's3');
  const s3 = await start(root, bucket);
  const { s3: client } = awsClients({ ...config, s3Endpoint: s3.url });
  const blobs = new S3BlobStore(client, () => bucket);
  return {
    root,
    url: s3.url,
    bucket,
    log: new BlobCatalogRefreshLog(blobs, KEY),
    stop: async () => {
      await s3.stop();
      rmSync(path.dirname(root), { recursive: true, force: true });
    },
  };
}

/** The local stack's S3: s3rver with the atomic store, started by the function the stack uses. */
const stackS3 = (root: string, bucket: string) =>
  startS3({ port: 0, directory: root, buckets: [bucket], corsXml: S3_CORS_XML });

/** s3rver with its own file store (what the stack replaced): the control that the check can fail. */
async function stockS3(root: string, bucket: string) {
  const server = new S3rver({
    port: 0,
    address: '127.0.0.1',
    silent: true,
    directory: root,
    configureBuckets: [{ name: bucket, configs: [] }],
  });
  const { port } = await server.run();
  return { url: `http://127.0.0.1:${port}`, stop: () => server.close() };
}

/**
 * A PUT of `body` over HTTP that stops after its first half until `finish()`; `sent` resolves once
 * the server holds that half on disk (a file of exactly that many bytes under its folder or its
 * staging folder), so the PUT is provably in progress at the server, not just sent.
 */
function heldPut(server: Server, body: Buffer) {
  const half = body.subarray(0, Math.floor(body.length / 2));
  const req = request(`${server.url}/${server.bucket}/${KEY}`, {
    method: 'PUT',
    headers: { 'Content-Length': body.length, 'Content-Type': 'application/json' },
  });
  const done = new Promise<number>((resolve, reject) => {
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
  });
  req.write(half);
  return {
    sent: fileOfSize(server.root, half.length),
    finish: () => {
      req.end(body.subarray(half.length));
      return done;
    },
  };
}

async function fileOfSize(root: string, size: number): Promise<void> {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)],
    );
  const dirs = [root, `${root}.staging`];
  // Polls for an event at the server, not for a span of time: the test's timeout is the bound,
  // and its failure then names this wait (test/helpers/awaiting.ts).
  await pollUntil(
    `s3rver to hold the first ${size} bytes of the PUT on disk`,
    async () =>
      dirs
        .flatMap((d) => (statSync(d, { throwIfNoEntry: false }) ? files(d) : []))
        .map((f) => statSync(f, { throwIfNoEntry: false })?.size),
    (sizes) => sizes.includes(size),
    { intervalMs: 5, show: (sizes) => `file sizes [${sizes.join(', ')}]` },
  );
}

/** READERS concurrent reads of the log, ROUNDS times: every result, in order. */
async function readRounds(log: BlobCatalogRefreshLog, rounds: number) {
  const results: PromiseSettledResult<CatalogRefreshRun | null>[] = [];
  for (let r = 0; r < rounds; r++)
    results.push(
      ...(await Promise.allSettled(Array.from({ length: READERS }, () => log.latest()))),
    );
  return results;
}

/**
 * The race the catalog refresh test once lost ("Unexpected end of JSON input"): the admin API reads
 * the refresh log while the refresh job rewrites it. In S3 a PUT is atomic; the local S3 must be
 * too (backend/local/atomic-s3-store.ts). Each rewrite is held half-sent at the server while a
 * counted number of readers read the log over HTTP through the API's own reader (the refresh log on
 * the S3 adapter), then completed and read again at once — the same overlaps every run, whatever
 * the machine's load (DECISIONS 98).
 */
describe('the local S3 replaces an object atomically, as S3 does', () => {
  it('readers during each of 4 held rewrites get the previous run whole, and the new one right after', async () => {
    const server = await serve(stackS3);
    try {
      const versions = runs();
      await server.log.save(versions[0]!);
      let reads = 0;
      for (let i = 1; i <= versions.length; i++) {
        const previous = versions[i - 1]!;
        const next = versions[i % versions.length]!;
        const put = heldPut(server, Buffer.from(JSON.stringify(next)));
        await put.sent;
        const during = await readRounds(server.log, ROUNDS);
        expect(during).toEqual(
          Array.from({ length: READERS * ROUNDS }, () => ({
            status: 'fulfilled',
            value: previous,
          })),
        );
        expect(await put.finish()).toBe(200);
        const after = await readRounds(server.log, 1);
        expect(after).toEqual(
          Array.from({ length: READERS }, () => ({ status: 'fulfilled', value: next })),
        );
        reads += during.length + after.length;
      }
      expect(reads).toBe(versions.length * READERS * (ROUNDS + 1));
    } finally {
      await server.stop();
    }
  });

  it("s3rver's own store fails the same check: a read during the held rewrite gets the half-written body", async () => {
    const server = await serve(stockS3);
    try {
      const [small, large] = runs();
      await server.log.save(small!);
      const put = heldPut(server, Buffer.from(JSON.stringify(large)));
      await put.sent;
      const [during] = await readRounds(server.log, 1);
      // The half the server holds is what a reader gets: not JSON, reported naming the object.
      const half = Math.floor(Buffer.from(JSON.stringify(large)).length / 2);
      expect(during).toMatchObject({
        status: 'rejected',
        reason: {
          name: 'CorruptRefreshLogError',
          message: expect.stringContaining(`its ${half} bytes are not JSON`),
        },
      });
      expect(await put.finish()).toBe(200);
    } finally {
      await server.stop();
    }
  });
});
