import { rmSync } from 'node:fs';
import { BlobCatalogRefreshLog } from '../../../backend/adapters/blob-catalog-refresh-log';
import { InProcessRefreshStarter } from '../../../backend/adapters/catalog-refresh-starters';
import { MemoryCatalogStore } from '../../../backend/adapters/memory/catalog-store';
import { ConflictError } from '../../../backend/http/errors';
import { refreshConfig } from '../../../backend/pricing/configured-source';
import {
  catalogRefreshStatus,
  requestCatalogRefresh,
} from '../../../backend/use-cases/catalog/request-catalog-refresh';
import {
  newRefreshRun,
  runCatalogRefresh,
} from '../../../backend/use-cases/catalog/run-catalog-refresh';
import type { Caller } from '../../../backend/http/caller';
import { priceListMirror } from '../../helpers/price-list-mirror';
import { ctx, fakes } from './fakes';

const admin: Caller = { userId: 'root', email: 'root@example.com', role: 'Admin' };

function setup(root: string, regions: string) {
  const f = fakes();
  const store = new MemoryCatalogStore();
  const log = new BlobCatalogRefreshLog(f.blobs);
  const config = refreshConfig({
    PRICE_LIST_MIRROR_DIR: root,
    CATALOG_SERVICES: 'AmazonEC2',
    CATALOG_REGIONS: regions,
  });
  const runDeps = { store, auditWriter: f.auditWriter, clock: f.clock, ids: f.ids, log, config };
  const starter = new InProcessRefreshStarter((run) => runCatalogRefresh(runDeps, run));
  const adminDeps = {
    refreshLog: log,
    refreshStarter: starter,
    refreshConfig: config,
    auditWriter: f.auditWriter,
    clock: f.clock,
    ids: f.ids,
  };
  return { f, store, log, runDeps, starter, adminDeps };
}

describe('catalog refresh runs (the schedule and "refresh now")', () => {
  let root: string;
  beforeEach(() => (root = priceListMirror()));
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('records an accepted run with its version and shard count, and publishes', async () => {
    const { runDeps: engineNeeds, store, log } = setup(root, 'ap-southeast-1');
    // The fixture is an excerpt: with the engine's needs the gate refuses it (next test's case);
    // here the gate enforces none, as `pricing:import --needs` with an empty list does.
    const runDeps = { ...engineNeeds, needs: () => [] };
    const done = await runCatalogRefresh(runDeps, newRefreshRun(runDeps, 'scheduled', 'system'));
    expect(done).toMatchObject({
      outcome: 'accepted',
      shards: 1,
      problems: [],
      trigger: 'scheduled',
    });
    expect(done.report).toMatch(/PASSED/);
    expect(await log.latest()).toEqual(done);
    expect((await store.latest('AmazonEC2', 'ap-southeast-1'))?.info.version).toBe(done.version);
  });

  it('records a refusal with the gate report and its problems, publishing nothing', async () => {
    const { runDeps, store, log } = setup(root, 'ap-southeast-1,eu-north-9');
    const done = await runCatalogRefresh(runDeps, newRefreshRun(runDeps, 'scheduled', 'system'));
    expect(done.outcome).toBe('refused');
    expect(done.report).toMatch(/REFUSED/);
    expect(done.problems.some((p) => p.includes('eu-north-9'))).toBe(true);
    // The engine's needs are enforced: the excerpt lacks t3.medium's On-Demand price.
    expect(done.problems).toContainEqual(
      expect.stringMatching(
        /^missing price for ec2: Instance usage \(Linux, On-Demand, t3\.medium\)/,
      ),
    );
    expect(done.problems).toHaveLength(done.report.split('\n').length - 1);
    expect(await log.latest()).toMatchObject({ outcome: 'refused', runId: done.runId });
    expect(await store.latest('AmazonEC2', 'ap-southeast-1')).toBeUndefined();
  });

  it('records a failed run with the error when the source cannot be read, and audits it', async () => {
    const { runDeps, f } = setup(root, 'ap-southeast-1');
    const broken = {
      ...runDeps,
      config: {
        ...runDeps.config,
        source: {
          locate: (p: string) => `https://unreachable.example${p}`,
          open: async () => {
            throw new Error(
              'Could not download https://unreachable.example: the network request failed',
            );
          },
        },
      },
    };
    const done = await runCatalogRefresh(broken, newRefreshRun(broken, 'scheduled', 'system'));
    expect(done).toMatchObject({
      outcome: 'failed',
      problems: ['Could not download https://unreachable.example: the network request failed'],
      version: null,
    });
    expect(f.audit.entries.map((e) => e.action)).toEqual(['catalog.refresh-failed']);
  });

  it('"refresh now" records a running run by the administrator, audits it, runs the same job and keeps its result', async () => {
    const { adminDeps, starter, f } = setup(root, 'ap-southeast-1,eu-north-9');
    const run = await requestCatalogRefresh(adminDeps, ctx(admin));
    expect(run).toMatchObject({
      outcome: 'running',
      trigger: 'admin',
      requestedBy: 'root@example.com',
      source: `mirror ${root}`,
      services: ['AmazonEC2'],
      regions: ['ap-southeast-1', 'eu-north-9'],
    });
    // One run at a time.
    await expect(requestCatalogRefresh(adminDeps, ctx(admin))).rejects.toBeInstanceOf(
      ConflictError,
    );
    await starter.idle();
    const status = await catalogRefreshStatus(adminDeps);
    expect(status.latest).toMatchObject({ runId: run.runId, outcome: 'refused' });
    expect(status.latest?.finishedAt).not.toBeNull();
    expect(f.audit.entries.map((e) => [e.action, e.userId, e.requestId])).toEqual([
      ['catalog.refresh-request', 'root', 'req-1'],
      ['catalog.refused', 'system', run.runId],
    ]);
    // Finished: a new run may start.
    await expect(requestCatalogRefresh(adminDeps, ctx(admin))).resolves.toMatchObject({
      outcome: 'running',
    });
    await starter.idle();
  });

  it('lets a new run start once a running one is past the function timeout (it stopped unrecorded)', async () => {
    const { adminDeps, log, f } = setup(root, 'ap-southeast-1');
    await log.save(
      newRefreshRun({ ...adminDeps, config: adminDeps.refreshConfig }, 'scheduled', 'system'),
    );
    await expect(requestCatalogRefresh(adminDeps, ctx(admin))).rejects.toThrow(/still running/);
    f.clock.advance(17 * 60_000);
    await expect(requestCatalogRefresh(adminDeps, ctx(admin))).resolves.toMatchObject({
      trigger: 'admin',
    });
    await (adminDeps.refreshStarter as InProcessRefreshStarter).idle();
  });
});
