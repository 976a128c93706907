import { readFile } from 'node:fs/promises';
import path from 'node:path';
import mammoth from 'mammoth';
import { runEstimateCli } from '../../backend/cli/estimate';
import { generateDocument } from '../../backend/documents';
import { readWorkbook } from '../../backend/excel';
import { CatalogCache } from '../../backend/use-cases/calculations/catalog-cache';
import { compareCosts } from '../../backend/use-cases/calculations/compare';
import { calculateCost } from '../../backend/use-cases/calculations/cost';
import type {
  CatalogSnapshot,
  Comparison,
  Estimate,
  Estimation,
  Requirements,
  ScenarioSpec,
} from '../../core';
import {
  PriceCatalog,
  comparisonSheetSpec,
  estimateSheetSpec,
  isFullyPriced,
  readRequirements,
} from '../../core';
import { embeddedSnapshot } from '../../backend/adapters/embedded-catalog-files';
import { rvtoolsExport } from '../helpers/rvtools-export';
import { alice, fakes } from './api/fakes';
import type { BlobStore } from '../../backend/ports/blob-store';
import type { AnswerBody } from '../../backend/use-cases/shared/large-result';
import { decodeJson } from '../../backend/use-cases/shared/json-part';
import { resultKey } from '../../backend/use-cases/shared/stored-results';
import { buildSettings } from './documents/estimation-fixture';
import { parsePdf } from './documents/document-test-helpers';

/**
 * Issue 14, "done when": on the calculator bulk-import fixture and a generated RVTools export,
 * every surface that shows a total shows its coverage, and none names a cheapest or recommended
 * scenario on an unequal basis — CLI (table, JSON, CSV, --compare), API (cost, compare), the
 * AWS Estimate and AWS Comparison sheets, and the PDF, Word, CSV and JSON documents, all on the
 * embedded catalog. (The task pane's panels: test/addin/taskpane/components.test.tsx.)
 *
 * The bulk-import fixture's gap was its m5.large Compute Savings Plan in us-east-1, which the
 * catalog now prices (DECISIONS 88); the embedded catalog is used here without its Savings Plans
 * rates so that the fixture keeps a line the catalog cannot price.
 */
function withoutSavingsPlans(snapshot: CatalogSnapshot): CatalogSnapshot {
  return {
    ...snapshot,
    shards: snapshot.shards.map((shard) => ({
      ...shard,
      records: shard.records.filter((r) => r.term.type !== 'SavingsPlan'),
    })),
  };
}
const snapshot = withoutSavingsPlans(embeddedSnapshot());
const catalog = new PriceCatalog(snapshot);
const SCENARIOS: ScenarioSpec[] = [
  { name: 'On-Demand', pricingModel: { kind: 'on-demand' } },
  {
    name: '1 yr Compute SP',
    pricingModel: {
      kind: 'savings-plan',
      plan: 'compute',
      term: '1yr',
      purchaseOption: 'No Upfront',
    },
  },
  { name: 'Graviton', graviton: true },
];

interface Case {
  readonly name: string;
  readonly file: string;
  readonly bytes: () => Promise<Uint8Array>;
}

const CASES: Case[] = [
  {
    name: 'calculator bulk-import fixture',
    file: path.resolve(__dirname, '../fixtures/workbooks/aws-bulk-ec2.xlsx'),
    bytes: async () =>
      new Uint8Array(
        await readFile(path.resolve(__dirname, '../fixtures/workbooks/aws-bulk-ec2.xlsx')),
      ),
  },
  {
    name: 'generated RVTools export (60 VMs)',
    file: 'rvtools-60.xlsx',
    bytes: () => rvtoolsExport(60),
  },
];

async function cli(argv: string[], bytes: Uint8Array): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await runEstimateCli(argv, {
    readText: async () => '',
    readBytes: async () => bytes,
    loadCatalog: async () => catalog,
    out: (t) => (out += t),
    err: () => undefined,
    now: '2026-11-26T00:00:00Z',
  });
  return { code, out };
}

/** The whole result behind an API answer: inline, or the stored copy a large one is kept as. */
async function answered<T>(deps: { blobs: BlobStore }, body: AnswerBody<unknown>): Promise<T> {
  if ('inlineJson' in body) return JSON.parse(body.inlineJson) as T;
  const object = await deps.blobs.get('uploads', resultKey(body.stored.resultId));
  if (!object) throw new Error(`stored result ${body.stored.resultId} is missing`);
  return decodeJson<T>(object.body);
}

