import type { CatalogSnapshot } from '../../../core';
import { embeddedSnapshot } from '../../../core/embedded';
import type { CatalogSource } from '../../ports/catalog-source';

/**
 * The catalog committed in the repository (core/embedded). Used until the catalog store
 * (backend/ports/catalog-store.ts, another slice) publishes snapshots to read instead.
 */
export class EmbeddedCatalogSource implements CatalogSource {
  async snapshot(): Promise<CatalogSnapshot> {
    return embeddedSnapshot();
  }
}
