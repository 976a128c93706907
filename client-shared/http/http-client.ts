import type { ApiErrorBody } from '../../core';
import {
  ApiClientError,
  ApiResponseError,
  ApiUnreachableError,
  CancelledError,
  NotSignedInError,
} from './api-errors';

/** Returns the current ID token, refreshing it when needed, or null when signed out. */
export type TokenSource = () => Promise<string | null>;
export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface HttpClientOptions {
  /** Base URL of the API without a trailing slash, e.g. `https://api.example.com/prod`. */
  readonly baseUrl: string;
  readonly token: TokenSource;
  readonly fetch?: FetchLike;
  /** What a signed-out caller is told: each front end says where to sign in. */
  readonly signedOutMessage: string;
  /** The message of an error status whose answer carries none, by status (e.g. 403). */
  readonly statusMessages?: Readonly<Record<number, string>>;
}

export interface RequestOptions {
  /** Sent as JSON when defined. */
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  readonly signal?: AbortSignal;
  /** False for the public routes (`GET /excel/template`): no token is needed or sent. */
  readonly auth?: boolean;
}

const DEFAULT_STATUS_MESSAGES: Readonly<Record<number, string>> = {
  413: 'The request is larger than the API accepts.',
};

/**
 * The one HTTP client of the front ends: every request carries the Cognito ID token (the API's
 * authorizer reads `custom:role` from it), and every failure becomes an error that says what to do
 * — ApiUnreachableError (no answer), CancelledError (the signal fired), NotSignedInError (no token,
 * or 401), ApiResponseError (any other error status, with the API's `{error, message, details}`).
 * The apps put their typed routes (core/api/routes.ts) on top of it.
 */
export class HttpClient {
  private readonly fetchImpl: FetchLike;

  constructor(private readonly options: HttpClientOptions) {
    this.fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  }

  get baseUrl(): string {
    return this.options.baseUrl;
  }

  /** A JSON route: the body sent as JSON, the answer parsed (null when it is empty). */
  async json<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    const response = await this.request(method, path, options);
    const text = await response.text();
    if (!text) return null as T;
    try {
      return JSON.parse(text) as T;
    } catch (cause) {
      throw new ApiClientError(
        `${method} ${path}: the service answered ${response.status} with a body that is not JSON.`,
        { cause },
      );
    }
  }

  /** The answer of any status below 400 (a 304 included), to read as the route needs. */
  async request(method: string, path: string, options: RequestOptions = {}): Promise<Response> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.auth !== false) {
      const token = await this.options.token();
      if (!token) throw new NotSignedInError(this.options.signedOutMessage);
      headers.Authorization = `Bearer ${token}`;
    }
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    const url = `${this.options.baseUrl}${path}`;
    let response: Response;
    try {
      response = await this.fetchImpl(url, {
        method,
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        signal: options.signal,
      });
    } catch (error) {
      if (options.signal?.aborted) throw new CancelledError(`${method} ${path}`);
      throw new ApiUnreachableError(url, error);
    }
    if (response.status >= 400) await this.fail(method, path, response);
    return response;
  }

  private async fail(method: string, path: string, response: Response): Promise<never> {
    if (response.status === 401) throw new NotSignedInError(this.options.signedOutMessage);
    const fallback =
      this.options.statusMessages?.[response.status] ??
      DEFAULT_STATUS_MESSAGES[response.status] ??
      `${method} ${path} failed: the service answered HTTP ${response.status}.`;
    throw new ApiResponseError(response.status, await errorBody(response), fallback);
  }
}

/** The API's error body, or null for an empty or non-JSON answer (a proxy's HTML page). */
async function errorBody(response: Response): Promise<Partial<ApiErrorBody> | null> {
  try {
    const parsed: unknown = JSON.parse(await response.text());
    return parsed && typeof parsed === 'object' ? (parsed as Partial<ApiErrorBody>) : null;
  } catch {
    return null;
  }
}
