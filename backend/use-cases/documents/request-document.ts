import type { DocumentFormat, DocumentJob } from '../../../core';
import type { AuditContext } from '../../ports/audit-log';
import { auditRecord } from '../shared/audit-record';
import type { DocumentRecord } from '../../ports/document-store';
import { readableRecord } from '../estimations/access';
import { toJob } from './access';
import type { DocumentsDeps } from './deps';

/**
 * POST /documents/generate and /documents/export: record a pending job (audited, one
 * transaction), hand it to the worker and answer at once; the client polls the status.
 */
export async function requestDocument(
  deps: DocumentsDeps,
  ctx: AuditContext,
  input: { estimationId: string; format: DocumentFormat; locale?: string },
  action: 'document.generate' | 'document.export',
): Promise<DocumentJob> {
  const estimation = await readableRecord(deps.estimations, ctx.caller, input.estimationId);
  const now = deps.clock.now().toISOString();
  const job: DocumentRecord = {
    documentId: deps.ids.next(),
    estimationId: estimation.estimationId,
    userId: ctx.caller.userId,
    format: input.format,
    status: 'pending',
    fileName: null,
    sizeBytes: null,
    error: null,
    attempts: 0,
    createdAt: now,
    updatedAt: now,
    s3Key: null,
    locale: input.locale ?? null,
  };
  const audit = auditRecord(
    ctx,
    deps,
    action,
    { type: 'document', id: job.documentId },
    {
      estimationId: [null, estimation.estimationId],
      format: [null, input.format],
    },
  );
  await deps.documents.create(job, audit);
  await deps.dispatcher.dispatch(job.documentId);
  return toJob(job);
}
