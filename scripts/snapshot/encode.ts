import type { CatalogShard } from '../../core/catalog/catalog-shard';
import type { Term } from '../../core/catalog/price-record';
import type {
  EmbeddedRegionFile,
  EmbeddedRow,
  EmbeddedShard,
} from '../../core/catalog/data/embedded-format';
import { EMBEDDED_FORMAT } from '../../core/catalog/data/embedded-format';

class Dictionary<T> {
  readonly items: T[] = [];
  private readonly index = new Map<string, number>();
  constructor(private readonly key: (item: T) => string) {}
  add(item: T): number {
    const k = this.key(item);
    let i = this.index.get(k);
    if (i === undefined) {
      i = this.items.length;
      this.items.push(item);
      this.index.set(k, i);
    }
    return i;
  }
}

function termParts(term: Term): (string | undefined)[] {
  switch (term.type) {
    case 'OnDemand':
      return ['OnDemand'];
    case 'Reserved':
      return [term.type, term.leaseContractLength, term.offeringClass, term.purchaseOption];
    case 'SavingsPlan':
      return [term.type, term.leaseContractLength, term.planType, term.purchaseOption];
  }
}

export function encodeShard(shard: CatalogShard): EmbeddedShard {
  const strings = new Dictionary<string>((s) => s);
  const sets = new Dictionary<number[]>((s) => s.join(','));
  const terms = new Dictionary<number[]>((s) => s.join(','));
  const sources = new Dictionary<number[]>((s) => s.join(','));
  const s = (value: string): number => strings.add(value);
  const records = shard.records.map((r): EmbeddedRow => {
    if (!r.source)
      throw new Error(`Record ${r.id} has no source; every embedded record must name one.`);
    if (r.currency !== 'USD')
      throw new Error(`Record ${r.id} is in ${r.currency}; the embedded format stores USD only.`);
    const flat = Object.keys(r.attributes)
      .sort()
      .flatMap((name) => [s(name), s(r.attributes[name] ?? '')]);
    const row: (string | number)[] = [
      r.id,
      s(r.productFamily),
      sets.add(flat),
      s(r.unit),
      s(r.beginRange),
      s(r.endRange),
      r.price,
      terms.add(termParts(r.term).map((p) => (p === undefined ? -1 : s(p)))),
      s(r.effectiveDate),
      sources.add([
        s(r.source.reference),
        s(r.source.asOf),
        r.source.note === undefined ? -1 : s(r.source.note),
      ]),
      r.description === undefined ? -1 : s(r.description),
    ];
    if (r.sku !== r.id) row.push(r.sku);
    return row;
  });
  return {
    service: shard.service,
    version: shard.version,
    publishedAt: shard.publishedAt,
    source: shard.source,
    strings: strings.items,
    attributeSets: sets.items,
    terms: terms.items,
    sources: sources.items,
    records,
  };
}

export function encodeRegion(region: string, shards: readonly CatalogShard[]): EmbeddedRegionFile {
  return { format: EMBEDDED_FORMAT, region, shards: shards.map(encodeShard) };
}
