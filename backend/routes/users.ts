import { z } from 'zod';
import { regionCode } from './schemas/vocabulary';
import type { UpdateMeRequest } from '../../core';
import { json } from '../http/response';
import type { RouteTable } from '../http/router';
import { parseJsonBody, validate } from '../http/validate';
import { ValidationError } from '../http/errors';
import { getMe } from '../use-cases/users/get-me';
import type { UsersDeps } from '../use-cases/users/get-me';
import { updateMe } from '../use-cases/users/update-me';
import { pricingModelSchema } from './schemas/pricing-model';
import { plainText } from './schemas/text';

const text = (max: number) => plainText(max);

export const updateMeSchema: z.ZodType<UpdateMeRequest, z.ZodTypeDef, unknown> = z
  .object({
    firstName: text(100).optional(),
    lastName: text(100).optional(),
    company: text(200).optional(),
    phone: z
      .string()
      .trim()
      .regex(/^[+0-9 ()-]{0,30}$/, 'must be digits, spaces, +, -, ( ) and at most 30 characters')
      .optional(),
    jobTitle: text(100).optional(),
    preferences: z
      .object({
        defaultRegion: regionCode().optional(),
        currency: z
          .string()
          .regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as USD')
          .optional(),
        pricingModel: pricingModelSchema.optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

/** Fields a user may never set on their own profile, with the reason given back. */
const NOT_SELF_EDITABLE: Record<string, string> = {
  role: 'the role is not self-editable; an admin changes it in the admin console',
  email: 'the email comes from your sign-in account and is changed there',
  status: 'only an admin can disable or enable a user',
  userId: 'the user id cannot change',
};

export function usersRoutes(deps: UsersDeps): RouteTable {
  return {
    'GET /users/me': async (req) =>
      json(200, await getMe(deps, { caller: req.caller, requestId: req.requestId })),
    'PUT /users/me': async (req) => {
      const body = parseJsonBody(req.event.body, req.event.isBase64Encoded);
      if (body && typeof body === 'object') {
        const forbidden = Object.keys(body).filter((k) => k in NOT_SELF_EDITABLE);
        if (forbidden.length) {
          const issues = forbidden.map((k) => ({
            path: `$.${k}`,
            message: NOT_SELF_EDITABLE[k] as string,
          }));
          throw new ValidationError(
            `The request body is invalid: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
            issues,
          );
        }
      }
      const input = validate(updateMeSchema, body ?? {});
      return json(
        200,
        await updateMe(deps, { caller: req.caller, requestId: req.requestId }, input),
      );
    },
  };
}
