import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';

/** CORS headers as seed §2.2 specifies them (all origins; the headers and methods the clients use). */
export const CORS_HEADERS: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers':
    'Content-Type,Authorization,X-User-Id,X-User-Email,X-User-Role,If-None-Match',
  'Access-Control-Allow-Methods': 'GET,POST,PUT,DELETE,OPTIONS',
  'Access-Control-Expose-Headers':
    'ETag,Retry-After,X-Request-Id,X-Next-Cursor,X-Row-Count,Content-Disposition',
};

export const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * Security headers on every API response: nosniff; `Cache-Control: no-store` unless the route
 * chose its own caching (the public template, the shared pricing data); HSTS when the request
 * came through API Gateway (https) rather than the local adapter (plain http on loopback).
 */
export function withApiSecurityHeaders(
  result: APIGatewayProxyResult,
  event: Pick<APIGatewayProxyEvent, 'requestContext'> | null,
): APIGatewayProxyResult {
  const headers: Record<string, string | number | boolean> = { ...result.headers };
  const has = (name: string) => Object.keys(headers).some((k) => k.toLowerCase() === name);
  headers['X-Content-Type-Options'] = 'nosniff';
  if (!has('cache-control')) headers['Cache-Control'] = 'no-store';
  if (event?.requestContext && event.requestContext.apiId !== 'local') {
    headers['Strict-Transport-Security'] = HSTS;
  }
  return { ...result, headers };
}

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
