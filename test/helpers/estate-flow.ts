import type {
  CompareResponse,
  Comparison,
  CostResponse,
  DocumentJob,
  DownloadResponse,
  Estimate,
  EstimateRepricing,
  Estimation,
  EstimationResponse,
  JsonDownload,
  ProcessResponse,
  RepriceResponse,
  RepricingSummary,
  Requirements,
  ScenarioSpec,
  UploadUrlResponse,
  ValidateResponse,
} from '../../core';
import { hasPartDownloads, isStoredResponse } from '../../core';
import { pollUntil } from './awaiting';
import type { TestUser } from './stack-client';
import { api } from './stack-client';

/**
 * A customer estate through the API the way the add-in drives it: presigned upload of the
 * RVTools export → validate → process → cost → compare three scenarios → save with result and
 * comparison → reopen → re-price the saved estimate → PDF and DOCX generated and downloaded. Every step is timed and its
 * response measured; large answers are followed to their downloads (not counted as API bytes).
 * Used by the large-estate integration test and the north-star benchmark.
 */
export const SCENARIOS: readonly ScenarioSpec[] = [
  { name: 'On-Demand' },
  {
    name: 'Compute Savings Plan 1 yr',
    pricingModel: {
      kind: 'savings-plan',
      plan: 'compute',
      term: '1yr',
      purchaseOption: 'No Upfront',
    },
  },
  { name: 'Graviton', graviton: true },
];

export interface StepFigure {
  readonly step: string;
  readonly ms: number;
  /** Bytes of the API response body (what passed through Lambda). */
  readonly responseBytes: number;
  /** Bytes fetched from S3 downloads the response pointed to (decompressed JSON or files). */
  readonly downloadedBytes: number;
  readonly note: string;
}

export interface EstateFlowResult {
  readonly steps: readonly StepFigure[];
  readonly totalMs: number;
  readonly estimationId: string;
  readonly saved: Estimate;
  readonly comparison: Comparison;
  readonly reopened: Estimation;
  /** The saved estimate re-priced (its saved requirements); `summary` when the answer was stored. */
  readonly repriced: {
    readonly value: EstimateRepricing;
    readonly summary: RepricingSummary | null;
  };
  readonly pdf: Uint8Array;
  readonly docx: Uint8Array;
  readonly requirementItems: number;
}

