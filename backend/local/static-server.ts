import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import path from 'node:path';
import { ClientInputError, guarded, requestUrl } from './error-boundary';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The seed's security headers (§3.3), with a CSP that admits office.js and the local endpoints.
 * Scripts: only files from this origin and office.js — no 'unsafe-inline' (the built pages have no
 * inline script; test/security checks both). Styles keep 'unsafe-inline': Fluent UI injects them.
 */
export function securityHeaders(
  connectSrc: readonly string[],
  frameable: boolean,
): Record<string, string> {
  return {
    'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
    'Content-Security-Policy': [
      "default-src 'self'",
      "script-src 'self' https://appsforoffice.microsoft.com",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: https://appsforoffice.microsoft.com",
      `connect-src 'self' ${connectSrc.join(' ')}`,
      "font-src 'self' data:",
      "object-src 'none'",
      "base-uri 'self'",
      // The task pane lives in an iframe inside Excel on the web; the admin console must not.
      frameable
        ? 'frame-ancestors https://*.officeapps.live.com https://*.office.com https://*.cloud.microsoft'
        : "frame-ancestors 'none'",
    ].join('; '),
    'X-Content-Type-Options': 'nosniff',
    ...(frameable ? {} : { 'X-Frame-Options': 'DENY' }),
    'X-XSS-Protection': '1; mode=block',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  };
}

export interface StaticServerOptions {
  readonly root: string;
  readonly index: string;
  readonly config: Record<string, string>;
  readonly headers: Record<string, string>;
  /** Certificate and key (PEM): serve https, as Office requires of an add-in. Absent: http (tests). */
  readonly tls?: { readonly cert: string; readonly key: string };
  /** Served as `/manifest.xml` instead of the built file: the manifest whose URLs are this server's. */
  readonly manifest?: () => string;
}

/**
 * Serves a built folder (the task pane or the admin console) on loopback, with `/config.json`
 * telling the page where the API and Cognito are. Behind one error boundary: a malformed
 * percent-encoding is a 400, never a crash.
 */
export function createStaticServer(opts: StaticServerOptions): Server {
  const handler = guarded('static server', (req, res) => serveRequest(opts, req, res));
  // An https.Server is a net/tls server with http.Server's request API (listen, close, address).
  return opts.tls
    ? (createHttpsServer(opts.tls, handler) as unknown as Server)
    : createServer(handler);
}

function serveRequest(
  opts: StaticServerOptions,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> | void {
  const url = requestUrl(req);
  const generated =
    url.pathname === '/config.json'
      ? { type: '.json', body: JSON.stringify(opts.config) }
      : url.pathname === '/manifest.xml' && opts.manifest
        ? { type: '.xml', body: opts.manifest() }
        : null;
  if (generated) {
    res.writeHead(200, {
      'Content-Type': TYPES[generated.type] as string,
      'Cache-Control': 'no-store',
      ...opts.headers,
    });
    res.end(generated.body);
    return;
  }
  const rel = url.pathname === '/' ? opts.index : decodePath(url.pathname);
  const file = path.join(opts.root, path.normalize(rel).replace(/^(\.\.[/\\])+/, ''));
  if (!file.startsWith(opts.root) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...opts.headers });
    res.end(`Not found: ${url.pathname}`);
    return;
  }
  const stream = createReadStream(file);
  stream.once('open', () => {
    res.writeHead(200, {
      'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Cache-Control': /\.[0-9a-f]{8,}\./.test(file)
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
      ...opts.headers,
    });
    stream.pipe(res);
  });
  return new Promise<void>((resolve, reject) => {
    stream.once('error', reject);
    res.once('close', () => {
      stream.destroy();
      resolve();
    });
  });
}

function decodePath(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    throw new ClientInputError(
      `The path "${pathname.slice(0, 100)}" is not valid percent-encoding.`,
    );
  }
}
