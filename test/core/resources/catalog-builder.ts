import { PriceCatalog } from '../../../core/catalog/price-catalog';
import type { PriceRecord, Term } from '../../../core/catalog/price-record';

/** A price record as written in golden files and tests: defaults fill what a record always has. */
export interface RecordInput {
  readonly id: string;
  readonly service: string;
  readonly region: string;
  readonly productFamily?: string;
  readonly attributes?: Readonly<Record<string, string>>;
  readonly unit: string;
  readonly price: string;
  readonly beginRange?: string;
  readonly endRange?: string;
  readonly term?: Term;
  readonly source?: string;
}

export function record(input: RecordInput): PriceRecord {
  return {
    id: input.id,
    sku: input.id.split('.')[0] ?? input.id,
    service: input.service,
    productFamily: input.productFamily ?? '',
    region: input.region,
    attributes: input.attributes ?? {},
    unit: input.unit,
    beginRange: input.beginRange ?? '0',
    endRange: input.endRange ?? 'Inf',
    price: input.price,
    currency: 'USD',
    term: input.term ?? { type: 'OnDemand' },
    effectiveDate: '2026-01-01',
    ...(input.source ? { source: { reference: input.source, asOf: '2026' } } : {}),
  };
}

/** A catalog of the given records, one shard per (service, region). */
export function buildCatalog(
  records: readonly RecordInput[],
  version = 'test-catalog',
): PriceCatalog {
  const shards = new Map<string, PriceRecord[]>();
  for (const r of records) {
    const key = `${r.service}|${r.region}`;
    const list = shards.get(key) ?? [];
    list.push(record(r));
    shards.set(key, list);
  }
  return new PriceCatalog({
    version,
    createdAt: '2026-11-26T00:00:00Z',
    shards: [...shards.entries()].map(([key, recs]) => {
      const [service = '', region = ''] = key.split('|');
      return {
        service,
        region,
        version,
        publishedAt: '2026-11-26T00:00:00Z',
        source: 'test',
        records: recs,
      };
    }),
  });
}
