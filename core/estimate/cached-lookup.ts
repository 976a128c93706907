import type { PriceCatalog } from '../catalog/price-catalog';
import type { PriceLookup, PriceQuery } from '../catalog/price-query';
import { termKey } from '../catalog/price-record';

const caches = new WeakMap<PriceCatalog, Map<string, PriceLookup>>();
const MAX_ENTRIES = 50_000;

/**
 * `catalog.lookup`, remembered per catalog: a catalog is immutable, and an estimate asks the same
 * query many times (every m7g.large line, every gp3 volume), so the answer is computed once.
 */
export function cachedLookup(catalog: PriceCatalog, query: PriceQuery): PriceLookup {
  let cache = caches.get(catalog);
  if (!cache) {
    cache = new Map();
    caches.set(catalog, cache);
  }
  const key = queryKey(query);
  let found = cache.get(key);
  if (!found) {
    found = catalog.lookup(query);
    // Queries come from user input (an unknown instance type is a miss too): keep the memory bounded.
    if (cache.size >= MAX_ENTRIES) cache.clear();
    cache.set(key, found);
  }
  return found;
}

/** A stable text key: attribute order does not matter (names are sorted, as the catalog does). */
export function queryKey(query: PriceQuery): string {
  // Control characters as separators: they never occur in Price List names or values.
  let key = `${query.service}\u0001${query.region}\u0001${query.productFamily ?? '\u0002'}\u0001${query.unit ?? '\u0002'}\u0001${query.term ? termKey(query.term) : 'OnDemand'}`;
  const names = Object.keys(query.attributes);
  if (names.length > 1) names.sort();
  for (const name of names) key += `\u0001${name}\u0002${query.attributes[name]}`;
  return key;
}
