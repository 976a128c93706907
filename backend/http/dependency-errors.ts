import { ServiceUnavailableError } from './errors';

/** Seconds a client is asked to wait after a dependency failure. */
export const DEPENDENCY_RETRY_AFTER_SECONDS = 5;

/** Error names AWS SDK v3 clients use for throttling, timeouts and service-side failures. */
const UNAVAILABLE_NAMES = new Set([
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException',
  'ServiceUnavailable',
  'ServiceUnavailableException',
  'InternalServerError',
  'InternalFailure',
  'InternalError',
  'ThrottlingException',
  'Throttling',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'TooManyRequestsException',
  'SlowDown',
  'NetworkingError',
]);

/** Socket-level failures: the dependency is down, unreachable or hung up. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_SOCKET',
]);

function networkCodeIn(message: unknown): boolean {
  if (typeof message !== 'string') return false;
  return [...NETWORK_CODES].some((code) => message.includes(code));
}

interface SdkLikeError {
  readonly name?: unknown;
  readonly code?: unknown;
  readonly cause?: unknown;
  readonly $metadata?: { readonly httpStatusCode?: number };
}

/**
 * True for an error that means "a dependency failed", not "the request was wrong": an SDK error
 * with a 5xx status, a throttling or timeout error, or a refused/reset connection, anywhere in the
 * cause chain. Client errors the stores translate (conditional checks, validation) are not.
 */
export function isDependencyFailure(err: unknown): boolean {
  let current: unknown = err;
  for (let depth = 0; depth < 6 && current && typeof current === 'object'; depth++) {
    const e = current as SdkLikeError;
    if (typeof e.name === 'string' && UNAVAILABLE_NAMES.has(e.name)) return true;
    if (typeof e.code === 'string' && NETWORK_CODES.has(e.code)) return true;
    const status = e.$metadata?.httpStatusCode;
    if (typeof status === 'number' && status >= 500) return true;
    // The SDK's retry layer can rewrap a socket error as a plain Error whose message keeps the
    // code ("AWS SDK error wrapper for Error: connect ECONNREFUSED …").
    if (e.$metadata && networkCodeIn((current as { message?: unknown }).message)) return true;
    current = e.cause;
  }
  return false;
}

/** The 503 for a dependency failure (or the error itself when it is something else). */
export function asServiceUnavailable(err: unknown): unknown {
  if (!isDependencyFailure(err)) return err;
  return new ServiceUnavailableError(
    `A service this request depends on is not answering; retry in ${DEPENDENCY_RETRY_AFTER_SECONDS} s.`,
    DEPENDENCY_RETRY_AFTER_SECONDS,
    err,
  );
}
