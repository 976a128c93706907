import type {
  Comparison,
  CompareRequest,
  CostRequest,
  CreateEstimationRequest,
  DocumentJob,
  DownloadResponse,
  Estimate,
  Estimation,
  EstimationSummary,
  GenerateDocumentRequest,
  Page,
  UpdateEstimationRequest,
  UserProfile,
} from '../../core';
import {
  ApiResponseError,
  ApiUnreachableError,
  CancelledError,
  NotSignedInError,
} from './api-errors';

/** Returns the current ID token, refreshing it when needed, or null when signed out. */
export type TokenSource = () => Promise<string | null>;
export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** `GET /calculations/pricing-data`: either fresh JSON with its ETag, or "not modified". */
export type PricingDataResult =
  | { readonly status: 'modified'; readonly etag: string | null; readonly body: unknown }
  | { readonly status: 'not-modified' };

/**
 * Typed client for the routes of core/api/routes.ts with the bodies of core/api/dto.ts.
 * Every request carries the Cognito ID token (the API's authorizer reads `custom:role` from it).
 */
export class ApiClient {
  constructor(
    private readonly baseUrl: string,
    private readonly token: TokenSource,
    private readonly fetchImpl: FetchLike = (input, init) => globalThis.fetch(input, init),
  ) {}

  me(signal?: AbortSignal): Promise<UserProfile> {
    return this.json('GET', '/users/me', undefined, signal);
  }
  listEstimations(signal?: AbortSignal): Promise<Page<EstimationSummary>> {
    return this.json('GET', '/estimations', undefined, signal);
  }
  getEstimation(id: string, signal?: AbortSignal): Promise<Estimation> {
    return this.json('GET', `/estimations/${encodeURIComponent(id)}`, undefined, signal);
  }
  createEstimation(body: CreateEstimationRequest, signal?: AbortSignal): Promise<Estimation> {
    return this.json('POST', '/estimations', body, signal);
  }
  updateEstimation(
    id: string,
    body: UpdateEstimationRequest,
    signal?: AbortSignal,
  ): Promise<Estimation> {
    return this.json('PUT', `/estimations/${encodeURIComponent(id)}`, body, signal);
  }
  cloneEstimation(id: string, signal?: AbortSignal): Promise<Estimation> {
    return this.json('POST', `/estimations/${encodeURIComponent(id)}/clone`, {}, signal);
  }
  cost(body: CostRequest, signal?: AbortSignal): Promise<Estimate> {
    return this.json('POST', '/calculations/cost', body, signal);
  }
  compare(body: CompareRequest, signal?: AbortSignal): Promise<Comparison> {
    return this.json('POST', '/calculations/compare', body, signal);
  }
  generateDocument(body: GenerateDocumentRequest, signal?: AbortSignal): Promise<DocumentJob> {
    return this.json('POST', '/documents/generate', body, signal);
  }
  documentStatus(documentId: string, signal?: AbortSignal): Promise<DocumentJob> {
    return this.json(
      'GET',
      `/documents/${encodeURIComponent(documentId)}/status`,
      undefined,
      signal,
    );
  }
  documentDownload(documentId: string, signal?: AbortSignal): Promise<DownloadResponse> {
    return this.json(
      'GET',
      `/documents/${encodeURIComponent(documentId)}/download`,
      undefined,
      signal,
    );
  }

  /** Our requirements template (.xlsx) as base64, for `insertWorksheetsFromBase64`. Public route. */
  async templateBase64(signal?: AbortSignal): Promise<string> {
    const url = `${this.baseUrl}/excel/template`;
    let response: Response;
    try {
      response = await this.fetchImpl(url, { method: 'GET', signal });
    } catch (error) {
      if (signal?.aborted) throw new CancelledError('GET /excel/template');
      throw new ApiUnreachableError(url, error);
    }
    await this.throwIfError(response);
    const bytes = new Uint8Array(await response.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000)
      binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  }

  /** A region's catalog shard set; sends `If-None-Match` so an unchanged catalog costs one 304. */
  async pricingData(
    region: string,
    etag: string | null,
    signal?: AbortSignal,
  ): Promise<PricingDataResult> {
    const headers: Record<string, string> = {};
    if (etag) headers['If-None-Match'] = etag;
    const response = await this.send(
      'GET',
      `/calculations/pricing-data?region=${encodeURIComponent(region)}`,
      {
        headers,
        signal,
      },
    );
    if (response.status === 304) return { status: 'not-modified' };
    await this.throwIfError(response);
    return { status: 'modified', etag: response.headers.get('ETag'), body: await response.json() };
  }

  private async json<T>(
    method: string,
    path: string,
    body: unknown,
    signal?: AbortSignal,
  ): Promise<T> {
    const init: { headers: Record<string, string>; body?: string; signal?: AbortSignal } = {
      headers: {},
      signal,
    };
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    const response = await this.send(method, path, init);
    await this.throwIfError(response);
    return (await response.json()) as T;
  }

  private async send(
    method: string,
    path: string,
    init: { headers: Record<string, string>; body?: string; signal?: AbortSignal },
  ): Promise<Response> {
    const token = await this.token();
    if (!token) throw new NotSignedInError();
    const url = `${this.baseUrl}${path}`;
    try {
      return await this.fetchImpl(url, {
        method,
        body: init.body,
        signal: init.signal,
        headers: { ...init.headers, Authorization: `Bearer ${token}` },
      });
    } catch (error) {
      if (init.signal?.aborted) throw new CancelledError(`${method} ${path}`);
      throw new ApiUnreachableError(url, error);
    }
  }

  private async throwIfError(response: Response): Promise<void> {
    if (response.ok) return;
    if (response.status === 401) throw new NotSignedInError();
    let code = `http_${response.status}`;
    let message = `The pricing service answered ${response.status} ${response.statusText}.`;
    let details: unknown = null;
    try {
      const parsed = (await response.json()) as {
        error?: string;
        message?: string;
        details?: unknown;
      };
      code = parsed.error ?? code;
      message = parsed.message ?? message;
      details = parsed.details ?? null;
    } catch {
      // A non-JSON error (a proxy's HTML page): keep the status-based message.
    }
    throw new ApiResponseError(response.status, code, message, details);
  }
}
