import type {
  Comparison,
  CompareRequest,
  CostRequest,
  CreateEstimationRequest,
  DocumentJob,
  DownloadResponse,
  Estimate,
  EstimateRepricing,
  Estimation,
  EstimationSummary,
  GenerateDocumentRequest,
  Page,
  RepriceRequest,
  UpdateEstimationRequest,
  UpdateMeRequest,
  TermPart,
  UserProfile,
} from '../../core';
import { HttpClient } from '../../client-shared/http/http-client';
import type { FetchLike, TokenSource } from '../../client-shared/http/http-client';
import type { LargePayloadTransport } from './large-payloads';
import { compareLarge, costLarge, estimationOf, repriceLarge, saveLarge } from './large-payloads';

/** `GET /calculations/pricing-data`: either fresh JSON with its ETag, or "not modified". */
export type PricingDataResult =
  | { readonly status: 'modified'; readonly etag: string | null; readonly body: unknown }
  | { readonly status: 'not-modified' };

/** A signed-out cell or step says where to sign in. */
const SIGNED_OUT =
  'You are not signed in. Sign in from the task pane (AWS Estimator on the Home tab).';

/**
 * The add-in's routes of core/api/routes.ts with the bodies of core/api/dto.ts, over the shared
 * HTTP client (client-shared/http: token, errors, cancellation).
 */
export class ApiClient {
  private readonly http: HttpClient;
  /** Uploads and downloads of large payloads go straight to S3 (presigned, no token). */
  private readonly large: LargePayloadTransport;

  constructor(baseUrl: string, token: TokenSource, fetchImpl?: FetchLike) {
    this.http = new HttpClient({ baseUrl, token, fetch: fetchImpl, signedOutMessage: SIGNED_OUT });
    const rawFetch: FetchLike = fetchImpl ?? ((input, init) => globalThis.fetch(input, init));
    this.large = {
      api: (method, path, body, signal) => this.http.json(method, path, { body, signal }),
      fetch: (url, init) => rawFetch(url, init),
    };
  }

  me(signal?: AbortSignal): Promise<UserProfile> {
    return this.http.json('GET', '/users/me', { signal });
  }
  /** Profile fields and preferences (default region, currency): they follow the user to any workbook. */
  updateMe(body: UpdateMeRequest, signal?: AbortSignal): Promise<UserProfile> {
    return this.http.json('PUT', '/users/me', { body, signal });
  }
  listEstimations(signal?: AbortSignal): Promise<Page<EstimationSummary>> {
    return this.http.json('GET', '/estimations', { signal });
  }
  // Estimations and calculations may be larger than one API call: large-payloads.ts moves big
  // parts through uploads and downloads; these methods still take and give whole objects.
  async getEstimation(id: string, signal?: AbortSignal): Promise<Estimation> {
    const path = `/estimations/${encodeURIComponent(id)}`;
    return estimationOf(this.large, await this.http.json('GET', path, { signal }), signal);
  }
  createEstimation(body: CreateEstimationRequest, signal?: AbortSignal): Promise<Estimation> {
    return saveLarge(this.large, 'POST', '/estimations', body, signal);
  }
  updateEstimation(
    id: string,
    body: UpdateEstimationRequest,
    signal?: AbortSignal,
  ): Promise<Estimation> {
    return saveLarge(this.large, 'PUT', `/estimations/${encodeURIComponent(id)}`, body, signal);
  }
  async cloneEstimation(id: string, signal?: AbortSignal): Promise<Estimation> {
    const path = `/estimations/${encodeURIComponent(id)}/clone`;
    return estimationOf(
      this.large,
      await this.http.json('POST', path, { body: {}, signal }),
      signal,
    );
  }
  cost(body: CostRequest, signal?: AbortSignal): Promise<Estimate> {
    return costLarge(this.large, body, signal);
  }
  compare(body: CompareRequest, signal?: AbortSignal): Promise<Comparison> {
    return compareLarge(this.large, body, signal);
  }
  /** The linked estimation's saved result priced again, with what the sizing policy changed. */
  reprice(body: RepriceRequest, signal?: AbortSignal): Promise<EstimateRepricing> {
    return repriceLarge(this.large, body, signal);
  }
  generateDocument(body: GenerateDocumentRequest, signal?: AbortSignal): Promise<DocumentJob> {
    return this.http.json('POST', '/documents/generate', { body, signal });
  }
  documentStatus(documentId: string, signal?: AbortSignal): Promise<DocumentJob> {
    const path = `/documents/${encodeURIComponent(documentId)}/status`;
    return this.http.json('GET', path, { signal });
  }
  documentDownload(documentId: string, signal?: AbortSignal): Promise<DownloadResponse> {
    const path = `/documents/${encodeURIComponent(documentId)}/download`;
    return this.http.json('GET', path, { signal });
  }

  /** Our requirements template (.xlsx) as base64, for `insertWorksheetsFromBase64`. Public route. */
  async templateBase64(signal?: AbortSignal): Promise<string> {
    const response = await this.http.request('GET', '/excel/template', { signal, auth: false });
    const bytes = new Uint8Array(await response.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000)
      binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  }

  /**
   * A region's catalog shard set — with `terms`, only its On-Demand or its Reserved and Savings
   * Plans records (DECISIONS 95); sends `If-None-Match` so an unchanged catalog costs one 304.
   */
  async pricingData(
    region: string,
    etag: string | null,
    terms?: TermPart,
    signal?: AbortSignal,
  ): Promise<PricingDataResult> {
    const part = terms ? `&terms=${encodeURIComponent(terms)}` : '';
    const path = `/calculations/pricing-data?region=${encodeURIComponent(region)}${part}`;
    const headers: Record<string, string> = etag ? { 'If-None-Match': etag } : {};
    const response = await this.http.request('GET', path, { headers, signal });
    if (response.status === 304) return { status: 'not-modified' };
    return { status: 'modified', etag: response.headers.get('ETag'), body: await response.json() };
  }
}
