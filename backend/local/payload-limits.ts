import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import {
  API_GATEWAY_MAX_REQUEST_BYTES,
  LAMBDA_MAX_REQUEST_BYTES,
  LAMBDA_MAX_RESPONSE_BYTES,
} from '../../core';

/**
 * AWS's payload limits, enforced by the local API adapter where AWS enforces them, so a request
 * or a response that would fail in AWS fails here too (core/api/payload-limits.ts has the
 * figures and their sources):
 *
 * - API Gateway refuses a body over 10 MB before any function runs (413);
 * - Lambda refuses a proxy event over 6,291,456 bytes — the body as API Gateway passes it
 *   (binary bodies base64, a third larger) plus headers and request context (413);
 * - a function result over 6,291,556 bytes fails the invocation, and API Gateway answers 502.
 *
 * The bodies name the limit (AWS's own say only "Request Too Long" / "Internal server error").
 */
const mb = (n: number) => `${(n / 1_048_576).toFixed(1)} MB`;

/** The answer to a body over API_GATEWAY_MAX_REQUEST_BYTES (the adapter stops reading there). */
export function gatewayBodyRefused(): APIGatewayProxyResult {
  return error(
    413,
    'PayloadTooLarge',
    `The request body is more than ${mb(API_GATEWAY_MAX_REQUEST_BYTES)} (API Gateway's limit). Send large workbooks and requirements through POST /excel/upload-url and name them by uploadId.`,
    { maxBytes: API_GATEWAY_MAX_REQUEST_BYTES, limit: 'API Gateway request payload' },
  );
}

export function lambdaEventTooLarge(event: APIGatewayProxyEvent): APIGatewayProxyResult | null {
  const bytes = Buffer.byteLength(JSON.stringify(event), 'utf8');
  if (bytes <= LAMBDA_MAX_REQUEST_BYTES) return null;
  return error(
    413,
    'PayloadTooLarge',
    `The request reaches the function as a ${bytes.toLocaleString('en-US')}-byte event; Lambda accepts at most ${LAMBDA_MAX_REQUEST_BYTES.toLocaleString('en-US')} bytes. Send large workbooks and requirements through POST /excel/upload-url and name them by uploadId.`,
    { sizeBytes: bytes, maxBytes: LAMBDA_MAX_REQUEST_BYTES, limit: 'Lambda invocation payload' },
  );
}

export function lambdaResultTooLarge(result: APIGatewayProxyResult): APIGatewayProxyResult | null {
  const bytes = Buffer.byteLength(JSON.stringify(result), 'utf8');
  if (bytes <= LAMBDA_MAX_RESPONSE_BYTES) return null;
  return error(
    502,
    'BadGateway',
    `The function answered ${bytes.toLocaleString('en-US')} bytes; Lambda returns at most ${LAMBDA_MAX_RESPONSE_BYTES.toLocaleString('en-US')} bytes, so API Gateway answers 502 in AWS. The route must store a large result and answer a download instead.`,
    { sizeBytes: bytes, maxBytes: LAMBDA_MAX_RESPONSE_BYTES, limit: 'Lambda response payload' },
  );
}

function error(
  statusCode: number,
  type: string,
  message: string,
  details: Record<string, unknown>,
): APIGatewayProxyResult {
  return {
    statusCode,
    headers: {},
    body: JSON.stringify({ error: type, message, details, requestId: 'local-adapter' }),
  };
}
