import type { APIGatewayProxyEvent } from 'aws-lambda';
import { normalIpAddress } from '../../core';

/**
 * The caller's address: API Gateway's `requestContext.identity.sourceIp` (REST), which the local
 * adapter fills from the socket. Null when the event carries none (never from API Gateway).
 */
export function sourceIp(event: APIGatewayProxyEvent): string | null {
  const ip = (event.requestContext?.identity as { sourceIp?: unknown } | undefined)?.sourceIp;
  return typeof ip === 'string' && ip.trim() !== '' ? normalIpAddress(ip) : null;
}