function estimation(
  requirements: Requirements,
  result: Estimate,
  comparison: Comparison,
): Estimation {
  return {
    estimationId: 'est-14',
    userId: 'alice',
    name: 'Honest totals',
    customer: 'Acme',
    reference: '',
    status: 'draft',
    requirements,
    scenarios: SCENARIOS,
    result,
    comparison,
    version: 1,
    createdAt: '2026-11-26T00:00:00Z',
    updatedAt: '2026-11-26T00:00:00Z',
  };
}

describe.each(CASES)('every surface on the $name', ({ file, bytes }) => {
  let body: Uint8Array;
  let requirements: Requirements;
  let estimate: Estimate;
  let comparison: Comparison;
  beforeAll(async () => {
    body = await bytes();
    const read = readRequirements(await readWorkbook(body));
    expect(read.errors).toEqual([]);
    requirements = read.requirements!;
    const deps = {
      ...fakes(),
      catalog: new CatalogCache({ snapshot: async () => snapshot }),
    };
    estimate = await answered<Estimate>(deps, await calculateCost(deps, alice, { requirements }));
    comparison = await answered<Comparison>(
      deps,
      await compareCosts(deps, alice, { requirements, scenarios: SCENARIOS }),
    );
  });

  it('the API: the estimate and every scenario carry coverage; no cheapest on an unequal basis', () => {
    // Both fixtures have lines the embedded catalog cannot price (a region or sizes it lacks).
    expect(isFullyPriced(estimate.coverage)).toBe(false);
    const c = estimate.coverage;
    expect(c.priced + c.partial + c.unpriced).toBe(estimate.lines.length);
    for (const t of comparison.totals) expect(t.coverage.lines).toBe(estimate.lines.length);
    expect(comparison.basis.complete).toBe(false);
    expect(comparison.cheapestScenario).toBeNull();
  });

  it('the CLI: table, JSON and CSV show coverage; --compare names no cheapest', async () => {
    const table = await cli([file], body);
    expect(table.code).toBe(0);
    expect(table.out).toMatch(/Coverage: \d+ of \d+ lines priced \(\d+ %\)/);
    const json = JSON.parse((await cli([file, '--format', 'json'], body)).out) as Estimate;
    expect(json.coverage.unpriced + json.coverage.partial).toBeGreaterThan(0);
    expect((await cli([file, '--format', 'csv'], body)).out).toMatch(/lines priced \(\d+ %\)/);
    const compare = await cli([file, '--compare'], body);
    expect(compare.out).not.toContain('Cheapest overall');
    expect(compare.out).toContain('No scenario is named cheapest overall');
    expect(compare.out).toMatch(/Compared on \d+ of \d+ lines/);
    const compareJson = JSON.parse(
      (await cli([file, '--compare', '--format', 'json'], body)).out,
    ) as Comparison;
    expect(compareJson.cheapestScenario).toBeNull();
  });

  it('the sheets: coverage beside the AWS Estimate totals; no "(cheapest)" in AWS Comparison', () => {
    const sheet = estimateSheetSpec(estimate);
    const coverage = sheet.cells.find((c) => c.value === 'Coverage');
    expect(coverage).toBeDefined();
    const row = coverage!.address.replace(/^[A-Z]+/, '');
    expect(String(sheet.cells.find((c) => c.address === `G${row}`)?.value)).toMatch(/lines priced/);
    const cmp = comparisonSheetSpec(comparison);
    expect(cmp.cells.some((c) => String(c.value).includes('(cheapest)'))).toBe(false);
    expect(
      cmp.cells.some((c) => String(c.value).startsWith('No scenario is named cheapest overall')),
    ).toBe(true);
  });

  it('the documents: PDF and Word state coverage and recommend nothing; CSV and JSON carry coverage', async () => {
    const saved = estimation(requirements, estimate, comparison);
    const settings = buildSettings();
    const at = new Date('2026-11-26T09:00:00Z');
    const pdf = parsePdf(
      (await generateDocument('pdf', saved, settings, { generatedAt: at })).body,
    ).pages.join(' ');
    const docx = await generateDocument('docx', saved, settings, { generatedAt: at });
    const word = (await mammoth.extractRawText({ buffer: Buffer.from(docx.body) })).value;
    for (const text of [pdf, word]) {
      expect(text).toMatch(/Coverage: \d+ of \d+ lines priced/);
      expect(text).not.toContain('Recommended scenario');
      expect(text).toContain('No scenario is recommended');
    }
    const csv = new TextDecoder().decode(
      (await generateDocument('csv', saved, settings, { generatedAt: at })).body,
    );
    expect(csv).toMatch(/lines priced \(\d+ %\)/);
    const json = JSON.parse(
      new TextDecoder().decode(
        (await generateDocument('json', saved, settings, { generatedAt: at })).body,
      ),
    ) as { coverage: Estimate['coverage'] };
    expect(json.coverage).toEqual(estimate.coverage);
  });
});
