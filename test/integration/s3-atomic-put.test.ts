import { randomUUID } from 'node:crypto';
import type { CatalogRefreshRun } from '../../core';
import { awsClients } from '../../backend/adapters/aws-clients';
import { S3BlobStore } from '../../backend/adapters/aws/s3-blob-store';
import { BlobCatalogRefreshLog } from '../../backend/adapters/blob-catalog-refresh-log';
import { bucketName, loadConfig } from '../../backend/config/env';

const config = loadConfig();
const blobs = new S3BlobStore(awsClients(config).s3, (logical) => bucketName(config, logical));

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

/**
 * The race the catalog refresh test once lost ("Unexpected end of JSON input"): the admin API reads
 * the refresh log while the refresh job rewrites it. In S3 a PUT is atomic; the local S3 must be
 * too (backend/local/atomic-s3-store.ts). Readers poll the log over HTTP while it is rewritten.
 */
describe('the local S3 replaces an object atomically, as S3 does', () => {
  it('readers of the refresh log during 40 rewrites always get one whole run', async () => {
    const log = new BlobCatalogRefreshLog(blobs, `catalog/refresh/atomic-${randomUUID()}.json`);
    const versions = runs();
    await log.save(versions[0]!);
    let writing = true;
    let writesInFlight = 0;
    let readsDuringWrites = 0;
    let reads = 0;
    const reader = async () => {
      while (writing) {
        const overlapping = writesInFlight > 0;
        const got = await log.latest();
        reads++;
        if (overlapping) readsDuringWrites++;
        expect(got).toEqual(versions.find((v) => v.runId === got?.runId));
      }
    };
    const readers = Array.from({ length: 6 }, reader);
    try {
      for (let i = 1; i <= 40; i++) {
        writesInFlight++;
        await log.save(versions[i % versions.length]!).finally(() => writesInFlight--);
      }
    } finally {
      writing = false;
    }
    await Promise.all(readers);
    expect(reads).toBeGreaterThan(40);
    expect(readsDuringWrites).toBeGreaterThan(0);
  });
});
