import type { CatalogShard } from './catalog-shard';
import type { PriceRecord, PriceSource } from './price-record';
import { termKey } from './price-record';
import { skuTemplate } from './sku-template';

/**
 * The one compact serialisation of a catalog shard: the embedded snapshot's committed files, the
 * catalog store's bodies, the Price List importer's output and the add-in's download all use it
 * (core/catalog/shard-decoder.ts reads it).
 *
 * Every repeated string (attribute names and values, units, families, tier bounds, dates, term
 * keys, descriptions, rate suffixes, curated id templates) goes once into `strings`; attribute sets shared by the records
 * of one product go once into `attributeSets`; curated sources once into `sources`; a record is a
 * short positional row. Prices stay the decimal strings AWS published, so
 * `decodeShard(encodeShard(s))` equals `s` exactly.
 */
export const SHARD_FORMAT = 'aws-cost-catalog-shard/3';
/** Version 2 (every sku inline): still read, never written. */
export const SHARD_FORMAT_V2 = 'aws-cost-catalog-shard/2';
/** The first version (sources inline per record): still read, never written. */
export const SHARD_FORMAT_V1 = 'aws-cost-catalog-shard/1';

/**
 * One record: `[sku, id, family, attributeSet, unit, beginRange, endRange, price, currency, term,
 * effectiveDate, description, region, source]`. `sku` is the sku itself, or (version 3) a
 * `strings` index of a template the record's attributes fill (`…:{instanceType}:…`,
 * sku-template.ts). `id` is a `strings` index when the id is `sku + '.' + strings[id]` (every
 * official rateCode), -1 when the id equals the sku (curated), else the full id. `description` is
 * -1 when absent; `region` is -1 when it equals the shard's region; `source` indexes `sources` (-1
 * when absent). Version 1 rows hold the source object itself, or nothing. A row whose record a newer
 * source confirms (`confirmedBy`, DECISIONS 101) has a 15th element, that source's index in
 * `sources`; rows written before it existed end at `source` and decode without a confirmation.
 */
export type EncodedRecord = [
  sku: string | number,
  id: number | string,
  family: number,
  attributeSet: number,
  unit: number,
  beginRange: number,
  endRange: number,
  price: string,
  currency: number,
  term: number,
  effectiveDate: number,
  description: number,
  region: number,
  source?: number | PriceSource,
  confirmedBy?: number,
];

export interface EncodedShard {
  readonly format: typeof SHARD_FORMAT | typeof SHARD_FORMAT_V2 | typeof SHARD_FORMAT_V1;
  readonly service: string;
  readonly region: string;
  readonly version: string;
  readonly publishedAt: string;
  readonly source: string;
  readonly strings: readonly string[];
  /** Flattened `[nameIndex, valueIndex, …]` pairs, names in ascending order. */
  readonly attributeSets: readonly (readonly number[])[];
  /**
   * `[reference, asOf, note]` as `strings` indexes, note -1 when absent (version 2), then the
   * places the source rounds to as a plain number when it rounds (`roundedTo`, DECISIONS 96).
   */
  readonly sources?: readonly (readonly number[])[];
  readonly records: readonly EncodedRecord[];
}

/** Builds the dictionaries incrementally; also used by streaming writers (backend/pricing/shard-file.ts). */
export class ShardDictionary {
  readonly strings: string[] = [];
  readonly attributeSets: number[][] = [];
  readonly sources: number[][] = [];
  private readonly stringIndex = new Map<string, number>();
  private readonly setIndex = new Map<string, number>();
  private readonly sourceIndex = new Map<string, number>();
  /** Records of one product share one attributes object: encode it once (likewise sources). */
  private readonly setByObject = new WeakMap<object, number>();
  private readonly sourceByObject = new WeakMap<object, number>();

  string(value: string): number {
    let index = this.stringIndex.get(value);
    if (index === undefined) {
      index = this.strings.length;
      this.strings.push(value);
      this.stringIndex.set(value, index);
    }
    return index;
  }

