import https from 'node:https';

export interface HttpsAnswer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/**
 * GET over https trusting only `ca` (PEM), as a browser that trusts the local CA does; without `ca`,
 * Node's default trust store (where the local CA is not). Rejects with the TLS error when the
 * certificate is not trusted.
 */
export function httpsGet(url: string, ca?: string): Promise<HttpsAnswer> {
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
    req.setTimeout(30_000, () => req.destroy(new Error(`GET ${url} timed out`)));
  });
}
