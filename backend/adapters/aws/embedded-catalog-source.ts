import type { CatalogSnapshot } from '../../../core';
import { embeddedSnapshot } from '../embedded-catalog-files';
import type { CatalogSource } from '../../ports/catalog-source';

/**
 * The catalog committed in the repository (core/catalog/data), read by ../embedded-catalog-files:
 * the index at once, a region's file when an estimate first prices there. The calculations and
 * admin functions layer the catalog store's newer shards over it (LayeredCatalogSource).
 */
export class EmbeddedCatalogSource implements CatalogSource {
  async snapshot(): Promise<CatalogSnapshot> {
    return embeddedSnapshot();
  }
}
