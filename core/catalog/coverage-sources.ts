import type { CatalogSnapshot } from './catalog-shard';

/**
 * Where a catalog's prices come from, grouped so a person can read it: a local file's folder
 * (`price-data/aws-pricing-page-feeds/ec2`), a web page's site and first two path segments
 * (`https://github.com/owner/repo`), and the records without a source of their own (the AWS Price
 * List imports, dated by their effective date).
 */
export interface SourceGroup {
  readonly source: string;
  /** Distinct references (files or pages) in the group. */
  readonly references: number;
  readonly records: number;
  /** Oldest and newest price date (`source.asOf`, else `effectiveDate`), `YYYY-MM[-DD]`. */
  readonly oldest: string;
  readonly newest: string;
}

export const PRICE_LIST_GROUP = 'AWS Price List (records without a source of their own)';

export function sourceGroupOf(reference: string | undefined): string {
  if (!reference) return PRICE_LIST_GROUP;
  const url = /^(https?:\/\/[^/]+)((?:\/[^/]+){0,2})/.exec(reference);
  if (url) return `${url[1]}${url[2]}`;
  const slash = reference.lastIndexOf('/');
  return slash > 0 ? reference.slice(0, slash) : reference;
}

/** Every record counted once, in its group; groups by most records first. */
export function sourceGroups(snapshot: CatalogSnapshot): SourceGroup[] {
  const groups = new Map<
    string,
    { references: Set<string>; records: number; oldest: string; newest: string }
  >();
  for (const shard of snapshot.shards) {
    for (const r of shard.records) {
      const key = sourceGroupOf(r.source?.reference);
      const date = r.source?.asOf ?? r.effectiveDate.slice(0, 10);
      const g = groups.get(key) ?? {
        references: new Set(),
        records: 0,
        oldest: date,
        newest: date,
      };
      if (r.source) g.references.add(r.source.reference);
      g.records += 1;
      if (date < g.oldest) g.oldest = date;
      if (date > g.newest) g.newest = date;
      groups.set(key, g);
    }
  }
  return [...groups]
    .map(([source, g]) => ({
      source,
      references: g.references.size,
      records: g.records,
      oldest: g.oldest,
      newest: g.newest,
    }))
    .sort((a, b) => b.records - a.records || (a.source < b.source ? -1 : 1));
}