export async function runEstateFlow(
  user: TestUser,
  workbook: Uint8Array,
  name = 'Estate',
): Promise<EstateFlowResult> {
  const steps: StepFigure[] = [];
  const started = performance.now();
  const step = async <T>(
    label: string,
    run: () => Promise<{
      value: T;
      responseBytes: number;
      downloadedBytes?: number;
      note?: string;
    }>,
  ): Promise<T> => {
    const t0 = performance.now();
    const out = await run().catch((err: unknown) => {
      throw new Error(`step "${label}" failed: ${(err as Error).message}`, { cause: err });
    });
    steps.push({
      step: label,
      ms: performance.now() - t0,
      responseBytes: out.responseBytes,
      downloadedBytes: out.downloadedBytes ?? 0,
      note: out.note ?? '',
    });
    return out.value;
  };
  const call = async <T>(method: string, path: string, body?: unknown) => {
    const res = await api<T>(path, { method, token: user.idToken, body });
    if (res.status >= 300)
      throw new Error(`${method} ${path}: ${res.status} ${res.text.slice(0, 500)}`);
    return { body: res.body, bytes: Buffer.byteLength(res.text) };
  };

  const uploadId = await step('upload (presigned PUT)', async () => {
    const signed = await call<UploadUrlResponse>('POST', '/excel/upload-url', {
      fileName: `${name}.xlsx`,
      sizeBytes: workbook.byteLength,
    });
    const put = await fetch(signed.body.url, {
      method: signed.body.method,
      headers: signed.body.headers,
      body: Buffer.from(workbook),
    });
    if (put.status !== 200) throw new Error(`PUT upload: ${put.status}`);
    return {
      value: signed.body.uploadId,
      responseBytes: signed.bytes,
      note: `${kib(workbook.byteLength)} workbook`,
    };
  });
  await step('validate', async () => {
    const res = await call<ValidateResponse>('POST', '/excel/validate', { uploadId });
    if (!res.body.valid)
      throw new Error(
        `validate: ${res.body.errorCount} errors, e.g. ${res.body.errors[0]?.message}`,
      );
    return {
      value: res.body,
      responseBytes: res.bytes,
      note: `${res.body.rows} rows, ${res.body.warningCount} warnings`,
    };
  });
  const processed = await step('process', async () => {
    const res = await call<ProcessResponse>('POST', '/excel/process', { uploadId });
    const requirements = res.body.stored
      ? await download<Requirements>(res.body.stored.download)
      : res.body.requirements;
    if (!requirements) throw new Error('process returned no requirements');
    const ref = res.body.stored
      ? { requirementsRef: { resultId: res.body.stored.resultId } }
      : { requirements };
    return {
      value: { requirements, ref },
      responseBytes: res.bytes,
      downloadedBytes: res.body.stored?.download.bytes ?? 0,
      note: `${requirements.items.length} lines${res.body.stored ? ', stored (download)' : ', inline'}`,
    };
  });
  const cost = await step('cost (On-Demand)', async () => {
    const res = await call<CostResponse>('POST', '/calculations/cost', {
      ...processed.ref,
      scenario: SCENARIOS[0],
    });
    return followStored<Estimate>(res);
  });
  const compare = await step('compare (3 scenarios)', async () => {
    const res = await call<CompareResponse>('POST', '/calculations/compare', {
      ...processed.ref,
      scenarios: SCENARIOS,
    });
    return followStored<Comparison>(res);
  });
  const saved = await step('save (result + comparison)', async () => {
    const res = await call<EstimationResponse>('POST', '/estimations', {
      name,
      customer: 'North-star Inc.',
      scenarios: SCENARIOS,
      ...processed.ref,
      ...(cost.resultId ? { resultRef: { resultId: cost.resultId } } : { result: cost.value }),
      ...(compare.resultId
        ? { comparisonRef: { resultId: compare.resultId } }
        : { comparison: compare.value }),
    });
    return {
      value: res.body,
      responseBytes: res.bytes,
      note: hasPartDownloads(res.body) ? 'answered with part downloads' : 'inline',
    };
  });
  const reopened = await step('reopen (GET + parts)', async () => {
    const res = await call<EstimationResponse>('GET', `/estimations/${saved.estimationId}`);
    if (!hasPartDownloads(res.body))
      return { value: res.body, responseBytes: res.bytes, note: 'inline' };
    const { parts, figures: _f, ...header } = res.body;
    const [requirements, result, comparison] = await Promise.all([
      download<Requirements>(parts.requirements),
      parts.result ? download<Estimate>(parts.result) : null,
      parts.comparison ? download<Comparison>(parts.comparison) : null,
    ]);
    const downloaded = [parts.requirements, parts.result, parts.comparison].reduce(
      (s, p) => s + (p?.bytes ?? 0),
      0,
    );
    return {
      value: { ...header, requirements, result, comparison } as Estimation,
      responseBytes: res.bytes,
      downloadedBytes: downloaded,
      note: 'part downloads',
    };
  });
  const repriced = await step('re-price (saved estimate)', async () => {
    const res = await call<RepriceResponse>('POST', '/calculations/reprice', {
      estimationId: saved.estimationId,
    });
    const followed = await followStored<EstimateRepricing>(res);
    const summary = isStoredResponse<RepricingSummary>(res.body) ? res.body.summary : null;
    return { ...followed, value: { value: followed.value.value, summary } };
  });
  const [pdf, docx] = await Promise.all(
    (['pdf', 'docx'] as const).map((format) =>
      step(`${format.toUpperCase()} generated + downloaded`, async () => {
        const job = await call<DocumentJob>('POST', '/documents/generate', {
          estimationId: saved.estimationId,
          format,
        });
        const done = await waitReady(user, job.body.documentId);
        const link = await call<DownloadResponse>('GET', `/documents/${done.documentId}/download`);
        const file = await fetch(link.body.url);
        if (file.status !== 200) throw new Error(`download ${format}: ${file.status}`);
        const bytes = new Uint8Array(await file.arrayBuffer());
        return {
          value: bytes,
          responseBytes: job.bytes + link.bytes,
          downloadedBytes: bytes.byteLength,
          note: format === 'pdf' ? `${pdfPages(bytes)} pages` : '',
        };
      }),
    ),
  );
  return {
    steps,
    totalMs: performance.now() - started,
    estimationId: saved.estimationId,
    saved: cost.value,
    comparison: compare.value,
    reopened,
    repriced,
    pdf: pdf ?? new Uint8Array(),
    docx: docx ?? new Uint8Array(),
    requirementItems: processed.requirements.items.length,
  };
}

async function followStored<T>(res: { body: unknown; bytes: number }) {
  if (!isStoredResponse(res.body))
    return {
      value: { value: res.body as T, resultId: null as string | null },
      responseBytes: res.bytes,
      note: 'inline',
    };
  const stored = res.body.stored;
  return {
    value: {
      value: await download<T>(stored.download),
      resultId: stored.resultId as string | null,
    },
    responseBytes: res.bytes,
    downloadedBytes: stored.download.bytes,
    note: `stored: ${mib(stored.download.bytes)} JSON, ${mib(stored.download.compressedBytes)} gzip`,
  };
}

export async function download<T>(link: JsonDownload): Promise<T> {
  const res = await fetch(link.url);
  if (res.status !== 200) throw new Error(`download ${link.url}: ${res.status}`);
  return (await res.json()) as T;
}

/** The job once ready (a failed one throws its error); bounded by the test's timeout only. */
async function waitReady(user: TestUser, documentId: string): Promise<DocumentJob> {
  const done = await pollUntil(
    `document ${documentId} to be ready or failed`,
    async () => {
      const res = await api<DocumentJob>(`/documents/${documentId}/status`, {
        token: user.idToken,
      });
      if (res.status !== 200) throw new Error(`status of document ${documentId}: ${res.status}`);
      return res.body;
    },
    (job) => job.status === 'ready' || job.status === 'failed',
    { show: (job) => `${job.status} (${job.format}, attempt ${job.attempts})` },
  );
  if (done.status === 'failed') throw new Error(`document ${documentId} failed: ${done.error}`);
  return done;
}

/** Page objects of a PDF (pdfkit writes `/Type /Page` uncompressed for each). */
export function pdfPages(bytes: Uint8Array): number {
  return (
    Buffer.from(bytes)
      .toString('latin1')
      .match(/\/Type \/Page\b/g) ?? []
  ).length;
}

const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
const mib = (n: number) => `${(n / 1_048_576).toFixed(1)} MiB`;
