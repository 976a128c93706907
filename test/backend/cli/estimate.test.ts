import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs, runEstimateCli, UsageError } from '../../../backend/cli/estimate';
import { buildCatalog } from '../../core/resources/catalog-builder';

/** us-east-1 Linux On-Demand m7g.large, AWS Pricing API 2026-07-20 (../shared/pricing-reference/ec2-ondemand-linux-us-east-1-2026-07.json). */
const catalog = buildCatalog(
  [
    {
      id: 'curated:AmazonEC2:us-east-1:m7g.large:Linux:OnDemand',
      service: 'AmazonEC2',
      region: 'us-east-1',
      productFamily: 'Compute Instance',
      unit: 'Hrs',
      price: '0.0816',
      attributes: {
        instanceType: 'm7g.large',
        tenancy: 'Shared',
        operatingSystem: 'Linux',
        preInstalledSw: 'NA',
        licenseModel: 'No License required',
        capacitystatus: 'Used',
      },
    },
  ],
  'cli-test',
);

const requirements = {
  settings: { region: 'us-east-1', pricingModel: { kind: 'on-demand' } },
  items: [{ id: 'web', service: 'ec2', quantity: 2, instanceType: 'm7g.large', os: 'Linux' }],
};

const workbooks = path.resolve(__dirname, '../../fixtures/workbooks');

async function run(
  argv: string[],
  files: Record<string, string>,
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runEstimateCli(argv, {
    readText: async (path) => {
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return text;
    },
    readBytes: async (path) => new Uint8Array(await readFile(path)),
    loadCatalog: async () => catalog,
    out: (t) => (out += t),
    err: (t) => (err += t),
    now: '2026-11-26T00:00:00Z',
  });
  return { code, out, err };
}

describe('npm run estimate', () => {
  it('prints the table with the calculation in words', async () => {
    const { code, out } = await run(['req.json'], { 'req.json': JSON.stringify(requirements) });
    expect(code).toBe(0);
    expect(out).toContain('2 × m7g.large × 730 h × $0.0816/h = $119.14');
    expect(out).toContain('monthly $119.14');
  });

  it('prints JSON with exact amounts', async () => {
    const { code, out } = await run(['req.json', '--format', 'json'], {
      'req.json': JSON.stringify(requirements),
    });
    expect(code).toBe(0);
    expect(JSON.parse(out).totals.monthly).toBe('119.136');
  });

  it('prints CSV in the calculator layout with the price ids', async () => {
    const { out } = await run(['req.json', '--format', 'csv'], {
      'req.json': JSON.stringify(requirements),
    });
    expect(out).toContain(
      ',us-east-1,2 × EC2 m7g.large (Linux),ec2,0.00,119.14,1429.63,USD,Priced,',
    );
    expect(out).toContain('curated:AmazonEC2:us-east-1:m7g.large:Linux:OnDemand');
  });

  it('overrides the region with --region: a region without prices shows as not priced, not $0', async () => {
    const { code, out } = await run(['req.json', '--region', 'eu-west-1'], {
      'req.json': JSON.stringify(requirements),
    });
    expect(code).toBe(0);
    expect(out).toContain('(incomplete)');
    expect(out).toContain('Price not in catalog cli-test');
  });

  it('moves lines that name their own region too', async () => {
    const elsewhere = {
      ...requirements,
      items: [{ ...requirements.items[0], region: 'eu-west-1' }],
    };
    const { out } = await run(['req.json', '--region', 'us-east-1', '--format', 'json'], {
      'req.json': JSON.stringify(elsewhere),
    });
    expect(JSON.parse(out).lines[0].region).toBe('us-east-1');
  });

  it('runs a named scenario from the file', async () => {
    const file = {
      requirements,
      scenarios: [{ name: 'spot', pricingModel: { kind: 'spot', discountPct: 60 } }],
    };
    const { code, out } = await run(['req.json', '--scenario', 'spot', '--format', 'json'], {
      'req.json': JSON.stringify(file),
    });
    expect(code).toBe(0);
    // 1,460 h × $0.0816 × 0.4 = $47.6544
    expect(JSON.parse(out).totals.monthly).toBe('47.6544');
  });

  it('exits 1 naming the JSON path of an invalid scenario', async () => {
    const file = { requirements, scenarios: [{ name: 'x', architecture: 'sparc' }] };
    const { code, err } = await run(['req.json', '--compare'], {
      'req.json': JSON.stringify(file),
    });
    expect(code).toBe(1);
    expect(err).toContain('$.scenarios[0].architecture');
  });

  it('exits 1 naming the JSON path of an invalid field', async () => {
    const bad = { ...requirements, items: [{ ...requirements.items[0], quantity: -1 }] };
    const { code, err } = await run(['req.json'], { 'req.json': JSON.stringify(bad) });
    expect(code).toBe(1);
    expect(err).toContain('$.items[0].quantity');
  });

  it('exits 1 on a file that is not JSON or cannot be read', async () => {
    expect((await run(['req.json'], { 'req.json': '{ nope' })).err).toMatch(
      /req\.json: not valid JSON/,
    );
    const missing = await run(['nothere.json'], {});
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('nothere.json: cannot read the file (ENOENT)');
  });

  it('prices an AWS Pricing Calculator bulk-import workbook read by the same code as uploads', async () => {
    const { code, out } = await run(
      [path.join(workbooks, 'aws-bulk-ec2.xlsx'), '--format', 'json'],
      {},
    );
    expect(code).toBe(0);
    const estimate = JSON.parse(out) as { lines: { service: string; region: string }[] };
    expect(estimate.lines.length).toBeGreaterThan(0);
    expect(estimate.lines.every((l) => l.service === 'ec2' || l.service === 'ebs')).toBe(true);
  });

  it('exits 1 listing every bad cell of a workbook, and 2 for a legacy .xls', async () => {
    const bad = await run([path.join(workbooks, 'formula-errors.xlsx')], {});
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/2 error\(s\) in the workbook/);
    expect(bad.err).toMatch(/![A-Z]+\d+/);
    const legacy = await run(['old.xls'], {});
    expect(legacy.code).toBe(2);
    expect(legacy.err).toContain('save it as .xlsx');
  });

  it('exits 2 with a clear message for bad options', async () => {
    expect((await run(['req.json', '--format', 'pdf'], {})).code).toBe(2);
    expect(
      (await run(['req.json', '--scenario', 'nope'], { 'req.json': JSON.stringify(requirements) }))
        .err,
    ).toContain("Unknown scenario 'nope'");
  });

  it('parses arguments strictly', () => {
    expect(parseArgs(['a.json', '--region', 'ap-southeast-1', '--compare'])).toEqual({
      file: 'a.json',
      region: 'ap-southeast-1',
      compare: true,
      format: 'table',
    });
    expect(() => parseArgs([])).toThrow(UsageError);
    expect(() => parseArgs(['a.json', '--region'])).toThrow('--region needs a value.');
  });
});
