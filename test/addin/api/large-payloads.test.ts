/** @jest-environment node */
import { gunzipSync } from 'node:zlib';
import type {
  Comparison,
  Estimate,
  EstimateRepricing,
  EstimationWithParts,
  Requirements,
} from '../../../core';
import { INLINE_JSON_BYTES } from '../../../core';
import type { LargePayloadTransport } from '../../../addin/api/large-payloads';
import {
  compareLarge,
  costLarge,
  estimationOf,
  repriceLarge,
  saveLarge,
} from '../../../addin/api/large-payloads';

interface ApiCall {
  method: string;
  path: string;
  body: unknown;
}

/** A fake API + S3: records every call; `answers` by `METHOD path`, downloads by URL. */
function transport(
  answers: Record<string, unknown>,
  downloads: Record<string, unknown> = {},
  status = 200,
) {
  const calls: ApiCall[] = [];
  const puts: { url: string; headers: Record<string, string>; body: Uint8Array }[] = [];
  const t: LargePayloadTransport = {
    api: async <T>(method: string, path: string, body: unknown) => {
      calls.push({ method, path, body });
      return answers[`${method} ${path}`] as T;
    },
    fetch: async (url, init) => {
      if (init.method === 'PUT') {
        const body = new Uint8Array(await new Response(init.body as Blob).arrayBuffer());
        puts.push({ url, headers: init.headers as Record<string, string>, body });
        return new Response(null, { status });
      }
      return new Response(JSON.stringify(downloads[url]), { status });
    },
  };
  return { t, calls, puts };
}

const uploadUrl = {
  uploadId: '11111111-1111-4111-8111-111111111111',
  url: 'https://s3.test/put',
  method: 'PUT',
  headers: { 'content-type': 'application/json' },
};

function requirements(lines: number): Requirements {
  return {
    settings: { region: 'us-east-1', pricingModel: { kind: 'on-demand' } },
    items: Array.from({ length: lines }, (_, i) => ({
      id: `vm-${i}`,
      service: 'ec2' as const,
      description: `server number ${i} of the estate`,
      sizing: { vcpu: 4, memoryGib: 16 },
      os: 'Linux' as const,
      quantity: 1,
    })),
  };
}

const estimate = { scenario: 'Base', lines: [], totals: { monthly: '1' } } as unknown as Estimate;

