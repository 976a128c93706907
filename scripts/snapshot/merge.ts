/**
 * Merging the catalog's sources: the curated records (references and AWS pages) and the records of
 * AWS's pricing-page feeds. Two records disagree when the engine's query would find both — same
 * service, region, family, unit, term, tier and selecting attributes (`SELECTORS`) — with different
 * prices. The record with the newer effective date wins; two different prices of the same date are
 * a build error (a person must decide). Records that agree on the price are one price: the one with
 * a real rateCode is kept (an official id beats a curated one), else the newer.
 */
import type { PriceRecord } from '../../core/catalog/price-record';
import { isCurated, termKey } from '../../core/catalog/price-record';
import { compareDecimal } from './decimal';

/** The attributes the engine selects a record on, per `service|productFamily` (core/catalog/data/README.md). */
const EC2_INSTANCE = [
  'instanceType',
  'operatingSystem',
  'tenancy',
  'preInstalledSw',
  'licenseModel',
  'capacitystatus',
];
const SELECTORS: Readonly<Record<string, readonly string[]>> = {
  'AmazonEC2|Compute Instance': EC2_INSTANCE,
  'AmazonEC2|Compute Instance (bare metal)': EC2_INSTANCE,
  'AmazonEC2|Storage': ['volumeApiName'],
  'AmazonEC2|System Operation': ['volumeApiName'],
  'AmazonEC2|Provisioned Throughput': ['volumeApiName'],
  'AmazonEC2|Storage Snapshot': ['usagetype'],
  'AmazonRDS|Database Instance': [
    'instanceType',
    'databaseEngine',
    'deploymentOption',
    'licenseModel',
    'databaseEdition',
  ],
  'AmazonRDS|Storage Snapshot': ['usagetype'],
  'AmazonElastiCache|Cache Instance': ['instanceType', 'cacheEngine'],
};

/**
 * The attributes that select a record. Aurora records of one engine differ only in their usage type
 * (Standard vs I/O-Optimized instances; backup of Aurora MySQL vs Aurora PostgreSQL shares the usage
 * type, so the engine is added), which the RDS selectors do not name.
 */
function selectors(record: PriceRecord): readonly string[] {
  const names =
    SELECTORS[`${record.service}|${record.productFamily}`] ?? Object.keys(record.attributes).sort();
  if (record.service !== 'AmazonRDS' || !record.attributes.databaseEngine?.startsWith('Aurora'))
    return names;
  return [...new Set([...names, 'databaseEngine', 'usagetype'])];
}

/** The price a record answers for: what the engine's query pins down. */
export function identity(record: PriceRecord): string {
  const names = selectors(record);
  return [
    record.service,
    record.region,
    record.productFamily,
    record.unit,
    termKey(record.term),
    record.beginRange,
    ...names.map((n) => `${n}=${record.attributes[n] ?? ''}`),
  ].join('|');
}

export class SameDateConflictError extends Error {
  constructor(readonly records: readonly PriceRecord[]) {
    super(
      `Sources of the same date disagree on one price (${identity(records[0]!)}): ` +
        records
          .map(
            (r) =>
              `${r.id} = ${r.price} (${r.source?.reference ?? 'no source'}, ${r.effectiveDate})`,
          )
          .join('; ') +
        '. Resolve it in the sources; the build does not pick silently.',
    );
    this.name = 'SameDateConflictError';
  }
}

export interface MergeReport {
  /** Records replaced by a newer record with another price. */
  readonly superseded: number;
  /** Records dropped because another record gave the same price (kept: official id, else newer). */
  readonly duplicates: number;
  /** Examples of superseded prices, `old → new`, for the build log. */
  readonly examples: readonly string[];
}

function preferred(a: PriceRecord, b: PriceRecord): PriceRecord {
  if (isCurated(a) !== isCurated(b)) return isCurated(a) ? b : a;
  if (a.effectiveDate !== b.effectiveDate) return a.effectiveDate > b.effectiveDate ? a : b;
  return a.id <= b.id ? a : b;
}

/** One record per identity (see the module comment); throws SameDateConflictError. */
export function mergeRecords(records: readonly PriceRecord[]): {
  records: PriceRecord[];
  report: MergeReport;
} {
  const groups = new Map<string, PriceRecord[]>();
  for (const record of records) {
    const key = identity(record);
    const group = groups.get(key);
    if (group) group.push(record);
    else groups.set(key, [record]);
  }
  const kept: PriceRecord[] = [];
  let superseded = 0;
  let duplicates = 0;
  const examples: string[] = [];
  for (const group of groups.values()) {
    if (group.length === 1) {
      kept.push(group[0]!);
      continue;
    }
    const newest = group.reduce((a, b) =>
      b.effectiveDate > a.effectiveDate ? b : a,
    ).effectiveDate;
    const latest = group.filter((r) => r.effectiveDate === newest);
    const price = latest[0]!.price;
    if (latest.some((r) => compareDecimal(r.price, price) !== 0))
      throw new SameDateConflictError(latest);
    const agreeing = group.filter((r) => compareDecimal(r.price, price) === 0);
    const winner = agreeing.reduce(preferred);
    kept.push(winner);
    const older = group.length - agreeing.length;
    superseded += older;
    duplicates += agreeing.length - 1;
    if (older && examples.length < 20) {
      const old = group.find((r) => compareDecimal(r.price, price) !== 0)!;
      examples.push(
        `${identity(winner)}: ${old.price} (${old.effectiveDate}) → ${winner.price} (${newest})`,
      );
    }
  }
  return { records: kept, report: { superseded, duplicates, examples } };
}
