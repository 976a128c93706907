import type { CatalogOutline, CatalogOutlineSource } from '../../ports/catalog-outline';

/**
 * The catalog outline, read at most every `ttlMs` per container (like the calculations' catalog
 * cache: a newly published shard shows within that time); concurrent reads share one load, and a
 * failed load is not kept.
 */
export class CachedCatalogOutline implements CatalogOutlineSource {
  private current: { outline: CatalogOutline; loadedAt: number } | null = null;
  private loading: Promise<CatalogOutline> | null = null;

  constructor(
    private readonly source: CatalogOutlineSource,
    private readonly ttlMs = 5 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  async outline(): Promise<CatalogOutline> {
    if (this.current && this.now() - this.current.loadedAt < this.ttlMs)
      return this.current.outline;
    this.loading ??= this.source
      .outline()
      .then((outline) => {
        this.current = { outline, loadedAt: this.now() };
        return outline;
      })
      .finally(() => (this.loading = null));
    return this.loading;
  }
}
