import type { ZodType, ZodTypeDef } from 'zod';
import type { Requirements } from '../../core';
import type { AuditContext } from '../ports/audit-log';
import type { ApiRequest, AuthedRequest } from '../http/router';
import { parseJsonBody, validate } from '../http/validate';
import { requirementsSchema } from './schemas/requirements';

/** The validated JSON body of a request (absent body = `{}` so required fields are named). */
export function body<T>(req: ApiRequest, schema: ZodType<T, ZodTypeDef, unknown>): T {
  return validate(schema, parseJsonBody(req.event.body, req.event.isBase64Encoded) ?? {});
}

/** An uploaded requirements document, checked like an inline one (errors name the upload). */
export function checkRequirements(json: unknown, where: string): Requirements {
  return validate(requirementsSchema, json, where);
}

/** The validated query string. */
export function query<T>(req: ApiRequest, schema: ZodType<T, ZodTypeDef, unknown>): T {
  return validate(schema, req.query, 'query string');
}

export function auditContext(req: AuthedRequest): AuditContext {
  return { caller: req.caller, requestId: req.requestId };
}
