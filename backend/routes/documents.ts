import { json } from '../http/response';
import type { RouteTable } from '../http/router';
import type { DocumentsDeps } from '../use-cases/documents/deps';
import {
  documentDownload,
  documentStatus,
  listDocuments,
} from '../use-cases/documents/read-documents';
import { requestDocument } from '../use-cases/documents/request-document';
import { param } from './estimations';
import { auditContext, body, query } from './request';
import { exportDocumentSchema, generateDocumentSchema } from './schemas/documents';
import { pageQuerySchema } from './schemas/estimation';

export function documentsRoutes(deps: DocumentsDeps): RouteTable {
  return {
    'POST /documents/generate': async (req) =>
      json(
        202,
        await requestDocument(
          deps,
          auditContext(req),
          body(req, generateDocumentSchema),
          'document.generate',
        ),
      ),
    'POST /documents/export': async (req) =>
      json(
        202,
        await requestDocument(
          deps,
          auditContext(req),
          body(req, exportDocumentSchema),
          'document.export',
        ),
      ),
    'GET /documents/{id}/status': async (req) =>
      json(200, await documentStatus(deps, req.caller, param(req.params, 'id'))),
    'GET /documents/{id}/download': async (req) =>
      json(200, await documentDownload(deps, req.caller, param(req.params, 'id'))),
    'GET /documents': async (req) => {
      const page = query(req, pageQuerySchema);
      return json(200, await listDocuments(deps, req.caller, page));
    },
  };
}
