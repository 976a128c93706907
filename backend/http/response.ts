import type { APIGatewayProxyResult } from 'aws-lambda';

/** CORS headers as seed §2.2 specifies them (all origins; the headers and methods the clients use). */
export const CORS_HEADERS: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers':
    'Content-Type,Authorization,X-User-Id,X-User-Email,X-User-Role,If-None-Match',
  'Access-Control-Allow-Methods': 'GET,POST,PUT,DELETE,OPTIONS',
  'Access-Control-Expose-Headers': 'ETag,Retry-After,X-Request-Id',
};

export function json(
  statusCode: number,
  body: unknown,
  headers: Record<string, string> = {},
): APIGatewayProxyResult {
  return {
    statusCode,
    headers: { 'Content-Type': 'application/json; charset=utf-8', ...CORS_HEADERS, ...headers },
    body: JSON.stringify(body),
  };
}

export function binary(
  statusCode: number,
  data: Uint8Array,
  contentType: string,
  headers: Record<string, string> = {},
): APIGatewayProxyResult {
  return {
    statusCode,
    headers: { 'Content-Type': contentType, ...CORS_HEADERS, ...headers },
    body: Buffer.from(data).toString('base64'),
    isBase64Encoded: true,
  };
}

export function noContent(headers: Record<string, string> = {}): APIGatewayProxyResult {
  return { statusCode: 204, headers: { ...CORS_HEADERS, ...headers }, body: '' };
}
