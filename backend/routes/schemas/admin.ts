import { z } from 'zod';
import {
  AUDIT_ACTION_NAMES,
  MAX_ADMIN_IP_RANGES,
  ROLES,
  USER_STATUSES,
  allowListIssues,
  allowListLabel,
} from '../../../core';
import { regionCode } from './vocabulary';
import { discountSchema, fxRateSchema, supportPlanSchema } from './requirements';
import { plainText } from './text';

export const adminUserUpdateSchema = z
  .object({
    role: z.enum(ROLES).optional(),
    status: z.enum(USER_STATUSES).optional(),
  })
  .strict()
  .refine((v) => v.role !== undefined || v.status !== undefined, {
    message: 'give role or status (or both)',
  });

export const inviteUserSchema = z
  .object({
    email: z.string().trim().max(200).email('must be an email address such as ana@example.com'),
    firstName: plainText(100, 1),
    lastName: plainText(100, 1),
    role: z.enum(ROLES),
  })
  .strict();

/** `search`: emails starting with it (the user pool's filter is a prefix match). Cognito pages hold at most 60. */
export const adminUsersQuerySchema = z
  .object({
    search: z.string().trim().max(100).optional(),
    limit: z.coerce.number().int().min(1).max(60).default(20),
    cursor: z.string().max(2000).optional(),
  })
  .strict();

/** One of the actions the backend writes (core's AUDIT_ACTIONS); anything else finds nothing, so it is refused. */
const auditAction = z.enum(AUDIT_ACTION_NAMES, {
  errorMap: () => ({
    message: `must be one of the audit actions: ${AUDIT_ACTION_NAMES.join(', ')}`,
  }),
});

const isoTime = z
  .string()
  .datetime({ offset: true, message: 'must be an ISO date-time such as 2026-11-26T09:00:00Z' });

export const auditLogsQuerySchema = z
  .object({
    userId: z.string().trim().min(1).max(100).optional(),
    action: auditAction.optional(),
    from: isoTime.optional(),
    to: isoTime.optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    cursor: z.string().max(2000).optional(),
  })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: 'from must not be after to',
    path: ['from'],
  });

/** `GET /admin/audit-logs/export`: the list's filters (no limit: every row, in parts) and the format. */
export const auditExportQuerySchema = z
  .object({
    format: z.literal('csv', { errorMap: () => ({ message: 'must be csv' }) }),
    userId: z.string().trim().min(1).max(100).optional(),
    action: auditAction.optional(),
    from: isoTime.optional(),
    to: isoTime.optional(),
    cursor: z.string().max(2000).optional(),
  })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: 'from must not be after to',
    path: ['from'],
  });

/** CIDR ranges; each problem is reported at its entry, named by the console's label. */
const adminIpAllowList = z
  .array(z.string().max(100, 'must be at most 100 characters'))
  .superRefine((list, ctx) => {
    for (const issue of allowListIssues(list)) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: [Math.min(issue.index, MAX_ADMIN_IP_RANGES)],
        message: `${allowListLabel(issue.index)}: ${issue.message}`,
      });
    }
  });

const color = z.string().regex(/^#[0-9A-Fa-f]{6}$/, 'must be a colour such as #FF9900');

export const settingsUpdateSchema = z
  .object({
    version: z
      .number({
        required_error: 'is required: send the version you read (0 before the first save)',
      })
      .int()
      .min(0),
    defaultRegion: regionCode().optional(),
    defaultCurrency: z
      .string()
      .regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as USD')
      .optional(),
    discountPresets: z.array(discountSchema).max(50).optional(),
    fxRates: z.array(fxRateSchema).max(50).optional(),
    defaultSupportPlan: supportPlanSchema.optional(),
    adminIpAllowList: adminIpAllowList.optional(),
    branding: z
      .object({
        companyName: plainText(200, 1),
        primaryColor: color,
        accentColor: color,
        footerText: plainText(500),
        disclaimer: plainText(2000),
        logoKey: z
          .string()
          .regex(
            /^templates\/[\w./-]{1,200}$/,
            'must be a key under templates/ in the templates bucket',
          )
          .nullable(),
      })
      .strict()
      .optional(),
  })
  .strict();
