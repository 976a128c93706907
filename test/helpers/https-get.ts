import https from 'node:https';
import { settled } from './awaiting';

export interface HttpsAnswer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/**
 * GET over https trusting only `ca` (PEM), as a browser that trusts the local CA does; without `ca`,
 * Node's default trust store (where the local CA is not). Rejects with the TLS error when the
 * certificate is not trusted. No timeout of its own: a server that never answers holds the test
 * until jest's timeout, whose failure then names the URL (helpers/awaiting.ts).
 */
export function httpsGet(url: string, ca?: string): Promise<HttpsAnswer> {
  return settled(`an answer to GET ${url}`, get(url, ca));
}

function get(url: string, ca?: string): Promise<HttpsAnswer> {
  return new Promise((resolve, reject) => {
    const req = https.get(url, ca ? { ca } : {}, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}
