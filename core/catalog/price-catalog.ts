import type { CatalogShard, CatalogSnapshot } from './catalog-shard';
import { shardPartRecords, termPart } from './term-parts';
import type { PriceLookup, PriceQuery } from './price-query';
import type { PriceRecord } from './price-record';
import { ON_DEMAND, termKey } from './price-record';

type ValueIndex = Map<string, PriceRecord[]>;

/**
 * The price catalog: shards in memory with indexes built once per query shape, so a lookup is
 * a hash hit, not a scan. Immutable after construction.
 */
export class PriceCatalog {
  readonly version: string;
  private readonly shards = new Map<string, CatalogShard>();
  /** query shape (service|region|family|term|unit|attribute names) -> attribute values -> records */
  private readonly indexes = new Map<string, ValueIndex>();

  constructor(snapshot: CatalogSnapshot) {
    this.version = snapshot.version;
    for (const shard of snapshot.shards) {
      const key = shardKey(shard.service, shard.region);
      const existing = this.shards.get(key);
      if (existing) {
        throw new Error(
          `Catalog ${snapshot.version} has two shards for ${shard.service} in ${shard.region} ` +
            `(versions ${existing.version} and ${shard.version}); merge them before publishing.`,
        );
      }
      this.shards.set(key, shard);
    }
  }

  /** The shard of one service in one region, or undefined when the catalog has none. */
  shard(service: string, region: string): CatalogShard | undefined {
    return this.shards.get(shardKey(service, region));
  }

  /** Every shard, in insertion order. */
  allShards(): readonly CatalogShard[] {
    return [...this.shards.values()];
  }

  regions(): string[] {
    return [...new Set([...this.shards.values()].map((s) => s.region))].sort();
  }

  /** Resolve a query to exactly one record per tier, or say why it cannot. */
  lookup(query: PriceQuery): PriceLookup {
    const attributeNames = Object.keys(query.attributes).sort();
    const index = this.index(query, attributeNames);
    const matches = index.get(valueKey(attributeNames.map((n) => query.attributes[n] ?? ''))) ?? [];
    if (matches.length === 0) return { status: 'missing', query };
    const seen = new Set<string>();
    for (const record of matches) {
      if (seen.has(record.beginRange)) return { status: 'ambiguous', query, records: matches };
      seen.add(record.beginRange);
    }
    return { status: 'found', records: matches };
  }

  private index(query: PriceQuery, attributeNames: readonly string[]): ValueIndex {
    const queryTerm = query.term ?? ON_DEMAND;
    const term = termKey(queryTerm);
    const shape = [
      query.service,
      query.region,
      query.productFamily ?? '*',
      term,
      query.unit ?? '*',
      attributeNames.join(','),
    ].join('|');
    let index = this.indexes.get(shape);
    if (index) return index;
    index = new Map();
    const shard = this.shard(query.service, query.region);
    // Only the records of the query's term part: an On-Demand query never reads the commitments.
    const records = shard ? shardPartRecords(shard, termPart(queryTerm)) : [];
    for (const record of records) {
      if (query.productFamily !== undefined && record.productFamily !== query.productFamily)
        continue;
      if (query.unit !== undefined && record.unit !== query.unit) continue;
      if (termKey(record.term) !== term) continue;
      const key = valueKey(attributeNames.map((n) => record.attributes[n] ?? ''));
      const bucket = index.get(key);
      if (bucket) bucket.push(record);
      else index.set(key, [record]);
    }
    for (const bucket of index.values()) bucket.sort(byBeginRange);
    this.indexes.set(shape, index);
    return index;
  }
}

function shardKey(service: string, region: string): string {
  return `${service}|${region}`;
}

function valueKey(values: readonly string[]): string {
  return values.join('\u0000');
}

function byBeginRange(a: PriceRecord, b: PriceRecord): number {
  return Number(a.beginRange) - Number(b.beginRange);
}
