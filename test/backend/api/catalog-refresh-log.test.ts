import {
  BlobCatalogRefreshLog,
  REFRESH_LOG_KEY,
} from '../../../backend/adapters/blob-catalog-refresh-log';
import { MemoryBlobStore } from '../../../backend/adapters/memory/memory-blob-store';
import { BlobReadDeniedError } from '../../../backend/ports/blob-store';
import { CorruptRefreshLogError } from '../../../backend/ports/catalog-refresh';
import { newRefreshRun } from '../../../backend/use-cases/catalog/run-catalog-refresh';

const run = newRefreshRun(
  {
    config: {
      where: 'mirror /tmp/x',
      services: ['AmazonEC2'],
      regions: ['us-east-1'],
    } as never,
    clock: { now: () => new Date('2026-12-06T08:00:00Z') },
    ids: { next: () => 'run-1' },
  },
  'scheduled',
  'system',
);

async function storing(text: string) {
  const blobs = new MemoryBlobStore();
  await blobs.put('templates', REFRESH_LOG_KEY, new TextEncoder().encode(text), {
    contentType: 'application/json',
  });
  return new BlobCatalogRefreshLog(blobs);
}

describe('the catalog refresh log (templates/catalog/refresh/latest.json)', () => {
  it('is null before any run, and the saved run afterwards', async () => {
    const log = new BlobCatalogRefreshLog(new MemoryBlobStore());
    expect(await log.latest()).toBeNull();
    await log.save(run);
    expect(await log.latest()).toEqual(run);
  });

  it('reports a log cut short as corrupt, naming its key and size, never as "no run yet"', async () => {
    const whole = JSON.stringify(run);
    const log = await storing(whole.slice(0, 40));
    const err: unknown = await log.latest().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CorruptRefreshLogError);
    expect((err as Error).message).toMatch(
      /^The catalog refresh log templates\/catalog\/refresh\/latest\.json cannot be read: its 40 bytes are not JSON \(.+\)\. Delete the object/,
    );
    await expect((await storing('')).latest()).rejects.toThrow(/its 0 bytes are not JSON/);
  });

  it('reports JSON that is not a run, naming the field', async () => {
    await expect((await storing('[]')).latest()).rejects.toThrow(
      'templates/catalog/refresh/latest.json cannot be read: it is JSON but not an object',
    );
    await expect(
      (await storing(JSON.stringify({ ...run, outcome: 'done' }))).latest(),
    ).rejects.toThrow('$.outcome is "done", not one of running, accepted, refused, failed');
    const { problems: _dropped, ...withoutProblems } = run;
    await expect((await storing(JSON.stringify(withoutProblems))).latest()).rejects.toThrow(
      '$.problems is not a list',
    );
  });

  it('passes on a refused read (a role without the list grant) instead of reading it as no run', async () => {
    const log = new BlobCatalogRefreshLog(new MemoryBlobStore().withoutListGrant());
    const err: unknown = await log.latest().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BlobReadDeniedError);
    expect((err as Error).message).toContain(
      'Reading catalog/refresh/latest.json from the templates bucket was refused',
    );
  });
});
