import type { CatalogShard } from './catalog-shard';
import type { PriceRecord, PriceSource, Term } from './price-record';
import { termKey } from './price-record';
import { parseTermKey } from './term-key';

/**
 * Compact serialisation of a catalog shard, for storage and for the add-in download.
 *
 * Every repeated string (attribute names and values, units, families, tier bounds, dates,
 * descriptions, rate suffixes) goes once into `strings`; attribute sets shared by the records of
 * one product go once into `attributeSets`; a record is a short positional row. Prices stay the
 * decimal strings AWS published, so `decodeShard(encodeShard(s))` equals `s` exactly.
 */
export const SHARD_FORMAT = 'aws-cost-catalog-shard/1';

/**
 * One record: `[sku, id, family, attributeSet, unit, beginRange, endRange, price, currency, term,
 * effectiveDate, description, region, source?]`. `id` is a `strings` index when the id is
 * `sku + '.' + strings[id]` (every official rateCode), else the full id as a string (curated).
 * `description` is -1 when absent; `region` is -1 when it equals the shard's region.
 */
export type EncodedRecord = [
  sku: string,
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
  source?: PriceSource,
];

export interface EncodedShard {
  readonly format: typeof SHARD_FORMAT;
  readonly service: string;
  readonly region: string;
  readonly version: string;
  readonly publishedAt: string;
  readonly source: string;
  readonly strings: readonly string[];
  /** Flattened `[nameIndex, valueIndex, …]` pairs, names in ascending order. */
  readonly attributeSets: readonly (readonly number[])[];
  readonly records: readonly EncodedRecord[];
}

export class ShardFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ShardFormatError';
  }
}

/** Builds the string and attribute-set dictionaries incrementally; also used by streaming writers. */
export class ShardDictionary {
  readonly strings: string[] = [];
  readonly attributeSets: number[][] = [];
  private readonly stringIndex = new Map<string, number>();
  private readonly setIndex = new Map<string, number>();
  /** Records of one product share one attributes object: encode it once. */
  private readonly setByObject = new WeakMap<object, number>();

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
    const key = flat.join(',');
    let index = this.setIndex.get(key);
    if (index === undefined) {
      index = this.attributeSets.length;
      this.attributeSets.push(flat);
      this.setIndex.set(key, index);
    }
    this.setByObject.set(attributes, index);
    return index;
  }

  /** Encode one record of a shard whose region is `shardRegion`. */
  record(record: PriceRecord, shardRegion: string): EncodedRecord {
    const prefix = `${record.sku}.`;
    const id = record.id.startsWith(prefix)
      ? this.string(record.id.slice(prefix.length))
      : record.id;
    const row: EncodedRecord = [
      record.sku,
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
    ];
    if (record.source) row.push(record.source);
    return row;
  }
}

export function encodeShard(shard: CatalogShard): EncodedShard {
  const dictionary = new ShardDictionary();
  const records = shard.records.map((r) => dictionary.record(r, shard.region));
  return {
    format: SHARD_FORMAT,
    service: shard.service,
    region: shard.region,
    version: shard.version,
    publishedAt: shard.publishedAt,
    source: shard.source,
    strings: dictionary.strings,
    attributeSets: dictionary.attributeSets,
    records,
  };
}

/** Decode an encoded shard (parsed JSON). Throws ShardFormatError naming the bad record. */
export function decodeShard(encoded: EncodedShard): CatalogShard {
  if (encoded.format !== SHARD_FORMAT) {
    throw new ShardFormatError(
      `Shard format is '${String(encoded.format)}', expected '${SHARD_FORMAT}'.`,
    );
  }
  const { strings } = encoded;
  const where = (i: number): string => `${encoded.service}/${encoded.region} records[${i}]`;
  const str = (index: number, i: number, field: string): string => {
    const value = strings[index];
    if (value === undefined)
      throw new ShardFormatError(`${where(i)}: ${field} points at missing string ${index}.`);
    return value;
  };
  const attributeCache = new Map<number, Readonly<Record<string, string>>>();
  const attributes = (index: number, i: number): Readonly<Record<string, string>> => {
    const cached = attributeCache.get(index);
    if (cached) return cached;
    const flat = encoded.attributeSets[index];
    if (!flat) throw new ShardFormatError(`${where(i)}: attribute set ${index} is missing.`);
    const result: Record<string, string> = {};
    for (let k = 0; k + 1 < flat.length; k += 2) {
      result[str(flat[k] ?? -1, i, 'attribute name')] = str(
        flat[k + 1] ?? -1,
        i,
        'attribute value',
      );
    }
    attributeCache.set(index, result);
    return result;
  };
  const records = encoded.records.map((row, i): PriceRecord => {
    const [
      sku,
      id,
      family,
      set,
      unit,
      begin,
      end,
      price,
      currency,
      term,
      effective,
      description,
      region,
      source,
    ] = row;
    const record: PriceRecord = {
      id: typeof id === 'number' ? `${sku}.${str(id, i, 'id')}` : id,
      sku,
      service: encoded.service,
      productFamily: str(family, i, 'productFamily'),
      region: region === -1 ? encoded.region : str(region, i, 'region'),
      attributes: attributes(set, i),
      unit: str(unit, i, 'unit'),
      beginRange: str(begin, i, 'beginRange'),
      endRange: str(end, i, 'endRange'),
      price,
      currency: str(currency, i, 'currency'),
      term: decodeTerm(str(term, i, 'term'), where(i)),
      effectiveDate: str(effective, i, 'effectiveDate'),
      ...(description === -1 ? {} : { description: str(description, i, 'description') }),
      ...(source ? { source } : {}),
    };
    return record;
  });
  return {
    service: encoded.service,
    region: encoded.region,
    version: encoded.version,
    publishedAt: encoded.publishedAt,
    source: encoded.source,
    records,
  };
}

function decodeTerm(key: string, where: string): Term {
  const term = parseTermKey(key);
  if (!term) throw new ShardFormatError(`${where}: term '${key}' is not a known term key.`);
  return term;
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