  attributeSet(attributes: Readonly<Record<string, string>>): number {
    const known = this.setByObject.get(attributes);
    if (known !== undefined) return known;
    const flat: number[] = [];
    for (const name of Object.keys(attributes).sort()) {
      flat.push(this.string(name), this.string(attributes[name] ?? ''));
    }
    const index = this.intern(this.setIndex, this.attributeSets, flat);
    this.setByObject.set(attributes, index);
    return index;
  }

  source(source: PriceSource): number {
    const known = this.sourceByObject.get(source);
    if (known !== undefined) return known;
    const row = [
      this.string(source.reference),
      this.string(source.asOf),
      source.note === undefined ? -1 : this.string(source.note),
      ...(source.roundedTo === undefined ? [] : [source.roundedTo]),
    ];
    const index = this.intern(this.sourceIndex, this.sources, row);
    this.sourceByObject.set(source, index);
    return index;
  }

  private intern(index: Map<string, number>, list: number[][], row: number[]): number {
    const key = row.join(',');
    let at = index.get(key);
    if (at === undefined) {
      at = list.length;
      list.push(row);
      index.set(key, at);
    }
    return at;
  }

  /** Encode one record of a shard whose region is `shardRegion`. */
  record(record: PriceRecord, shardRegion: string): EncodedRecord {
    const row = this.row(record, shardRegion);
    if (record.confirmedBy) row.push(this.source(record.confirmedBy));
    return row;
  }

  private row(record: PriceRecord, shardRegion: string): EncodedRecord {
    const prefix = `${record.sku}.`;
    const id =
      record.id === record.sku
        ? -1
        : record.id.startsWith(prefix)
          ? this.string(record.id.slice(prefix.length))
          : record.id;
    const template = skuTemplate(record.sku, record.attributes);
    return [
      template === undefined ? record.sku : this.string(template),
      id,
      this.string(record.productFamily),
      this.attributeSet(record.attributes),
      this.string(record.unit),
      this.string(record.beginRange),
      this.string(record.endRange),
      record.price,
      this.string(record.currency),
      this.string(termKey(record.term)),
      this.string(record.effectiveDate),
      record.description === undefined ? -1 : this.string(record.description),
      record.region === shardRegion ? -1 : this.string(record.region),
      record.source ? this.source(record.source) : -1,
    ];
  }

  /** The shard document around the rows, once every record went through `record`. */
  shard(meta: Omit<CatalogShard, 'records'>, records: readonly EncodedRecord[]): EncodedShard {
    return {
      format: SHARD_FORMAT,
      service: meta.service,
      region: meta.region,
      version: meta.version,
      publishedAt: meta.publishedAt,
      source: meta.source,
      strings: this.strings,
      attributeSets: this.attributeSets,
      sources: this.sources,
      records,
    };
  }
}

export function encodeShard(shard: CatalogShard): EncodedShard {
  const dictionary = new ShardDictionary();
  const records = shard.records.map((r) => dictionary.record(r, shard.region));
  return dictionary.shard(shard, records);
}

/**
 * One region's shards in one document: a committed file of the embedded snapshot. A region's
 * commitments file (DECISIONS 95) says `terms: 'commitments'`; its other file says nothing.
 */
export interface EncodedRegion {
  readonly region: string;
  readonly terms?: 'commitments';
  readonly shards: readonly EncodedShard[];
}

export function encodeRegion(region: string, shards: readonly CatalogShard[]): EncodedRegion {
  return { region, shards: shards.map(encodeShard) };
}

export interface ShardSizes {
  readonly service: string;
  readonly region: string;
  readonly records: number;
  /** UTF-8 bytes of the shard as plain JSON. */
  readonly plainJsonBytes: number;
  /** UTF-8 bytes of the encoded shard as JSON. */
  readonly encodedJsonBytes: number;
}

/** Sizes of a shard before and after encoding (gzip is measured where zlib exists: backend/bench). */
export function shardSizes(shard: CatalogShard): ShardSizes {
  return {
    service: shard.service,
    region: shard.region,
    records: shard.records.length,
    plainJsonBytes: utf8Length(JSON.stringify(shard)),
    encodedJsonBytes: utf8Length(JSON.stringify(encodeShard(shard))),
  };
}

/** UTF-8 byte length without TextEncoder (core runs where no DOM or Node globals exist). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
