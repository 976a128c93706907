import type { CatalogShard, CatalogSnapshot } from './catalog-shard';

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

/**
 * A source group's figures over some shards (one region's, in the admin API's precomputed
 * coverage), with the references themselves, so that tallies of different regions combine into
 * `SourceGroup`s counting each reference once.
 */
export interface SourceTally {
  readonly source: string;
  /** Distinct, sorted. */
  readonly references: readonly string[];
  readonly records: number;
  readonly oldest: string;
  readonly newest: string;
}

interface Tally {
  references: Set<string>;
  records: number;
  oldest: string;
  newest: string;
}

function add(groups: Map<string, Tally>, key: string, t: SourceTally): void {
  const g = groups.get(key);
  if (!g) {
    groups.set(key, { ...t, references: new Set(t.references) });
    return;
  }
  for (const r of t.references) g.references.add(r);
  g.records += t.records;
  if (t.oldest < g.oldest) g.oldest = t.oldest;
  if (t.newest > g.newest) g.newest = t.newest;
}

/** Every record of `shards` counted once, in its group; groups in source order. */
export function sourceTallies(shards: readonly CatalogShard[]): SourceTally[] {
  const groups = new Map<string, Tally>();
  for (const shard of shards) {
    for (const r of shard.records) {
      const date = r.source?.asOf ?? r.effectiveDate.slice(0, 10);
      const references = r.source ? [r.source.reference] : [];
      add(groups, sourceGroupOf(r.source?.reference), {
        source: '',
        references,
        records: 1,
        oldest: date,
        newest: date,
      });
    }
  }
  return [...groups]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([source, g]) => ({ ...g, source, references: [...g.references].sort() }));
}

/**
 * Tallies of one region's shards as that region's tallies (what `sourceTallies` gives for all of
 * its shards at once): a group's references joined, records added, dates widened; groups in
 * source order.
 */
export function joinSourceTallies(tallies: Iterable<SourceTally>): SourceTally[] {
  const groups = new Map<string, Tally>();
  for (const t of tallies) add(groups, t.source, t);
  return [...groups]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([source, g]) => ({ ...g, source, references: [...g.references].sort() }));
}

/** Tallies (of one or many regions) as groups, each reference counted once; most records first. */
export function mergeSourceTallies(tallies: Iterable<SourceTally>): SourceGroup[] {
  const groups = new Map<string, Tally>();
  for (const t of tallies) add(groups, t.source, t);
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

/** Every record counted once, in its group; groups by most records first. */
export function sourceGroups(snapshot: CatalogSnapshot): SourceGroup[] {
  return mergeSourceTallies(sourceTallies(snapshot.shards));
}