describe('large payloads in the add-in API client', () => {
  it('sends small requirements inline and returns an inline answer as it is', async () => {
    const { t, calls, puts } = transport({ 'POST /calculations/cost': estimate });
    const small = requirements(3);
    expect(await costLarge(t, { requirements: small })).toBe(estimate);
    expect(calls).toEqual([
      { method: 'POST', path: '/calculations/cost', body: { requirements: small } },
    ]);
    expect(puts).toEqual([]);
  });

  it('uploads large requirements once (gzip) and names them by uploadId in every later call', async () => {
    const { t, calls, puts } = transport({
      'POST /excel/upload-url': uploadUrl,
      'POST /calculations/cost': estimate,
      'POST /calculations/compare': { scenarios: [] },
    });
    const big = requirements(10_000);
    expect(new TextEncoder().encode(JSON.stringify(big)).length).toBeGreaterThan(INLINE_JSON_BYTES);
    await costLarge(t, { requirements: big });
    await compareLarge(t, { requirements: big, scenarios: [{ name: 'A' }] });
    expect(calls.map((c) => c.path)).toEqual([
      '/excel/upload-url',
      '/calculations/cost',
      '/calculations/compare',
    ]);
    expect(calls[0]?.body).toMatchObject({
      fileName: 'requirements.json.gz',
      kind: 'requirements',
    });
    expect(calls[1]?.body).toEqual({ requirementsRef: { uploadId: uploadUrl.uploadId } });
    expect(puts).toHaveLength(1);
    expect((calls[0]?.body as { sizeBytes: number }).sizeBytes).toBe(puts[0]?.body.byteLength);
    expect(JSON.parse(gunzipSync(puts[0]?.body ?? new Uint8Array()).toString('utf8'))).toEqual(big);
  });

  it('downloads a stored result and saves it by resultId instead of sending it back', async () => {
    const comparison = { scenarios: [], lines: [], cheapestScenario: 'A' } as unknown as Comparison;
    const { t, calls } = transport(
      {
        'POST /calculations/compare': {
          stored: {
            resultId: '22222222-2222-4222-8222-222222222222',
            kind: 'comparison',
            download: { url: 'https://s3.test/c', expiresAt: '', bytes: 9, compressedBytes: 3 },
          },
          summary: { cheapestScenario: 'A' },
        },
        'POST /estimations': {
          estimationId: 'e1',
          requirements: requirements(1),
          result: null,
          comparison,
        },
      },
      { 'https://s3.test/c': comparison },
    );
    const got = await compareLarge(t, {
      requirements: requirements(1),
      scenarios: [{ name: 'A' }],
    });
    expect(got).toEqual(comparison);
    await saveLarge(t, 'POST', '/estimations', {
      name: 'Estate',
      requirements: requirements(1),
      comparison: got,
    });
    expect(calls[1]?.body).toEqual({
      name: 'Estate',
      requirements: requirements(1),
      comparisonRef: { resultId: '22222222-2222-4222-8222-222222222222' },
    });
  });

  it('returns an inline re-price as it is, and sends its estimate back inline on save', async () => {
    const repricing = { estimate, lines: [] } as unknown as EstimateRepricing;
    const { t, calls } = transport({
      'POST /calculations/reprice': repricing,
      'PUT /estimations/e1': { estimationId: 'e1', requirements: requirements(1) },
    });
    expect(await repriceLarge(t, { estimationId: 'e1' })).toBe(repricing);
    await saveLarge(t, 'PUT', '/estimations/e1', { version: 2, result: repricing.estimate });
    expect(calls[1]?.body).toEqual({ version: 2, result: estimate });
  });

  it('downloads a stored re-price and saves its estimate by the resultId stored for it', async () => {
    const newEstimate = { scenario: 'Base', lines: [], totals: { monthly: '2' } } as unknown;
    const repricing = { estimate: newEstimate, lines: [] } as unknown as EstimateRepricing;
    const link = (url: string) => ({ url, expiresAt: '', bytes: 9, compressedBytes: 3 });
    const { t, calls } = transport(
      {
        'POST /calculations/reprice': {
          stored: { resultId: 'whole', kind: 'reprice', download: link('https://s3.test/rp') },
          summary: {
            estimate: { resultId: 'est', kind: 'estimate', download: link('https://s3.test/e') },
          },
        },
        'PUT /estimations/e1': { estimationId: 'e1', requirements: requirements(1) },
      },
      { 'https://s3.test/rp': repricing },
    );
    const got = await repriceLarge(t, { estimationId: 'e1', sizingPolicy: 'recorded' });
    expect(got).toEqual(repricing);
    await saveLarge(t, 'PUT', '/estimations/e1', { version: 2, result: got.estimate });
    expect(calls).toEqual([
      {
        method: 'POST',
        path: '/calculations/reprice',
        body: { estimationId: 'e1', sizingPolicy: 'recorded' },
      },
      {
        method: 'PUT',
        path: '/estimations/e1',
        body: { version: 2, resultRef: { resultId: 'est' } },
      },
    ]);
  });

  it('fetches the parts of an estimation answered with downloads', async () => {
    const link = (url: string) => ({ url, expiresAt: '', bytes: 2, compressedBytes: 1 });
    const answer: EstimationWithParts = {
      estimationId: 'e1',
      userId: 'u',
      name: 'n',
      customer: '',
      reference: '',
      status: 'draft',
      scenarios: [],
      version: 3,
      createdAt: '',
      updatedAt: '',
      figures: {
        items: 1,
        monthlyTotal: '1',
        upfrontTotal: '0',
        currency: 'USD',
        resultLines: 0,
        catalogVersion: 'v',
        comparedScenarios: null,
        cheapestScenario: null,
      },
      parts: {
        requirements: link('https://s3.test/r'),
        result: link('https://s3.test/e'),
        comparison: null,
      },
    };
    const { t } = transport(
      {},
      { 'https://s3.test/r': requirements(1), 'https://s3.test/e': estimate },
    );
    expect(await estimationOf(t, answer)).toEqual({
      estimationId: 'e1',
      userId: 'u',
      name: 'n',
      customer: '',
      reference: '',
      status: 'draft',
      scenarios: [],
      version: 3,
      createdAt: '',
      updatedAt: '',
      requirements: requirements(1),
      result: estimate,
      comparison: null,
    });
  });

  it('says which download or upload failed and what to do', async () => {
    const failing = transport({ 'POST /excel/upload-url': uploadUrl }, {}, 403);
    await expect(costLarge(failing.t, { requirements: requirements(10_000) })).rejects.toThrow(
      /Uploading the requirements \([\d.]+ MB\) failed \(403\); try again/,
    );
    const link = {
      url: 'https://s3.test/gone',
      expiresAt: '',
      bytes: 3_000_000,
      compressedBytes: 1,
    };
    const gone = transport(
      {
        'POST /calculations/cost': {
          stored: { resultId: 'r', kind: 'estimate', download: link },
          summary: {},
        },
      },
      {},
      404,
    );
    await expect(costLarge(gone.t, { requirements: requirements(1) })).rejects.toThrow(
      /Downloading a result of 2\.9 MB failed \(404\); run the step again/,
    );
  });
});
