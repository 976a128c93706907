import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MemoryAuditLog } from '../../../backend/adapters/memory/memory-audit-log';
import { MemoryAuditWriter } from '../../../backend/adapters/memory/memory-audit-writer';
import { MemoryCatalogStore } from '../../../backend/adapters/memory/catalog-store';
import { main } from '../../../backend/pricing/cli';
import { DirectorySource } from '../../../backend/pricing/price-list-source';
import { refreshCatalog } from '../../../backend/use-cases/catalog/refresh-catalog';
import { catalogNeeds } from '../../../core';
import { fixture, realSamples, sample, samplesPresent } from './helpers';
import { itIf } from '../../helpers/needs';

const EC2 = '/offers/v1.0/aws/AmazonEC2';
const T3_GAP =
  'missing price for ec2: Instance usage (Linux, On-Demand, t3.medium) (ap-southeast-1)';
/** The fixture has m5.large: the imported record answers the engine's own query, so no gap. */
const M5 = 'Instance usage (Linux, On-Demand, m5.large) (ap-southeast-1)';

/** A mirror with one small EC2 offer for ap-southeast-1 (a fixture: m5.large, but no t3.medium). */
function ec2Mirror(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'needs-mirror-'));
  const put = (to: string, from: string): void => {
    mkdirSync(path.dirname(path.join(root, to)), { recursive: true });
    copyFileSync(from, path.join(root, to));
  };
  put(`${EC2}/current/region_index.json`, fixture('ec2-region-index.json'));
  put(`${EC2}/20250912225308/ap-southeast-1/index.json`, fixture('tiers-and-reserved-offer.json'));
  if (samplesPresent)
    put(
      '/offers/v1.0/aws/AmazonECS/current/us-east-1/index.json',
      sample('opencost--opencost--ecs-pricing-us-east-1.json'),
    );
  return root;
}

async function cli(args: string[]): Promise<{ code: number; printed: string }> {
  const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
  try {
    const code = await main(args);
    return { code, printed: log.mock.calls.map((c) => String(c[0])).join('\n') };
  } finally {
    log.mockRestore();
  }
}

describe("the importer's default needs are core's catalogNeeds()", () => {
  let mirror: string;
  let out: string;
  beforeEach(() => {
    mirror = ec2Mirror();
    out = mkdtempSync(path.join(tmpdir(), 'needs-out-'));
  });
  afterEach(() => {
    rmSync(mirror, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  });
  const args = (services: string, region: string): string[] => [
    '--regions',
    region,
    '--services',
    services,
    '--from',
    mirror,
    '--out',
    out,
  ];

  it('CLI: refuses an EC2 catalog of a published region that lacks a required price (exit 2)', async () => {
    const { code, printed } = await cli(args('AmazonEC2', 'ap-southeast-1'));
    expect(code).toBe(2);
    expect(printed).toContain('REFUSED');
    expect(printed).toContain(T3_GAP);
    expect(printed).not.toContain(M5);
    // Optional needs are listed, not counted as problems.
    expect(printed).toMatch(/Optional prices: \d+ of \d+ found; \d+ not in the catalog/);
    const gate = printed.slice(printed.indexOf('REFUSED'));
    expect(printed.indexOf('Optional prices')).toBeLessThan(printed.indexOf('REFUSED'));
    expect(printed).toContain(
      '- missing price for ec2: Instance usage (Windows, On-Demand, m5.large)',
    );
    expect(gate).not.toContain('(Windows, On-Demand, m5.large)');
  });

  it('CLI: --needs FILE replaces the default needs', async () => {
    const needs = path.join(out, 'needs.json');
    writeFileSync(needs, '[]');
    const { code, printed } = await cli([...args('AmazonEC2', 'ap-southeast-1'), '--needs', needs]);
    expect(code).toBe(0);
    expect(printed).toContain('PASSED');
    expect(printed).not.toContain('Optional prices');
  });

  itIf(
    realSamples,
    'CLI: a service with only optional needs passes and lists its gaps (Fargate, us-east-1)',
    async () => {
      const { code, printed } = await cli(args('AmazonECS', 'us-east-1'));
      expect(code).toBe(0);
      expect(printed).toContain('PASSED');
      expect(printed).toMatch(/Optional prices: \d+ of \d+ found/);
    },
  );

  it('weekly refresh: the gate enforces the required needs it is given and reports the optional gaps', async () => {
    const audit = new MemoryAuditLog();
    const store = new MemoryCatalogStore();
    let n = 0;
    const deps = {
      source: new DirectorySource(mirror),
      store,
      auditWriter: new MemoryAuditWriter(audit),
      clock: { now: () => new Date('2026-11-26T09:00:00Z') },
      ids: { next: () => `id-${++n}` },
    };
    const request = { services: ['AmazonEC2'], regions: ['ap-southeast-1'] };
    const result = await refreshCatalog(deps, { ...request, needs: catalogNeeds(request) });
    expect(result.published).toBe(false);
    expect(result.report.text).toContain(T3_GAP);
    expect(result.report.text).not.toContain(M5);
    expect(result.optionalGaps.length).toBeGreaterThan(0);
    expect(result.optionalGaps.join('\n')).not.toContain('(Linux, On-Demand, t3.medium)');
    expect(await store.latest('AmazonEC2', 'ap-southeast-1')).toBeUndefined();
    expect(audit.entries.map((e) => e.action)).toEqual(['catalog.refused']);
  });
});
