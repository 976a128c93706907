import type { CatalogShard, Requirements, SheetIssue } from '../../core';
import { PriceCatalog, pricingIssues, usesCommitments } from '../../core';

/**
 * Loads one region's catalog (the add-in's `RegionCatalogCache` over `GET /calculations/pricing-data`);
 * with `commitments`, its Reserved and Savings Plans rates too.
 */
export interface RegionCatalogLoader {
  load(region: string, need?: { readonly commitments?: boolean }): Promise<PriceCatalog>;
}

export interface CatalogCheck {
  readonly errors: readonly SheetIssue[];
  readonly warnings: readonly SheetIssue[];
  /** Set when the prices could not be loaded: the check was not made (said, never silent). */
  readonly skipped?: string;
}

/**
 * Validate's second half: price the requirements against the catalog of every region they name
 * and put each gap on its cell — a product AWS does not offer there is an error, a price the
 * catalog lacks is a warning that the line will show "not priced".
 */
export async function checkAgainstCatalog(
  requirements: Requirements,
  catalogs: RegionCatalogLoader,
): Promise<CatalogCheck> {
  const regions = new Set([
    requirements.settings.region,
    ...requirements.items.flatMap((i) => (i.region ? [i.region] : [])),
  ]);
  let loaded: PriceCatalog[];
  try {
    // Reserved and Savings Plans rates are downloaded only when the requirements use such a term.
    const need = { commitments: usesCommitments(requirements) };
    loaded = await Promise.all([...regions].map((r) => catalogs.load(r, need)));
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
    return { errors: [], warnings: [], skipped: `the catalog could not be loaded (${reason})` };
  }
  const shards = new Map<string, CatalogShard>();
  for (const c of loaded) for (const s of c.allShards()) shards.set(`${s.service}|${s.region}`, s);
  const merged = new PriceCatalog({
    version: loaded[0]?.version ?? 'unknown',
    createdAt: new Date().toISOString(),
    shards: [...shards.values()],
  });
  return pricingIssues(requirements, merged);
}
