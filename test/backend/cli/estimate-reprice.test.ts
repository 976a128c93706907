import { runEstimateCli } from '../../../backend/cli/estimate';
import type { PriceCatalog } from '../../../core/catalog/price-catalog';
import type { RecordInput } from '../../core/resources/catalog-builder';
import { buildCatalog } from '../../core/resources/catalog-builder';

const m7g = (price: string): RecordInput => ({
  id: 'curated:AmazonEC2:us-east-1:m7g.large:Linux:OnDemand',
  service: 'AmazonEC2',
  region: 'us-east-1',
  productFamily: 'Compute Instance',
  unit: 'Hrs',
  price,
  attributes: {
    instanceType: 'm7g.large',
    tenancy: 'Shared',
    operatingSystem: 'Linux',
    preInstalledSw: 'NA',
    licenseModel: 'No License required',
    capacitystatus: 'Used',
  },
});
const gp3: RecordInput = {
  id: 'curated:AmazonEC2:us-east-1:gp3:Storage',
  service: 'AmazonEC2',
  region: 'us-east-1',
  productFamily: 'Storage',
  unit: 'GB-Mo',
  price: '0.08',
  attributes: { volumeApiName: 'gp3' },
};
const oldCatalog = buildCatalog([m7g('0.0816'), gp3], 'catalog-2025-01');
const newCatalog = buildCatalog([m7g('0.0850'), gp3], 'catalog-2026-01');

const requirements = JSON.stringify({
  settings: { region: 'us-east-1', pricingModel: { kind: 'on-demand' } },
  items: [
    { id: 'web', service: 'ec2', quantity: 2, instanceType: 'm7g.large', os: 'Linux' },
    { id: 'data', service: 'ebs', quantity: 1, volumeType: 'gp3', storageGb: 100 },
  ],
});

async function run(
  argv: string[],
  files: Record<string, string>,
  catalog: PriceCatalog,
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runEstimateCli(argv, {
    readText: async (path) => {
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return text;
    },
    readBytes: async () => {
      throw new Error('no workbooks in this test');
    },
    loadCatalog: async () => catalog,
    out: (t) => (out += t),
    err: (t) => (err += t),
    now: '2026-11-26T00:00:00Z',
  });
  return { code, out, err };
}

async function previousJson(): Promise<string> {
  const { code, out } = await run(
    ['req.json', '--format', 'json'],
    { 'req.json': requirements },
    oldCatalog,
  );
  expect(code).toBe(0);
  return out;
}

describe('npm run estimate -- --reprice', () => {
  it('re-prices the JSON printed earlier against the current catalog (table)', async () => {
    const files = { 'req.json': requirements, 'prev.json': await previousJson() };
    const { code, out, err } = await run(['req.json', '--reprice', 'prev.json'], files, newCatalog);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain('Re-priced: catalog catalog-2025-01 → catalog-2026-01');
    // 2 × 730 h × 0.0816 = 119.136 → × 0.085 = 124.1.
    expect(out).toMatch(/web\s+changed\s+\$119\.14 → \$124\.10\s+\+\$4\.96/);
    expect(out).toMatch(/data\s+unchanged\s+\$8\.00 → \$8\.00\s+\+\$0\.00/);
    expect(out).toContain('Monthly: $127.14 → $132.10 (+$4.96)');
  });

  it('prints the repricing as JSON with exact deltas', async () => {
    const files = { 'req.json': requirements, 'prev.json': await previousJson() };
    const { code, out } = await run(
      ['req.json', '--reprice', 'prev.json', '--format', 'json'],
      files,
      newCatalog,
    );
    expect(code).toBe(0);
    const r = JSON.parse(out);
    expect(r.previousCatalogVersion).toBe('catalog-2025-01');
    expect(r.catalogVersion).toBe('catalog-2026-01');
    expect(r.lines.map((l: { status: string }) => l.status)).toEqual(['changed', 'unchanged']);
    expect(r.lines[0].deltaMonthly).toBe('4.964');
    expect(r.totals.deltaTerm).toBe('59.568');
  });

  it('names the file and the JSON path of a bad previous estimate', async () => {
    const previous = JSON.parse(await previousJson());
    previous.lines[0].monthly = 119.136;
    const files = { 'req.json': requirements, 'prev.json': JSON.stringify(previous) };
    const { code, err } = await run(['req.json', '--reprice', 'prev.json'], files, newCatalog);
    expect(code).toBe(1);
    expect(err).toContain('previous estimate prev.json');
    expect(err).toContain('$.lines[0].monthly');
  });

  it('explains an unreadable or non-JSON previous estimate', async () => {
    const missing = await run(
      ['req.json', '--reprice', 'gone.json'],
      { 'req.json': requirements },
      newCatalog,
    );
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('gone.json: cannot read the file (ENOENT)');
    const broken = await run(
      ['req.json', '--reprice', 'prev.json'],
      { 'req.json': requirements, 'prev.json': '{"lines": [' },
      newCatalog,
    );
    expect(broken.code).toBe(1);
    expect(broken.err).toContain('prev.json: not valid JSON');
  });

  it('refuses --reprice with --compare (exit 2)', async () => {
    const { code, err } = await run(
      ['req.json', '--reprice', 'prev.json', '--compare'],
      { 'req.json': requirements },
      newCatalog,
    );
    expect(code).toBe(2);
    expect(err).toContain('--reprice');
  });
  it('names a sizing policy changed since the previous estimate, and re-prices under it with --recorded-policy', async () => {
    const files = { 'req.json': requirements, 'prev.json': await previousJson() };
    const current = await run(
      ['req.json', '--reprice', 'prev.json', '--processor', 'intel'],
      files,
      newCatalog,
    );
    expect(current.code).toBe(0);
    expect(current.out).toContain(
      'processor: any processor → Intel only; re-priced under the current policy (burstable allowed, Intel only, any generation)',
    );
    const recorded = await run(
      ['req.json', '--reprice', 'prev.json', '--processor', 'intel', '--recorded-policy'],
      files,
      newCatalog,
    );
    expect(recorded.code).toBe(0);
    expect(recorded.out).toContain(
      're-priced under the recorded policy (burstable allowed, any processor, any generation)',
    );
    const same = await run(['req.json', '--reprice', 'prev.json'], files, newCatalog);
    expect(same.out).not.toContain('Sizing policy');
  });

  it('refuses --recorded-policy without --reprice (exit 2) and a bad recorded policy (exit 1)', async () => {
    const alone = await run(
      ['req.json', '--recorded-policy'],
      { 'req.json': requirements },
      newCatalog,
    );
    expect(alone.code).toBe(2);
    expect(alone.err).toContain('--recorded-policy');
    const previous = JSON.parse(await previousJson()) as Record<string, unknown>;
    const bad = JSON.stringify({
      ...previous,
      sizingPolicy: { burstable: true, processor: 'arm' },
    });
    const res = await run(
      ['req.json', '--reprice', 'prev.json'],
      { 'req.json': requirements, 'prev.json': bad },
      newCatalog,
    );
    expect(res.code).toBe(1);
    expect(res.err).toContain('$.sizingPolicy.processor');
  });
});
