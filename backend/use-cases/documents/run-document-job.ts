import { getSettings } from '../settings/get-settings';
import { logger } from '../../observability/logger';
import { recordDocumentGeneration } from '../../observability/metrics';
import { PermanentDocumentError } from '../../ports/document-generator';
import type { DocumentRecord } from '../../ports/document-store';
import type { DocumentsDeps } from './deps';
import { MAX_ATTEMPTS } from './deps';

export interface RunOptions {
  readonly maxAttempts?: number;
  /** Wait before retry n (1-based); tests pass 0. */
  readonly backoffMs?: (attempt: number) => number;
}

/**
 * The document worker: pending → running → ready (file in S3) or failed (with the reason).
 * Transient failures (storage, throttling) are retried; bad input fails at once.
 */
export async function runDocumentJob(
  deps: Omit<DocumentsDeps, 'dispatcher'>,
  documentId: string,
  options: RunOptions = {},
): Promise<DocumentRecord | null> {
  let job = await deps.documents.get(documentId);
  if (!job || job.status === 'ready' || job.status === 'failed') return job;
  const maxAttempts = options.maxAttempts ?? MAX_ATTEMPTS;
  const backoff = options.backoffMs ?? ((n: number) => 200 * 2 ** (n - 1));
  for (let attempt = job.attempts + 1; attempt <= maxAttempts; attempt++) {
    const started = Date.now();
    job = await deps.documents.update(documentId, {
      status: 'running',
      attempts: attempt,
      updatedAt: now(deps),
    });
    try {
      const ready = await generateOnce(deps, job);
      recordDocumentGeneration(Date.now() - started, job.format, true);
      return ready;
    } catch (err) {
      recordDocumentGeneration(Date.now() - started, job.format, false);
      const message = (err as Error).message;
      const permanent = err instanceof PermanentDocumentError;
      logger.warn('document attempt failed', { documentId, attempt, permanent, error: message });
      if (permanent || attempt === maxAttempts) {
        const reason = permanent ? message : `Failed after ${attempt} attempts: ${message}`;
        return deps.documents.update(documentId, {
          status: 'failed',
          error: reason,
          updatedAt: now(deps),
        });
      }
      await new Promise((r) => setTimeout(r, backoff(attempt)));
    }
  }
  return job;
}

async function generateOnce(
  deps: Omit<DocumentsDeps, 'dispatcher'>,
  job: DocumentRecord,
): Promise<DocumentRecord> {
  const estimation = await deps.estimations.get(job.estimationId);
  if (!estimation) {
    throw new PermanentDocumentError(
      `Estimation ${job.estimationId} was deleted before its document was generated.`,
    );
  }
  const settings = await getSettings(deps);
  const doc = await deps.generator.generate(job.format, estimation, settings, job.locale);
  const s3Key = `documents/${job.userId}/${job.documentId}/${doc.fileName}`;
  await deps.blobs.put('documents', s3Key, doc.body, {
    contentType: doc.contentType,
    metadata: { owner: job.userId, estimation: job.estimationId },
  });
  const warnings = warningsOf(doc);
  return deps.documents.update(job.documentId, {
    status: 'ready',
    fileName: doc.fileName,
    sizeBytes: doc.body.byteLength,
    s3Key,
    error: null,
    ...(warnings.length ? { warnings } : {}),
    updatedAt: now(deps),
  });
}

/** The generator's warnings (what the file leaves out), without empty entries. */
export function warningsOf(doc: object): readonly string[] {
  if (!('warnings' in doc) || !Array.isArray(doc.warnings)) return [];
  return doc.warnings.filter((w): w is string => typeof w === 'string' && w.length > 0);
}

function now(deps: { clock: { now(): Date } }): string {
  return deps.clock.now().toISOString();
}
