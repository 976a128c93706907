import { gzipSync } from 'node:zlib';
import type { Page } from '../../../core';
import { ESTIMATION_PARTS } from '../../../core';
import type { Clock } from '../../ports/clock';
import type { BlobStore } from '../../ports/blob-store';
import type { EstimationStore } from '../../ports/estimation-store';
import type { UserStore } from '../../ports/user-store';

export interface BackupDeps {
  readonly estimations: EstimationStore;
  readonly users: UserStore;
  readonly blobs: BlobStore;
  readonly clock: Clock;
  /** Key prefix in the documents bucket (seed §2.4: backups/estimations/, backups/user-data/). */
  readonly prefix: string;
}

export interface BackupResult {
  readonly estimations: { key: string; count: number };
  /** The estimations' large parts, copied as stored (gzip JSON) under `estimations/<stamp>/`. */
  readonly parts: { prefix: string; count: number };
  readonly users: { key: string; count: number };
}

/**
 * The nightly export: every estimation's index record and every user profile as gzip'd JSON
 * Lines (one record per line, so a restore or an audit can stream them), keyed by the export's
 * date and time; each estimation's parts are copied beside them under the key the record names,
 * one estimation at a time (memory stays bounded however large the estates are).
 */
export async function exportBackup(deps: BackupDeps): Promise<BackupResult> {
  const stamp = deps.clock.now().toISOString().replace(/[:.]/g, '-');
  const estimations = await collect((cursor) => deps.estimations.scanAll({ cursor, limit: 100 }));
  const partsPrefix = `${deps.prefix}estimations/${stamp}/`;
  let parts = 0;
  for (const record of estimations) {
    for (const part of ESTIMATION_PARTS) {
      const stored = record.parts[part];
      const encoded = await deps.estimations.readPart(record, part);
      if (!stored || !encoded) continue;
      await deps.blobs.put('documents', `${partsPrefix}${stored.key}`, encoded.gzip, {
        contentType: 'application/json',
        contentEncoding: 'gzip',
      });
      parts++;
    }
  }
  const users = await collect((cursor) => deps.users.list({ cursor, limit: 100 }));
  const put = async (folder: string, rows: readonly unknown[]) => {
    const key = `${deps.prefix}${folder}/${stamp}.jsonl.gz`;
    const body = gzipSync(
      rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : ''),
    );
    await deps.blobs.put('documents', key, body, {
      contentType: 'application/gzip',
      metadata: { records: String(rows.length) },
    });
    return { key, count: rows.length };
  };
  return {
    estimations: await put('estimations', estimations),
    parts: { prefix: partsPrefix, count: parts },
    users: await put('user-data', users),
  };
}

async function collect<T>(page: (cursor: string | undefined) => Promise<Page<T>>): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | undefined;
  do {
    const p = await page(cursor);
    out.push(...p.items);
    cursor = p.nextCursor ?? undefined;
  } while (cursor);
  return out;
}
