import { createServer, request } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Emulator } from './emulators';
import { guarded } from './error-boundary';
import { CognitoRules, CognitoRefusal } from './cognito-rules';

/**
 * The front of cognito-local that the clients and the backend talk to. It passes calls through
 * unchanged, except that it
 * - rewrites `GetTokensFromRefreshToken` (Amplify v6's only refresh call, which cognito-local lacks)
 *   to `InitiateAuth` with REFRESH_TOKEN_AUTH (shared/docs/local-stack.md §3a);
 * - enforces what cognito-local stores but ignores, as Cognito does (cognito-rules.ts): SignUp when
 *   the pool allows only admins to create users, the app client's write attributes
 *   (`custom:role` is not one), and global sign-out (AdminUserGlobalSignOut / GlobalSignOut, which
 *   cognito-local lacks: refresh and access tokens issued before it are refused afterwards);
 * - sits behind one error boundary: a malformed body is a 400, never a crash.
 */
export async function startCognitoFront(opts: {
  port: number;
  target: string;
  /** Where the global sign-outs are kept across restarts (absent: memory only). */
  stateFile?: string;
}): Promise<Emulator> {
  const target = new URL(opts.target);
  const rules = new CognitoRules(opts.target, opts.stateFile);
  const server: Server = createServer(
    guarded('cognito front', async (req, res) => {
      const body = await readAll(req);
      const amzTarget = String(req.headers['x-amz-target'] ?? '');
      const action = amzTarget.split('.').pop() ?? '';
      let forwarded: { body: Buffer; target?: string } = { body };
      if (req.method === 'POST' && action) {
        try {
          const decision = await rules.check(action, body);
          if (decision.answer) return reply(res, 200, decision.answer);
          forwarded = decision.forward ?? forwarded;
        } catch (err) {
          if (err instanceof CognitoRefusal) return reply(res, 400, err.toJson());
          throw err;
        }
      }
      proxy(req, res, target, forwarded.body, forwarded.target);
    }),
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  return {
    name: 'cognito front',
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function proxy(
  req: IncomingMessage,
  res: ServerResponse,
  target: URL,
  body: Buffer,
  amzTarget: string | undefined,
): void {
  const headers = { ...req.headers };
  if (amzTarget) headers['x-amz-target'] = amzTarget;
  headers['content-length'] = String(body.length);
  headers.host = target.host;
  const upstream = request(
    { hostname: target.hostname, port: target.port, method: req.method, path: req.url, headers },
    (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
      up.on('error', () => res.destroy());
    },
  );
  upstream.on('error', (err) => {
    if (res.headersSent) return res.destroy();
    reply(res, 502, {
      __type: 'BadGateway',
      message: `cognito-local is not answering: ${err.message}`,
    });
  });
  upstream.end(body);
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, {
    'Content-Type': 'application/x-amz-json-1.1',
    'Access-Control-Allow-Origin': '*',
  });
  res.end(JSON.stringify(body));
}

async function readAll(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
