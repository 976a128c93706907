import type { CatalogRefreshRun } from '../../core';
import type { BlobStore } from '../ports/blob-store';
import type { CatalogRefreshLog } from '../ports/catalog-refresh';

/** The latest run as JSON beside the published shards: templates bucket, `catalog/refresh/latest.json`. */
export const REFRESH_LOG_KEY = 'catalog/refresh/latest.json';

export class BlobCatalogRefreshLog implements CatalogRefreshLog {
  constructor(private readonly blobs: BlobStore) {}

  async latest(): Promise<CatalogRefreshRun | null> {
    const stored = await this.blobs.get('templates', REFRESH_LOG_KEY);
    return stored ? (JSON.parse(new TextDecoder().decode(stored.body)) as CatalogRefreshRun) : null;
  }

  async save(run: CatalogRefreshRun): Promise<void> {
    await this.blobs.put(
      'templates',
      REFRESH_LOG_KEY,
      new TextEncoder().encode(JSON.stringify(run)),
      {
        contentType: 'application/json',
      },
    );
  }
}
