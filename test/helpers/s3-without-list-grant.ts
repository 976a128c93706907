import { createServer, request } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { listenEphemeral } from './listen';

/** S3's answer to a caller it will not tell whether a key exists. */
const ACCESS_DENIED =
  '<?xml version="1.0" encoding="UTF-8"?>\n' +
  '<Error><Code>AccessDenied</Code><Message>Access Denied</Message>' +
  '<RequestId>LOCALNOLISTGRANT</RequestId><HostId>local</HostId></Error>';

/**
 * An HTTP front for the local S3 that answers as S3 answers a role without s3:ListBucket on the
 * prefix: a GET or HEAD of a key that does not exist (s3rver's 404 NoSuchKey) becomes 403
 * AccessDenied; everything else passes through unchanged. Requests are forwarded byte for byte
 * (Host included), so their signatures still match at s3rver.
 */
export async function s3WithoutListGrant(
  target: string,
): Promise<{ url: string; close(): Promise<void> }> {
  const upstream = new URL(target);
  const server = createServer((req, res) => {
    const forward = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: req.headers,
      },
      (answer) => void relay(req, answer, res),
    );
    forward.on('error', (err) => {
      res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(String(err));
    });
    req.pipe(forward);
  });
  return listenEphemeral(server);
}

async function relay(req: IncomingMessage, answer: IncomingMessage, res: ServerResponse) {
  const read = req.method === 'GET' || req.method === 'HEAD';
  if (!read || answer.statusCode !== 404) {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
    return;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of answer) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks).toString();
  // HEAD has no body to tell NoSuchKey from NoSuchBucket; the tests name existing buckets.
  if (req.method === 'GET' && !body.includes('<Code>NoSuchKey</Code>')) {
    res.writeHead(404, answer.headers);
    res.end(body);
    return;
  }
  res.writeHead(403, {
    'content-type': 'application/xml',
    'content-length': req.method === 'HEAD' ? 0 : Buffer.byteLength(ACCESS_DENIED),
  });
  res.end(req.method === 'HEAD' ? undefined : ACCESS_DENIED);
}
