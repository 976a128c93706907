import type { CatalogCoverage, CatalogSnapshot } from '../../../core';
import { catalogCoverage } from '../../../core';
import type { CatalogSource } from '../../ports/catalog-source';

/** One summary per snapshot object: the catalog cache hands out the same one until it reloads. */
const computed = new WeakMap<CatalogSnapshot, CatalogCoverage>();

/**
 * `GET /admin/catalog/coverage`: core's coverage report (the one `npm run catalog:coverage`
 * prints) of the catalog the API prices with — the embedded snapshot overlaid with the published
 * shards — summarised per region and service. Pure computation over the loaded snapshot.
 */
export async function catalogCoverageNow(deps: {
  readonly catalog: CatalogSource;
}): Promise<CatalogCoverage> {
  const snapshot = await deps.catalog.snapshot();
  let summary = computed.get(snapshot);
  if (!summary) {
    summary = catalogCoverage(snapshot);
    computed.set(snapshot, summary);
  }
  return summary;
}
