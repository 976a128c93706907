import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs, runEstimateCli } from '../../../backend/cli/estimate';
import type { RecordInput } from '../../core/resources/catalog-builder';
import { buildCatalog } from '../../core/resources/catalog-builder';

/** The us-east-1 records of the sizing-policy golden cases (AWS feed ec2/us-east-1-ondemand.json, 2025-04-04). */
const records = (
  JSON.parse(
    readFileSync(
      path.resolve(__dirname, '../../golden/ec2-instance/sizing-policy-as-sized.input.json'),
      'utf8',
    ),
  ) as { catalog: { records: RecordInput[] } }
).catalog.records;
const catalog = buildCatalog(records, 'cli-sizing');

const file = (sizingPolicy?: object) =>
  JSON.stringify({
    settings: { region: 'us-east-1', pricingModel: { kind: 'on-demand' }, sizingPolicy },
    items: [
      {
        id: 'vm',
        service: 'ec2',
        quantity: 1,
        os: 'Linux',
        sizing: { vcpu: 2, memoryGib: 8, architecture: 'x86_64' },
      },
    ],
  });

async function run(argv: string[], text: string) {
  let out = '';
  let err = '';
  const code = await runEstimateCli(argv, {
    readText: async () => text,
    readBytes: async () => new Uint8Array(),
    loadCatalog: async () => catalog,
    out: (t) => (out += t),
    err: (t) => (err += t),
    now: '2026-12-06T00:00:00Z',
  });
  return { code, out, err };
}

describe('npm run estimate: sizing policy flags', () => {
  it('reads --no-burstable, --processor and --min-generation', () => {
    expect(
      parseArgs(['f.json', '--no-burstable', '--processor', 'intel', '--min-generation', '6'])
        .sizingPolicy,
    ).toEqual({ burstable: false, processor: 'intel', minGeneration: 6 });
    expect(parseArgs(['f.json']).sizingPolicy).toBeUndefined();
  });

  it.each([
    [['--processor', 'arm'], "--processor must be any, intel, amd, got 'arm'."],
    [
      ['--min-generation', 'six'],
      "--min-generation must be a whole number from 1 to 20, got 'six'.",
    ],
    [['--processor'], '--processor needs a value.'],
  ])('refuses %j with exit 2', async (flags, message) => {
    const { code, err } = await run(['f.json', ...flags], file());
    expect(code).toBe(2);
    expect(err).toContain(message);
  });

  it('prices the sized VM under the flags (m5a.large: 730 h × $0.086 = $62.78)', async () => {
    const { code, out } = await run(['f.json', '--no-burstable'], file());
    expect(code).toBe(0);
    expect(out).toContain('1 × m5a.large × 730 h × $0.086/h = $62.78');
    expect(out).toContain('sizing policy: no burstable, any processor, any generation');
  });

  it("lays the flags over the file's own policy, field by field", async () => {
    // File: no burstable; flag: Intel → m7i-flex.large, 730 h × $0.09576 = $69.90.
    const { code, out } = await run(
      ['f.json', '--processor', 'intel', '--format', 'json'],
      file({ burstable: false }),
    );
    expect(code).toBe(0);
    const estimate = JSON.parse(out) as { sizingPolicy: unknown; lines: { monthly: string }[] };
    expect(estimate.sizingPolicy).toEqual({ burstable: false, processor: 'intel' });
    expect(estimate.lines[0]!.monthly).toBe('69.9048');
  });
});
