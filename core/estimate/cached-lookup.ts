import type { PriceCatalog } from '../catalog/price-catalog';
import type { PriceLookup, PriceQuery } from '../catalog/price-query';
import { termKey } from '../catalog/price-record';

/**
 * One level of the cache: the next part of a query's path. Keys are the query's own strings
 * (service, region, attribute names and values…), so each level is a hash hit on a short string
 * whose hash V8 has usually cached already — instead of building and hashing one long key text per
 * component, which was the pricing step's hottest line.
 */
interface Node {
  readonly next: Map<string, Node>;
  found?: PriceLookup;
}

interface Cache {
  root: Node;
  size: number;
}

const caches = new WeakMap<PriceCatalog, Cache>();
const MAX_ENTRIES = 50_000;
/** Stands for an absent productFamily / unit: never a Price List value. */
const NONE = '\u0002';

const node = (): Node => ({ next: new Map() });

function child(parent: Node, key: string): Node {
  let n = parent.next.get(key);
  if (n === undefined) {
    n = node();
    parent.next.set(key, n);
  }
  return n;
}

/**
 * `catalog.lookup`, remembered per catalog: a catalog is immutable, and an estimate asks the same
 * query many times (every m7g.large line, every gp3 volume), so the answer is computed once.
 * The path is service, region, productFamily, unit, term, then each attribute name and value in the
 * query's order: two queries with the same attributes in another order get two entries holding the
 * same answer (a resource always writes its attributes in one order).
 */
export function cachedLookup(catalog: PriceCatalog, query: PriceQuery): PriceLookup {
  let cache = caches.get(catalog);
  if (!cache) {
    cache = { root: node(), size: 0 };
    caches.set(catalog, cache);
  }
  let at = child(cache.root, query.service);
  at = child(at, query.region);
  at = child(at, query.productFamily ?? NONE);
  at = child(at, query.unit ?? NONE);
  at = termPath(at, query);
  const attributes = query.attributes;
  for (const name in attributes) at = child(child(at, name), attributes[name] ?? NONE);
  let found = at.found;
  if (found === undefined) {
    found = catalog.lookup(query);
    // Queries come from user input (an unknown instance type is a miss too): keep the memory bounded.
    if (cache.size >= MAX_ENTRIES) {
      cache.root = node();
      cache.size = 0;
      return found;
    }
    at.found = found;
    cache.size += 1;
  }
  return found;
}

/** The term's parts as path levels (its type first, so On-Demand and each commitment never share a branch). */
function termPath(at: Node, query: PriceQuery): Node {
  const term = query.term;
  if (term === undefined || term.type === 'OnDemand') return child(at, 'OnDemand');
  if (term.type === 'Reserved')
    return child(
      child(child(child(at, 'Reserved'), term.leaseContractLength), term.offeringClass),
      term.purchaseOption,
    );
  return child(
    child(child(child(at, 'SavingsPlan'), term.planType), term.leaseContractLength),
    term.purchaseOption,
  );
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
