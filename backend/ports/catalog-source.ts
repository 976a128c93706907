import type { CatalogSnapshot } from '../../core';

/** Where the calculations get their prices: the embedded snapshot, or the latest published catalog. */
export interface CatalogSource {
  snapshot(): Promise<CatalogSnapshot>;
}
