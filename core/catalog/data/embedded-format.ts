import type { CatalogShard } from '../catalog-shard';
import type { PriceRecord, PriceSource, Term } from '../price-record';

/**
 * The committed form of the embedded snapshot: one JSON file per region. Repeated strings
 * (attribute names/values, families, units, tiers, dates, sources) are stored once per shard and
 * records are positional rows, so a region file stays small and TypeScript's inferred type for
 * the JSON import stays trivial (arrays of strings and numbers).
 */
export const EMBEDDED_FORMAT = 'aws-cost-embedded-region/1';

/**
 * `[id, family, attributeSet, unit, beginRange, endRange, price, term, effectiveDate, source,
 * description, sku?]` — numbers index `strings` (or `attributeSets`, `terms`, `sources`);
 * description is -1 when absent; sku is present only when it differs from id.
 */
export type EmbeddedRow = readonly (string | number)[];

export interface EmbeddedShard {
  readonly service: string;
  readonly version: string;
  readonly publishedAt: string;
  readonly source: string;
  readonly strings: readonly string[];
  /** Flattened `[nameIndex, valueIndex, …]`. */
  readonly attributeSets: readonly (readonly number[])[];
  /** `[type, leaseContractLength, offeringClass|planType, purchaseOption]` as string indexes; -1 for unused. */
  readonly terms: readonly (readonly number[])[];
  /** `[reference, asOf, note]` as string indexes; note -1 when absent. */
  readonly sources: readonly (readonly number[])[];
  readonly records: readonly EmbeddedRow[];
}

export interface EmbeddedRegionFile {
  readonly format: string;
  readonly region: string;
  readonly shards: readonly EmbeddedShard[];
}

export class EmbeddedFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EmbeddedFormatError';
  }
}

/** Expand one region file into catalog shards. Throws EmbeddedFormatError naming the bad row. */
export function decodeRegionFile(file: EmbeddedRegionFile): CatalogShard[] {
  if (file.format !== EMBEDDED_FORMAT) {
    throw new EmbeddedFormatError(`Embedded file for ${file.region} has format '${file.format}', expected '${EMBEDDED_FORMAT}'.`);
  }
  return file.shards.map((shard) => decodeShard(shard, file.region));
}

function decodeShard(shard: EmbeddedShard, region: string): CatalogShard {
  const where = (i: number): string => `embedded ${shard.service}/${region} records[${i}]`;
  const str = (value: string | number | undefined, i: number, field: string): string => {
    const text = typeof value === 'number' ? shard.strings[value] : undefined;
    if (text === undefined) throw new EmbeddedFormatError(`${where(i)}: ${field} is not a valid string index.`);
    return text;
  };
  const attributeSets = shard.attributeSets.map((flat, s) => {
    const attributes: Record<string, string> = {};
    for (let k = 0; k + 1 < flat.length; k += 2) {
      attributes[str(flat[k], s, 'attribute name')] = str(flat[k + 1], s, 'attribute value');
    }
    return attributes;
  });
  const terms = shard.terms.map((t, i) => decodeTerm(t.map((n) => (n < 0 ? '' : str(n, i, 'term')))));
  const sources = shard.sources.map(([reference, asOf, note], i): PriceSource => ({
    reference: str(reference, i, 'source reference'),
    asOf: str(asOf, i, 'source asOf'),
    ...(note !== undefined && note >= 0 ? { note: str(note, i, 'source note') } : {}),
  }));
  const records = shard.records.map((row, i): PriceRecord => {
    const [id, family, set, unit, begin, end, price, term, effective, source, description, sku] = row;
    const attributes = typeof set === 'number' ? attributeSets[set] : undefined;
    const decodedTerm = typeof term === 'number' ? terms[term] : undefined;
    const decodedSource = typeof source === 'number' ? sources[source] : undefined;
    if (typeof id !== 'string' || typeof price !== 'string' || !attributes || !decodedTerm || !decodedSource) {
      throw new EmbeddedFormatError(`${where(i)}: row does not have the embedded row layout.`);
    }
    return {
      id,
      sku: typeof sku === 'string' ? sku : id,
      service: shard.service,
      productFamily: str(family, i, 'productFamily'),
      region,
      attributes,
      unit: str(unit, i, 'unit'),
      beginRange: str(begin, i, 'beginRange'),
      endRange: str(end, i, 'endRange'),
      price,
      currency: 'USD',
      term: decodedTerm,
      effectiveDate: str(effective, i, 'effectiveDate'),
      ...(typeof description === 'number' && description >= 0 ? { description: str(description, i, 'description') } : {}),
      source: decodedSource,
    };
  });
  return {
    service: shard.service,
    region,
    version: shard.version,
    publishedAt: shard.publishedAt,
    source: shard.source,
    records,
  };
}

function decodeTerm([type, lease, kind, option]: readonly string[]): Term {
  if (type === 'OnDemand') return { type: 'OnDemand' };
  const leaseContractLength = lease === '1yr' || lease === '3yr' ? lease : undefined;
  const purchaseOption =
    option === 'No Upfront' || option === 'Partial Upfront' || option === 'All Upfront' ? option : undefined;
  if (!leaseContractLength || !purchaseOption) throw new EmbeddedFormatError(`Term '${type}' has lease '${lease}', option '${option}'.`);
  if (type === 'Reserved' && (kind === 'standard' || kind === 'convertible')) {
    return { type, leaseContractLength, offeringClass: kind, purchaseOption };
  }
  if (type === 'SavingsPlan' && (kind === 'ComputeSavingsPlans' || kind === 'EC2InstanceSavingsPlans')) {
    return { type, planType: kind, leaseContractLength, purchaseOption };
  }
  throw new EmbeddedFormatError(`Term type '${type}' with '${kind}' is not a known term.`);
}
