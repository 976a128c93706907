import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';

/**
 * The one error boundary of a local server: whatever a request does — a malformed URL, a body
 * that is not JSON, a client that hangs up mid-body, a file that disappears while streaming — the
 * request gets an answer (or its socket is closed) and the process keeps serving. Node's own
 * `clientError` handling answers 400 to requests it cannot parse at all.
 */
export function guarded(
  name: string,
  handler: (req: IncomingMessage, res: ServerResponse) => void | Promise<void>,
): RequestListener {
  return (req, res) => {
    const fail = (err: unknown) => {
      if (res.headersSent || res.destroyed) {
        res.destroy();
        return;
      }
      const status = err instanceof ClientInputError ? err.status : 500;
      if (status >= 500) console.error(`${name}: ${req.method} ${req.url} failed:`, err);
      const body = JSON.stringify({
        error: status >= 500 ? 'InternalError' : 'BadRequest',
        message: err instanceof Error ? err.message : String(err),
        details: null,
        requestId: name,
      });
      res.writeHead(status, {
        'Content-Type': 'application/json; charset=utf-8',
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-store',
      });
      res.end(body);
    };
    // A client that aborts mid-body makes the request stream emit 'error'; nothing to answer.
    req.on('error', () => res.destroy());
    try {
      Promise.resolve(handler(req, res)).catch(fail);
    } catch (err) {
      fail(err);
    }
  };
}

/** A request the server cannot serve because of how it was written: answered 4xx, not logged. */
export class ClientInputError extends Error {
  constructor(
    message: string,
    readonly status = 400,
  ) {
    super(message);
    this.name = 'ClientInputError';
  }
}

/** The request's URL, or a 400 when it cannot be parsed. */
export function requestUrl(req: IncomingMessage): URL {
  try {
    return new URL(req.url ?? '/', 'http://localhost');
  } catch {
    throw new ClientInputError(`The request URL "${String(req.url).slice(0, 100)}" is malformed.`);
  }
}
