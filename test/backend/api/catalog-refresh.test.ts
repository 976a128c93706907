import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MemoryAuditWriter } from '../../../backend/adapters/memory/memory-audit-writer';
import { MemoryCatalogStore } from '../../../backend/adapters/memory/catalog-store';
import { DirectorySource } from '../../../backend/pricing/price-list-source';
import { refreshCatalog } from '../../../backend/use-cases/catalog/refresh-catalog';
import { fixture } from '../pricing/helpers';
import { fakes } from './fakes';

const EC2 = '/offers/v1.0/aws/AmazonEC2';

/** A Price List mirror with the EC2 region index and one region's offer file (repository fixtures). */
function mirror(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'refresh-mirror-'));
  const put = (to: string, from: string) => {
    mkdirSync(path.dirname(path.join(root, to)), { recursive: true });
    copyFileSync(from, path.join(root, to));
  };
  put(`${EC2}/current/region_index.json`, fixture('ec2-region-index.json'));
  put(`${EC2}/20250912225308/ap-southeast-1/index.json`, fixture('tiers-and-reserved-offer.json'));
  return root;
}

describe('weekly catalog refresh', () => {
  let root: string;
  beforeEach(() => (root = mirror()));
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('publishes the imported shards when the validation gate passes, and audits it', async () => {
    const f = fakes();
    const store = new MemoryCatalogStore();
    const result = await refreshCatalog(
      {
        source: new DirectorySource(root),
        store,
        auditWriter: new MemoryAuditWriter(f.audit),
        clock: f.clock,
        ids: f.ids,
      },
      { services: ['AmazonEC2'], regions: ['ap-southeast-1'] },
    );
    expect(result).toMatchObject({ published: true, shards: 1 });
    expect((await store.latest('AmazonEC2', 'ap-southeast-1'))?.info.version).toBe(result.version);
    expect(f.audit.entries).toEqual([
      expect.objectContaining({
        action: 'catalog.publish',
        userId: 'system',
        targetId: result.version,
      }),
    ]);
  });

  it('publishes nothing when the gate refuses (a requested region has no file)', async () => {
    const f = fakes();
    const store = new MemoryCatalogStore();
    const result = await refreshCatalog(
      {
        source: new DirectorySource(root),
        store,
        auditWriter: new MemoryAuditWriter(f.audit),
        clock: f.clock,
        ids: f.ids,
      },
      { services: ['AmazonEC2'], regions: ['ap-southeast-1', 'eu-north-9'] },
    );
    expect(result.published).toBe(false);
    expect(result.report.text).toMatch(/eu-north-9/);
    expect(await store.latest('AmazonEC2', 'ap-southeast-1')).toBeUndefined();
    expect(f.audit.entries.map((e) => e.action)).toEqual(['catalog.refused']);
  });
});
