import type { CatalogShard } from './catalog-shard';
import type { PriceRecord, PriceSource, Term } from './price-record';
import type { EncodedRecord, EncodedShard } from './shard-codec';
import { SHARD_FORMAT, SHARD_FORMAT_V1, SHARD_FORMAT_V2 } from './shard-codec';
import { fillSkuTemplate } from './sku-template';
import { parseTermKey } from './term-key';

export class ShardFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ShardFormatError';
  }
}

/** Reads the strings, attribute sets and sources of one encoded shard, naming the bad record. */
class Tables {
  private readonly attributeCache = new Map<number, Readonly<Record<string, string>>>();
  private readonly sourceCache = new Map<number, PriceSource>();

  constructor(private readonly encoded: EncodedShard) {}

  where(i: number): string {
    return `${this.encoded.service}/${this.encoded.region} records[${i}]`;
  }

  str(index: number, i: number, field: string): string {
    const value = this.encoded.strings[index];
    if (value === undefined)
      throw new ShardFormatError(`${this.where(i)}: ${field} points at missing string ${index}.`);
    return value;
  }

  attributes(index: number, i: number): Readonly<Record<string, string>> {
    const cached = this.attributeCache.get(index);
    if (cached) return cached;
    const flat = this.encoded.attributeSets[index];
    if (!flat) throw new ShardFormatError(`${this.where(i)}: attribute set ${index} is missing.`);
    const result: Record<string, string> = {};
    for (let k = 0; k + 1 < flat.length; k += 2) {
      result[this.str(flat[k] ?? -1, i, 'attribute name')] = this.str(
        flat[k + 1] ?? -1,
        i,
        'attribute value',
      );
    }
    this.attributeCache.set(index, result);
    return result;
  }

  source(value: EncodedRecord[13], i: number, field = 'source'): PriceSource | undefined {
    if (value === undefined || value === -1) return undefined;
    if (typeof value === 'object') return value; // version 1: the source itself
    const cached = this.sourceCache.get(value);
    if (cached) return cached;
    const row = this.encoded.sources?.[value];
    if (!row) throw new ShardFormatError(`${this.where(i)}: ${field} ${value} is missing.`);
    const [reference = -1, asOf = -1, note = -1, roundedTo] = row;
    if (
      roundedTo !== undefined &&
      !(Number.isInteger(roundedTo) && roundedTo >= 0 && roundedTo <= 20)
    )
      throw new ShardFormatError(
        `${this.where(i)}: ${field} ${value} rounds to ${roundedTo} places, not a whole number 0–20.`,
      );
    const source: PriceSource = {
      reference: this.str(reference, i, 'source reference'),
      asOf: this.str(asOf, i, 'source asOf'),
      ...(note === -1 ? {} : { note: this.str(note, i, 'source note') }),
      ...(roundedTo === undefined ? {} : { roundedTo }),
    };
    this.sourceCache.set(value, source);
    return source;
  }

  /**
   * A record's confirming source (DECISIONS 101): an index into `sources`; absent in rows written
   * before confirmations existed, which decode without one.
   */
  confirmation(value: unknown, i: number): PriceSource | undefined {
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
      throw new ShardFormatError(
        `${this.where(i)}: confirmedBy must be an index into sources, got ${JSON.stringify(value)}.`,
      );
    return this.source(value, i, 'confirmedBy source');
  }

  /** A sku as stored: itself, or (version 3) a template its record's attributes fill. */
  sku(value: EncodedRecord[0], attributes: Readonly<Record<string, string>>, i: number): string {
    if (typeof value === 'string') return value;
    const sku = fillSkuTemplate(this.str(value, i, 'sku template'), attributes);
    if (typeof sku !== 'string')
      throw new ShardFormatError(
        `${this.where(i)}: sku template ${value} names attribute '${sku.missing}', which the record lacks.`,
      );
    return sku;
  }

  term(index: number, i: number): Term {
    const key = this.str(index, i, 'term');
    const term = parseTermKey(key);
    if (!term)
      throw new ShardFormatError(`${this.where(i)}: term '${key}' is not a known term key.`);
    return term;
  }
}

function decodeRecord(
  tables: Tables,
  encoded: EncodedShard,
  row: EncodedRecord,
  i: number,
): PriceRecord {
  const [
    storedSku,
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
    confirmedBy,
  ] = row;
  const decodedSource = tables.source(source, i);
  const confirmation = tables.confirmation(confirmedBy, i);
  const attributes = tables.attributes(set, i);
  const sku = tables.sku(storedSku, attributes, i);
  return {
    id: id === -1 ? sku : typeof id === 'number' ? `${sku}.${tables.str(id, i, 'id')}` : id,
    sku,
    service: encoded.service,
    productFamily: tables.str(family, i, 'productFamily'),
    region: region === -1 ? encoded.region : tables.str(region, i, 'region'),
    attributes,
    unit: tables.str(unit, i, 'unit'),
    beginRange: tables.str(begin, i, 'beginRange'),
    endRange: tables.str(end, i, 'endRange'),
    price,
    currency: tables.str(currency, i, 'currency'),
    term: tables.term(term, i),
    effectiveDate: tables.str(effective, i, 'effectiveDate'),
    ...(description === -1 ? {} : { description: tables.str(description, i, 'description') }),
    ...(decodedSource ? { source: decodedSource } : {}),
    ...(confirmation ? { confirmedBy: confirmation } : {}),
  };
}

const FORMATS: readonly string[] = [SHARD_FORMAT, SHARD_FORMAT_V2, SHARD_FORMAT_V1];

function checkFormat(encoded: EncodedShard): void {
  if (!FORMATS.includes(encoded.format)) {
    throw new ShardFormatError(
      `Shard format is '${String(encoded.format)}', expected '${SHARD_FORMAT}' (or '${SHARD_FORMAT_V2}', '${SHARD_FORMAT_V1}').`,
    );
  }
}

/** Decode an encoded shard (parsed JSON), any version. Throws ShardFormatError naming the bad record. */
export function decodeShard(encoded: EncodedShard): CatalogShard {
  checkFormat(encoded);
  const tables = new Tables(encoded);
  return {
    service: encoded.service,
    region: encoded.region,
    version: encoded.version,
    publishedAt: encoded.publishedAt,
    source: encoded.source,
    records: encoded.records.map((row, i) => decodeRecord(tables, encoded, row, i)),
  };
}
