import type { APIGatewayProxyResult } from 'aws-lambda';
import { ResourceInputError, RulesInputError } from '../../core';
import { logger } from '../observability/logger';
import { ExpiredCursorError, InvalidCursorError } from '../ports/paging';
import { asServiceUnavailable } from './dependency-errors';
import { CursorExpiredError, HttpError, ValidationError } from './errors';
import { json } from './response';

/**
 * The one error mapper: typed errors keep their status; a failed dependency is a 503 with
 * Retry-After; anything else is a 500 without internals.
 */
export function errorResponse(error: unknown, requestId: string): APIGatewayProxyResult {
  const err = asServiceUnavailable(fromInputError(error));
  if (err instanceof HttpError) {
    if (err.statusCode >= 500) logger.error('request failed', { requestId, err, cause: err.cause });
    else logger.info('request rejected', { requestId, status: err.statusCode, error: err.message });
    return json(
      err.statusCode,
      { error: err.errorType, message: err.message, details: err.details ?? null, requestId },
      { ...err.headers, 'X-Request-Id': requestId },
    );
  }
  logger.error('unhandled error', { requestId, err: err as Error });
  return json(
    500,
    {
      error: 'InternalError',
      message: `Something went wrong on our side. Quote request id ${requestId} when reporting it.`,
      details: null,
      requestId,
    },
    { 'X-Request-Id': requestId },
  );
}

/**
 * The caller's mistakes that surface below the routes: the engine's input errors (a requirement
 * or setting it cannot price) and a cursor the API did not issue — a 400 naming the JSON path or
 * the query parameter, never a 500. A cursor it issued before the listing changed how it pages is
 * a 400 of its own code, on which the client starts the listing again.
 */
function fromInputError(err: unknown): unknown {
  if (err instanceof ResourceInputError) {
    return new ValidationError(err.message, [
      { path: `$.requirements.items[id=${err.itemId}].${err.field}`, message: err.message },
    ]);
  }
  if (err instanceof RulesInputError) {
    return new ValidationError(err.message, [
      { path: `$.requirements.settings.${err.field}`, message: err.message },
    ]);
  }
  if (err instanceof ExpiredCursorError) {
    return new CursorExpiredError(err.message, [
      { path: `$.${err.parameter}`, message: err.message },
    ]);
  }
  if (err instanceof InvalidCursorError) {
    return new ValidationError(err.message, [{ path: `$.${err.parameter}`, message: err.message }]);
  }
  return err;
}
