import { createServer, request } from 'node:http';
import type { IncomingMessage, Server } from 'node:http';
import type { Emulator } from './emulators';

/**
 * A small front for cognito-local. Amplify v6 refreshes tokens only through
 * `GetTokensFromRefreshToken`, which cognito-local does not implement; this front rewrites that call
 * to `InitiateAuth` with REFRESH_TOKEN_AUTH and passes everything else through unchanged
 * (shared/docs/local-stack.md §3a, "Workaround, verified").
 */
export async function startRefreshShim(opts: { port: number; target: string }): Promise<Emulator> {
  const target = new URL(opts.target);
  const server: Server = createServer(async (req, res) => {
    let body = await readAll(req);
    const headers = { ...req.headers };
    const amzTarget = String(req.headers['x-amz-target'] ?? '');
    if (amzTarget.endsWith('.GetTokensFromRefreshToken')) {
      const input = JSON.parse(body.toString('utf8') || '{}') as {
        ClientId?: string;
        RefreshToken?: string;
      };
      headers['x-amz-target'] = 'AWSCognitoIdentityProviderService.InitiateAuth';
      body = Buffer.from(
        JSON.stringify({
          AuthFlow: 'REFRESH_TOKEN_AUTH',
          ClientId: input.ClientId,
          AuthParameters: { REFRESH_TOKEN: input.RefreshToken },
        }),
      );
    }
    headers['content-length'] = String(body.length);
    headers.host = target.host;
    const upstream = request(
      { hostname: target.hostname, port: target.port, method: req.method, path: req.url, headers },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', (err) => {
      res.writeHead(502, { 'Content-Type': 'application/json' });
      res.end(
        JSON.stringify({
          __type: 'BadGateway',
          message: `cognito-local is not answering: ${err.message}`,
        }),
      );
    });
    upstream.end(body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  return {
    name: 'cognito refresh front',
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function readAll(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
