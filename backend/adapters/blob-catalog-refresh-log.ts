import type { CatalogRefreshRun } from '../../core';
import type { BlobStore } from '../ports/blob-store';
import type { CatalogRefreshLog } from '../ports/catalog-refresh';
import { CorruptRefreshLogError } from '../ports/catalog-refresh';

/** The latest run as JSON beside the published shards: templates bucket, `catalog/refresh/latest.json`. */
export const REFRESH_LOG_KEY = 'catalog/refresh/latest.json';
const BUCKET = 'templates';

/**
 * One JSON object, replaced by each run. S3 replaces an object atomically, so a reader sees the
 * previous run or the new one (the local S3 does too: backend/local/atomic-s3-store.ts); a log
 * that does not parse, or is not a run, is reported naming its key, never read as "no run yet".
 */
export class BlobCatalogRefreshLog implements CatalogRefreshLog {
  /** `key`: another key than the deployed one (tests that must not share the real log). */
  constructor(
    private readonly blobs: BlobStore,
    private readonly key: string = REFRESH_LOG_KEY,
  ) {}

  async latest(): Promise<CatalogRefreshRun | null> {
    const stored = await this.blobs.get(BUCKET, this.key);
    if (!stored) return null;
    const where = `${BUCKET}/${this.key}`;
    let parsed: unknown;
    try {
      parsed = JSON.parse(new TextDecoder().decode(stored.body));
    } catch (err) {
      throw new CorruptRefreshLogError(
        where,
        `its ${stored.body.length} bytes are not JSON (${(err as Error).message})`,
      );
    }
    const problem = notARun(parsed);
    if (problem) throw new CorruptRefreshLogError(where, problem);
    return parsed as CatalogRefreshRun;
  }

  async save(run: CatalogRefreshRun): Promise<void> {
    await this.blobs.put(BUCKET, this.key, new TextEncoder().encode(JSON.stringify(run)), {
      contentType: 'application/json',
    });
  }
}

const OUTCOMES: readonly string[] = ['running', 'accepted', 'refused', 'failed'];

/** What makes `value` not a run record (the fields the status page and the use cases read). */
function notARun(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return 'it is JSON but not an object';
  const run = value as Record<string, unknown>;
  for (const field of ['runId', 'requestedBy', 'startedAt', 'source'])
    if (typeof run[field] !== 'string') return `$.${field} is not a string`;
  if (!OUTCOMES.includes(run.outcome as string))
    return `$.outcome is ${JSON.stringify(run.outcome)}, not one of ${OUTCOMES.join(', ')}`;
  for (const field of ['problems', 'services', 'regions'])
    if (!Array.isArray(run[field])) return `$.${field} is not a list`;
  return null;
}
