import { z } from 'zod';
import { LOGO_CONTENT_TYPES, type AuditLogPage } from '../../core';
import { base64String } from './schemas/base64';
import { plainText } from './schemas/text';
import { CORS_HEADERS, json } from '../http/response';
import type { RouteTable } from '../http/router';
import { adminMetrics } from '../use-cases/admin/admin-metrics';
import { auditCsvPart } from '../use-cases/admin/audit-csv';
import { auditRows } from '../use-cases/admin/audit-rows';
import type { AdminDeps } from '../use-cases/admin/deps';
import { inviteUser } from '../use-cases/admin/invite-user';
import { listUsers } from '../use-cases/admin/list-users';
import { updateUser } from '../use-cases/admin/update-user';
import { catalogCoverageNow } from '../use-cases/catalog/catalog-coverage';
import {
  catalogRefreshStatus,
  requestCatalogRefresh,
} from '../use-cases/catalog/request-catalog-refresh';
import { adminCaller } from '../use-cases/admin/admin-caller';
import { sourceIp } from '../http/source-ip';
import { getSettings } from '../use-cases/settings/get-settings';
import { updateSettings } from '../use-cases/settings/update-settings';
import { uploadLogo } from '../use-cases/settings/upload-logo';
import { param } from './estimations';
import { auditContext, body, query } from './request';
import { noQuery } from './schemas/estimation';
import {
  adminUserUpdateSchema,
  adminUsersQuerySchema,
  auditExportQuerySchema,
  auditLogsQuerySchema,
  inviteUserSchema,
  settingsUpdateSchema,
} from './schemas/admin';

/** POST /admin/branding/logo: a PNG or JPEG (≤ 1 MB, checked after decoding) as base64 JSON. */
const logoSchema = z
  .object({
    fileName: plainText(200, 1).refine(
      (v) => /\.(png|jpe?g)$/i.test(v),
      'must end in .png, .jpg or .jpeg',
    ),
    contentType: z.enum(LOGO_CONTENT_TYPES),
    contentBase64: base64String('must hold the image, base64-encoded'),
  })
  .strict();

/** POST /admin/catalog/refresh: nothing to choose (source, services, regions are the deployment's). */
const refreshRequestSchema = z.object({}).strict();

/** Admin-only routes (the router refuses other roles with 403 before these run). */
export function adminRoutes(deps: AdminDeps): RouteTable {
  return {
    'GET /admin/users': async (req) => {
      const q = query(req, adminUsersQuerySchema);
      return json(200, await listUsers(deps, q));
    },
    'POST /admin/users': async (req) =>
      json(201, await inviteUser(deps, auditContext(req), body(req, inviteUserSchema))),
    'PUT /admin/users/{userId}': async (req) =>
      json(
        200,
        await updateUser(
          deps,
          auditContext(req),
          param(req.params, 'userId'),
          body(req, adminUserUpdateSchema),
        ),
      ),
    'GET /admin/audit-logs': async (req) => {
      const q = query(req, auditLogsQuerySchema);
      const page = await deps.auditReader.query(q);
      const body: AuditLogPage = {
        items: await auditRows(deps, page.items),
        nextCursor: page.nextCursor,
        ...(page.searchedBackTo ? { searchedBackTo: page.searchedBackTo } : {}),
      };
      return json(200, body);
    },
    'GET /admin/audit-logs/export': async (req) => {
      const { format: _csv, ...filters } = query(req, auditExportQuerySchema);
      const part = await auditCsvPart(
        deps.auditReader,
        (entries) => auditRows(deps, entries),
        filters,
      );
      return {
        statusCode: 200,
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': 'attachment; filename="audit-log.csv"',
          'X-Row-Count': String(part.rows),
          ...(part.nextCursor ? { 'X-Next-Cursor': part.nextCursor } : {}),
          ...CORS_HEADERS,
        },
        body: part.csv,
      };
    },
    'GET /admin/metrics': async (req) => {
      query(req, noQuery);
      return json(200, await adminMetrics(deps));
    },
    'GET /admin/catalog/coverage': async (req) => {
      query(req, noQuery);
      return json(200, await catalogCoverageNow(deps));
    },
    'GET /admin/catalog/refresh': async (req) => {
      query(req, noQuery);
      return json(200, await catalogRefreshStatus(deps));
    },
    'POST /admin/catalog/refresh': async (req) => {
      query(req, noQuery);
      body(req, refreshRequestSchema);
      return json(202, await requestCatalogRefresh(deps, auditContext(req)));
    },
    'GET /admin/settings': async (req) => {
      query(req, noQuery);
      return json(200, await getSettings(deps));
    },
    'PUT /admin/settings': async (req) =>
      json(
        200,
        await updateSettings(
          deps,
          auditContext(req),
          body(req, settingsUpdateSchema),
          sourceIp(req.event),
        ),
      ),
    'GET /admin/whoami': async (req) => {
      query(req, noQuery);
      return json(200, await adminCaller(deps, req.caller, sourceIp(req.event)));
    },
    'POST /admin/branding/logo': async (req) =>
      json(200, await uploadLogo(deps, auditContext(req), body(req, logoSchema))),
  };
}
