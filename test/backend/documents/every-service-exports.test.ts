import { generateDocument } from '../../../backend/documents';
import {
  PriceCatalog,
  SERVICE_KINDS,
  SERVICE_SPECS,
  linePricing,
  parseServiceSpec,
  priceRequirements,
} from '../../../core';
import type { Estimate, Estimation, Requirements } from '../../../core';
import { embeddedSnapshot } from '../../../backend/adapters/embedded-catalog-files';
import type { JsonExport } from '../../../backend/documents/json-export';
import { parseCsv } from '../../helpers/csv';

/*
 * #18 item 6: the JSON and CSV exports carry every service's lines — the 18 services the engine
 * prices as lines (one item each, read from the service's reference example) and AWS Support (an
 * adjustment) — with each component's quantity, unit, unit price, price id (rateCode or curated
 * id) and the catalog version, and every line not priced in full marked as a gap, never as 0.
 */
const requirements: Requirements = {
  settings: {
    region: 'us-east-1',
    pricingModel: { kind: 'on-demand' },
    supportPlan: 'business',
  },
  items: SERVICE_SPECS.map((s) => parseServiceSpec(s.service, s.example, { id: s.service })),
};
const result = priceRequirements(requirements, new PriceCatalog(embeddedSnapshot()), {
  asOf: '2026-12-05',
});
const estimation: Estimation = {
  estimationId: 'est-every',
  userId: 'u1',
  name: 'Every service',
  customer: 'Acme',
  reference: '',
  status: 'draft',
  requirements,
  scenarios: [],
  result,
  comparison: null,
  version: 1,
  createdAt: '2026-12-05T08:00:00.000Z',
  updatedAt: '2026-12-05T08:00:00.000Z',
};
const at = new Date('2026-12-05T09:00:00Z');

const gapLines = (e: Estimate) => e.lines.filter((l) => linePricing(l) !== 'priced');

describe('the fixture', () => {
  it('has a line for each of the 18 line services, AWS Support, and at least one gap', () => {
    expect(SERVICE_KINDS).toHaveLength(18);
    expect(result.lines.map((l) => l.service).sort()).toEqual([...SERVICE_KINDS].sort());
    expect(result.adjustments.map((a) => a.kind)).toContain('support');
    expect(gapLines(result).length).toBeGreaterThan(0);
  });
});

describe('CSV export: every service', () => {
  async function csvRows(): Promise<string[][]> {
    const doc = await generateDocument('csv', estimation, null, { generatedAt: at });
    return parseCsv(new TextDecoder('utf-8', { ignoreBOM: true }).decode(doc.body).slice(1));
  }

  it('a component row per component with quantity, unit, unit price, price id, catalog version; gaps marked', async () => {
    const rows = await csvRows();
    const header = rows.find((r) => r[0] === 'Row type')!;
    const col = (name: string) => header.indexOf(name);
    for (const name of ['Quantity', 'Unit', 'Unit price', 'Price id', 'Catalog version', 'Gap'])
      expect(col(name)).toBeGreaterThan(0);
    const components = rows.filter((r) => r[0] === 'component');
    const expected = result.lines.flatMap((l) =>
      l.components.map((c) => [
        l.service,
        c.name,
        c.quantity ?? '',
        c.unit,
        c.unitPrice ?? '',
        c.priceId ?? '',
        result.catalogVersion,
        c.status === 'priced' ? '' : 'gap',
      ]),
    );
    const cols = ['Service', 'Component', 'Quantity', 'Unit', 'Unit price', 'Price id'];
    const got = components.map((r) => [
      ...cols.map((c) => r[col(c)]),
      r[col('Catalog version')],
      r[col('Gap')],
    ]);
    expect(got).toEqual(expected);
    // Every service is there, and every priced component cites a price record.
    expect(new Set(components.map((r) => r[col('Service')]))).toEqual(new Set(SERVICE_KINDS));
    for (const r of components.filter((r) => r[col('Status')] === 'priced')) {
      expect(r[col('Price id')]).toMatch(/^(curated:\S+|[A-Z0-9]+\.[A-Z0-9]+\.[A-Z0-9]+)$/);
      expect(r[col('Unit price')]).toMatch(/^\d+\.\d+$/);
    }
  });

  it('a line not priced in full says gap; one with nothing priced has empty amounts, never 0', async () => {
    const rows = await csvRows();
    const header = rows.find((r) => r[0] === 'Row type')!;
    const col = (name: string) => header.indexOf(name);
    const lines = rows.filter((r) => r[0] === 'line');
    expect(lines.map((r) => r[col('Service')])).toEqual(result.lines.map((l) => l.service));
    expect(lines.filter((r) => r[col('Gap')] === 'gap').map((r) => r[col('Service')])).toEqual(
      gapLines(result).map((l) => l.service),
    );
    for (const l of gapLines(result).filter((g) => linePricing(g) === 'unpriced')) {
      const r = lines.find((x) => x[col('Service')] === l.service)!;
      expect([r[col('Upfront')], r[col('Monthly')]]).toEqual(['', '']);
      expect(r[col('Status')]).toMatch(/^not priced/);
    }
    expect(lines.every((r) => r[col('Catalog version')] === result.catalogVersion)).toBe(true);
  });

  it('AWS Support is its adjustment row', async () => {
    const rows = await csvRows();
    const support = rows.find((r) => r[1] === 'support')!;
    const adjustment = result.adjustments.find((a) => a.kind === 'support')!;
    expect(support.slice(0, 4)).toEqual([
      adjustment.name,
      'support',
      adjustment.upfront,
      adjustment.monthly,
    ]);
  });
});

describe('JSON export: every service', () => {
  async function exported(): Promise<JsonExport> {
    const doc = await generateDocument('json', estimation, null, { generatedAt: at });
    return JSON.parse(new TextDecoder().decode(doc.body)) as JsonExport;
  }

  it('carries every line with its components (quantity, unit, unit price, price id) and the catalog version', async () => {
    const json = await exported();
    expect(json.metadata.catalogVersion).toBe(result.catalogVersion);
    const lines = json.estimation.result!.lines;
    expect(lines.map((l) => l.service).sort()).toEqual([...SERVICE_KINDS].sort());
    expect(lines).toEqual(result.lines);
    for (const c of lines.flatMap((l) => l.components).filter((c) => c.status === 'priced'))
      expect([c.quantity, c.unit, c.unitPrice, c.priceId]).not.toContain(null);
    expect(json.estimation.result!.adjustments.map((a) => a.kind)).toContain('support');
  });

  it('lists every line not priced in full as a gap, with the components missing and why', async () => {
    const json = await exported();
    expect(json.gaps.map((g) => [g.itemId, g.pricing])).toEqual(
      gapLines(result).map((l) => [l.itemId, linePricing(l)]),
    );
    for (const g of json.gaps) {
      expect(g.components.length).toBeGreaterThan(0);
      for (const c of g.components) {
        expect(c.status).not.toBe('priced');
        expect(c.explanation.length).toBeGreaterThan(0);
      }
    }
    expect(json.coverage.unpriced + json.coverage.partial).toBe(json.gaps.length);
  });
});
