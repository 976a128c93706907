import type {
  CompareRequest,
  Comparison,
  CostRequest,
  CreateEstimationRequest,
  Estimate,
  EstimateRepricing,
  Estimation,
  EstimationResponse,
  JsonDownload,
  RepriceRequest,
  RepricingSummary,
  Requirements,
  StoredResponse,
  UpdateEstimationRequest,
  UploadUrlResponse,
} from '../../core';
import { INLINE_JSON_BYTES, hasPartDownloads, isStoredResponse } from '../../core';
import { ApiClientError } from '../../client-shared/http/api-errors';

/**
 * Estates too large for one API call (Lambda takes and returns at most 6 MB): requirements over
 * INLINE_JSON_BYTES are uploaded (gzip where the webview can) and named by `uploadId`; results
 * the API stored are downloaded from S3 and remembered by object, so saving them sends their
 * `resultId` instead of the JSON; an estimation answered with part downloads is fetched whole.
 * Callers keep passing and receiving plain `Estimate`, `Comparison` and `Estimation` objects.
 */
export interface LargePayloadTransport {
  /** An authorised API call answering JSON. */
  api<T>(method: string, path: string, body: unknown, signal?: AbortSignal): Promise<T>;
  /** A plain request: presigned S3 URLs carry their own authorisation. */
  fetch(url: string, init: RequestInit): Promise<Response>;
}

/** Results the API stored, by the object the client handed out. */
const storedIds = new WeakMap<object, string>();
/** Requirements already uploaded, by object (a calculation then a save send one upload). */
const uploadIds = new WeakMap<object, string>();

export async function costLarge(
  t: LargePayloadTransport,
  body: CostRequest,
  signal?: AbortSignal,
): Promise<Estimate> {
  const sent = await withRequirementsRef(t, body, signal);
  return resolved<Estimate>(t, await t.api('POST', '/calculations/cost', sent, signal), signal);
}

export async function compareLarge(
  t: LargePayloadTransport,
  body: CompareRequest,
  signal?: AbortSignal,
): Promise<Comparison> {
  const sent = await withRequirementsRef(t, body, signal);
  const answer = await t.api<unknown>('POST', '/calculations/compare', sent, signal);
  return resolved<Comparison>(t, answer, signal);
}

/**
 * A saved estimation re-priced; large requirements travel by reference. A stored answer is
 * downloaded, and its new estimate remembered by the id the API stored it under on its own, so
 * saving that estimate sends its `resultId` as a stored Calculate answer does.
 */
export async function repriceLarge(
  t: LargePayloadTransport,
  body: RepriceRequest,
  signal?: AbortSignal,
): Promise<EstimateRepricing> {
  const sent = await withRequirementsRef(t, body, signal);
  const answer = await t.api<unknown>('POST', '/calculations/reprice', sent, signal);
  if (!isStoredResponse<RepricingSummary>(answer)) return answer as EstimateRepricing;
  const repricing = await download<EstimateRepricing>(t, answer.stored.download, signal);
  storedIds.set(repricing.estimate, answer.summary.estimate.resultId);
  return repricing;
}

/** POST or PUT an estimation: large parts travel by reference, the answer is fetched whole. */
export async function saveLarge(
  t: LargePayloadTransport,
  method: 'POST' | 'PUT',
  path: string,
  body: CreateEstimationRequest | UpdateEstimationRequest,
  signal?: AbortSignal,
): Promise<Estimation> {
  const refs: Record<string, unknown> = { ...(await withRequirementsRef(t, body, signal)) };
  const resultId = body.result ? storedIds.get(body.result) : undefined;
  if (resultId) {
    delete refs.result;
    refs.resultRef = { resultId };
  }
  const comparisonId = body.comparison ? storedIds.get(body.comparison) : undefined;
  if (comparisonId) {
    delete refs.comparison;
    refs.comparisonRef = { resultId: comparisonId };
  }
  return estimationOf(t, await t.api<EstimationResponse>(method, path, refs, signal), signal);
}

/** The whole estimation: as answered, or with its parts downloaded. */
export async function estimationOf(
  t: LargePayloadTransport,
  answer: EstimationResponse,
  signal?: AbortSignal,
): Promise<Estimation> {
  if (!hasPartDownloads(answer)) return answer;
  const { parts, figures: _figures, ...header } = answer;
  const [requirements, result, comparison] = await Promise.all([
    download<Requirements>(t, parts.requirements, signal),
    parts.result ? download<Estimate>(t, parts.result, signal) : null,
    parts.comparison ? download<Comparison>(t, parts.comparison, signal) : null,
  ]);
  return { ...header, requirements, result, comparison };
}

async function resolved<T extends object>(
  t: LargePayloadTransport,
  answer: unknown,
  signal?: AbortSignal,
): Promise<T> {
  if (!isStoredResponse(answer)) return answer as T;
  const stored = (answer as StoredResponse<unknown>).stored;
  const value = await download<T>(t, stored.download, signal);
  storedIds.set(value, stored.resultId);
  return value;
}

async function download<T>(
  t: LargePayloadTransport,
  link: JsonDownload,
  signal?: AbortSignal,
): Promise<T> {
  const response = await t.fetch(link.url, { method: 'GET', signal });
  if (!response.ok)
    throw new ApiClientError(
      `Downloading a result of ${megabytes(link.bytes)} failed (${response.status}); run the step again.`,
    );
  // S3 serves the parts with Content-Encoding: gzip, so the body arrives decompressed.
  return (await response.json()) as T;
}

/** Requirements over INLINE_JSON_BYTES are uploaded once and named by `uploadId`. */
async function withRequirementsRef<B extends { requirements?: Requirements }>(
  t: LargePayloadTransport,
  body: B,
  signal?: AbortSignal,
): Promise<B> {
  const requirements = body.requirements;
  if (!requirements) return body;
  let uploadId = uploadIds.get(requirements);
  if (!uploadId) {
    const text = new TextEncoder().encode(JSON.stringify(requirements));
    if (text.byteLength <= INLINE_JSON_BYTES) return body;
    uploadId = await uploadJson(t, text, signal);
    uploadIds.set(requirements, uploadId);
  }
  const { requirements: _inline, ...rest } = body;
  return { ...rest, requirementsRef: { uploadId } } as unknown as B;
}

async function uploadJson(
  t: LargePayloadTransport,
  text: Uint8Array,
  signal?: AbortSignal,
): Promise<string> {
  const gzip = await gzipped(text);
  const bytes = gzip ?? text;
  const signed = await t.api<UploadUrlResponse>(
    'POST',
    '/excel/upload-url',
    {
      fileName: gzip ? 'requirements.json.gz' : 'requirements.json',
      sizeBytes: bytes.byteLength,
      kind: 'requirements',
    },
    signal,
  );
  const put = await t.fetch(signed.url, {
    method: signed.method,
    headers: { ...signed.headers },
    body: new Blob([bytes as Uint8Array<ArrayBuffer>]),
    signal,
  });
  if (!put.ok)
    throw new ApiClientError(
      `Uploading the requirements (${megabytes(bytes.byteLength)}) failed (${put.status}); try again.`,
    );
  return signed.uploadId;
}

/** gzip through the webview's CompressionStream; null where it has none (plain JSON then). */
async function gzipped(text: Uint8Array): Promise<Uint8Array | null> {
  if (typeof CompressionStream === 'undefined') return null;
  const stream = new Blob([text as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** `2.9 MB`: a size to one decimal (not money; no float is shown as an amount). */
function megabytes(bytes: number): string {
  return `${Math.round(bytes / 104_857.6) / 10} MB`;
}
