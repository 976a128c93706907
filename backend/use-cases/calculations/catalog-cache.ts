import type { CatalogSnapshot } from '../../../core';
import { PriceCatalog } from '../../../core';
import type { CatalogSource } from '../../ports/catalog-source';

/**
 * The indexed catalog, built once per container and reused by every request (its lookup indexes
 * warm up with use). Refreshed at most every `ttlMs` so a newly published catalog is picked up.
 */
export class CatalogCache {
  private current: { snapshot: CatalogSnapshot; catalog: PriceCatalog; loadedAt: number } | null =
    null;
  private loading: Promise<void> | null = null;

  constructor(
    private readonly source: CatalogSource,
    private readonly ttlMs = 5 * 60_000,
  ) {}

  async catalog(): Promise<PriceCatalog> {
    return (await this.entry()).catalog;
  }

  async snapshot(): Promise<CatalogSnapshot> {
    return (await this.entry()).snapshot;
  }

  private async entry(): Promise<{ snapshot: CatalogSnapshot; catalog: PriceCatalog }> {
    const fresh = this.current && Date.now() - this.current.loadedAt < this.ttlMs;
    if (!fresh) {
      this.loading ??= this.load().finally(() => (this.loading = null));
      if (!this.current) await this.loading;
    }
    if (!this.current) throw new Error('The price catalog could not be loaded.');
    return this.current;
  }

  private async load(): Promise<void> {
    const snapshot = await this.source.snapshot();
    if (this.current?.snapshot.version === snapshot.version) {
      this.current = { ...this.current, loadedAt: Date.now() };
      return;
    }
    this.current = { snapshot, catalog: new PriceCatalog(snapshot), loadedAt: Date.now() };
  }
}
