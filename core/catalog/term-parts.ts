/**
 * Records by term part (DECISIONS 95): what the embedded catalog keeps in a region's two files and
 * what a query reads of a shard.
 */
import type { CatalogShard } from './catalog-shard';
import type { PriceRecord, Term } from './price-record';

/**
 * The two parts of a shard's records by term: `on-demand` (On-Demand, and every record that is not
 * a commitment) and `commitments` (Reserved, incl. RI upfront fees, and Savings Plans). The
 * embedded catalog keeps each part of a region in its own file, so an estimate that asks for no
 * commitment never reads the commitments file (DECISIONS 95).
 */
export const TERM_PARTS = ['on-demand', 'commitments'] as const;
export type TermPart = (typeof TERM_PARTS)[number];

/** The part of the shard a record of `term` belongs to. */
export function termPart(term: Term): TermPart {
  return term.type === 'Reserved' || term.type === 'SavingsPlan' ? 'commitments' : 'on-demand';
}

/** The records of `shard` whose term falls in `part`, reading no more than that part if it can. */
export function shardPartRecords(shard: CatalogShard, part: TermPart): readonly PriceRecord[] {
  if (shard.partRecords) return shard.partRecords(part);
  return shard.records.filter((r) => termPart(r.term) === part);
}

/**
 * A region's shards split by term part, as the embedded catalog's two files hold them: `onDemand`
 * every shard with its non-commitment records, `commitments` the shards that have Reserved or
 * Savings Plans records, with those only (empty when none has; the region then has one file).
 */
export function splitRegionShards(shards: readonly CatalogShard[]): {
  readonly onDemand: readonly CatalogShard[];
  readonly commitments: readonly CatalogShard[];
} {
  const part = (s: CatalogShard, p: TermPart): CatalogShard => ({
    service: s.service,
    region: s.region,
    version: s.version,
    publishedAt: s.publishedAt,
    source: s.source,
    records: shardPartRecords(s, p),
  });
  const commitments = shards.map((s) => part(s, 'commitments')).filter((s) => s.records.length);
  return {
    onDemand: commitments.length ? shards.map((s) => part(s, 'on-demand')) : shards,
    commitments,
  };
}
