import type { PriceCatalog } from '../../core';
import type { PricingDataResult } from '../api/api-client';
import { decodePricingData } from './shard-decoder';

export type PricingDataSource = (region: string, etag: string | null) => Promise<PricingDataResult>;

interface Entry {
  readonly catalog: PriceCatalog;
  readonly etag: string | null;
  checkedAt: number;
}

/**
 * A region's catalog, loaded once and shared by every cell and by the task pane.
 * - concurrent loads of one region are coalesced into one request;
 * - after `maxAgeMs` (the API's `Cache-Control: max-age=300`) the next use revalidates with
 *   `If-None-Match`; a 304 keeps the decoded catalog, so nothing is re-decoded or re-indexed;
 * - when revalidation fails (offline), the cached catalog keeps serving: stale prices beat #N/A.
 */
export class RegionCatalogCache {
  private readonly entries = new Map<string, Entry>();
  private readonly inflight = new Map<string, Promise<PriceCatalog>>();
  /** Number of requests sent, for tests and the benchmark. */
  requests = 0;

  constructor(
    private readonly source: PricingDataSource,
    private readonly maxAgeMs = 300_000,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** The catalog if it is already in memory (no I/O), else undefined. */
  peek(region: string): PriceCatalog | undefined {
    return this.entries.get(region)?.catalog;
  }

  load(region: string): Promise<PriceCatalog> {
    const entry = this.entries.get(region);
    if (entry && this.now() - entry.checkedAt < this.maxAgeMs)
      return Promise.resolve(entry.catalog);
    const running = this.inflight.get(region);
    if (running) return running;
    const loading = this.fetch(region, entry).finally(() => this.inflight.delete(region));
    this.inflight.set(region, loading);
    return loading;
  }

  clear(): void {
    this.entries.clear();
  }

  private async fetch(region: string, entry: Entry | undefined): Promise<PriceCatalog> {
    this.requests++;
    let result: PricingDataResult;
    try {
      result = await this.source(region, entry?.etag ?? null);
    } catch (error) {
      if (entry) {
        entry.checkedAt = this.now();
        return entry.catalog;
      }
      throw error;
    }
    if (result.status === 'not-modified') {
      if (!entry)
        throw new Error(
          `The API answered 304 for ${region} but no catalog is cached; reload the add-in.`,
        );
      entry.checkedAt = this.now();
      return entry.catalog;
    }
    const catalog = decodePricingData(region, result.body);
    this.entries.set(region, { catalog, etag: result.etag, checkedAt: this.now() });
    return catalog;
  }
}
