/**
 * Merging the catalog's sources: the curated records (references and AWS pages) and the records of
 * AWS's pricing-page feeds. Two records answer the same price when the engine's query would find
 * both — same service, region, family, unit, term, tier and selecting attributes (`SELECTORS`).
 * Every source of a price comes here (curate.ts leaves none out); one rule, for every service,
 * region and source (DECISIONS 91):
 * - the price is the newest source's; two different prices of the newest date are a build error
 *   (a person must decide);
 * - of the records with that price, one with a real rateCode is kept (an official id beats a
 *   curated one, whatever their dates: a newer copy without ids never replaces an official record
 *   of the same price), else the newest;
 * - each record of another price is superseded, and the report says how: a `price change` when it
 *   is older than every record of the kept price (AWS changed the price), `contradicted` when an
 *   older source already had the kept price (the newer source says the record was the odd one out).
 * A record kept over a newer record that agrees with it — equal, or a rounding of it (a rounded copy
 * dropped first) — keeps the newest such record's source as `confirmedBy` (DECISIONS 101): the price
 * stays the kept record's, its date of being current is the confirmer's.
 */
import type { PriceRecord, PriceSource } from '../../core/catalog/price-record';
import { isCurated, termKey } from '../../core/catalog/price-record';
import { Decimal } from '../../core/money/decimal';
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

/** A record the merge did not keep because a newer source gives another price. */
export interface Superseded {
  readonly identity: string;
  readonly record: PriceRecord;
  readonly kept: PriceRecord;
  /** The newest date among the sources of the kept price. */
  readonly newest: string;
  readonly kind: 'price change' | 'contradicted';
}

export interface MergeReport {
  /** Records replaced by a newer record with another price. */
  readonly superseded: number;
  /** Each of them, with the record kept and how (see the module comment). */
  readonly changes: readonly Superseded[];
  /** Records dropped because another record gave the same price (kept: official id, else newer). */
  readonly duplicates: number;
  /** Records of a rounding source dropped because a more precise record of the price rounds to them. */
  readonly roundedCopies: number;
  /** Records kept over a newer record that agrees with them, now carrying it as `confirmedBy`. */
  readonly confirmed: number;
  /** Examples of superseded prices, `old → new`, for the build log. */
  readonly examples: readonly string[];
}

function preferred(a: PriceRecord, b: PriceRecord): PriceRecord {
  if (isCurated(a) !== isCurated(b)) return isCurated(a) ? b : a;
  if (a.effectiveDate !== b.effectiveDate) return a.effectiveDate > b.effectiveDate ? a : b;
  return a.id <= b.id ? a : b;
}

/**
 * The decimal places a record's source rounds its prices to; undefined for an exact source. The
 * build reads it from the record's source (`source.roundedTo`, DECISIONS 96).
 */
export type RoundedPlaces = (record: PriceRecord) => number | undefined;

export const sourceRoundedPlaces: RoundedPlaces = (record) => record.source?.roundedTo;

/** Whether `exact` rounds to `rounded` at `places` decimals (either rule at a half). */
function roundsTo(exact: string, rounded: string, places: number): boolean {
  const half = Decimal.of(5n, places + 1);
  return !Decimal.from(exact).subtract(rounded).abs().greaterThan(half);
}

/** Whether `a` is printed more precisely than a rounding to `places` (exact, or more places). */
function finer(a: number | undefined, places: number): boolean {
  return a === undefined || a > places;
}

/**
 * The group without its rounded copies, and how many were dropped: a record of a rounding source
 * is a rounded copy where a more precise record (exact, or rounded to more places) lies within half
 * a unit of its last place — equal or not, whatever the dates (DECISIONS 92, 96).
 */
function withoutRoundedCopies(
  group: readonly PriceRecord[],
  roundedPlaces: RoundedPlaces,
): { group: PriceRecord[]; dropped: number } {
  const places = group.map((r) => roundedPlaces(r));
  const kept = group.filter((r, i) => {
    const p = places[i];
    if (p === undefined) return true;
    return !group.some((e, j) => finer(places[j], p) && roundsTo(e.price, r.price, p));
  });
  return { group: kept, dropped: group.length - kept.length };
}

/**
 * Whether `later` gives `kept`'s price: the same value, or a rounding of it where `later`'s source
 * rounds and `kept` is printed more precisely (the rounded-copy test of `withoutRoundedCopies`).
 */
function agrees(kept: PriceRecord, later: PriceRecord, roundedPlaces: RoundedPlaces): boolean {
  if (compareDecimal(later.price, kept.price) === 0) return true;
  const places = roundedPlaces(later);
  return (
    places !== undefined &&
    finer(roundedPlaces(kept), places) &&
    roundsTo(kept.price, later.price, places)
  );
}

/** Of two confirmers, the newer; of one date, an exact source over a rounding one, then by id. */
function newerConfirmer(a: PriceRecord, b: PriceRecord, roundedPlaces: RoundedPlaces): PriceRecord {
  if (a.effectiveDate !== b.effectiveDate) return a.effectiveDate > b.effectiveDate ? a : b;
  const pa = roundedPlaces(a);
  const pb = roundedPlaces(b);
  if (pa !== pb) return finer(pa, pb ?? Infinity) ? a : b;
  return a.id <= b.id ? a : b;
}

/** A confirming record's source (a record without one is named by its id and dated by its date). */
function confirmerSource(record: PriceRecord): PriceSource {
  return record.source ?? { reference: record.id, asOf: record.effectiveDate.slice(0, 10) };
}

/**
 * `kept` with `confirmedBy` set to the newest record of `group` dated after it that agrees with its
 * price, or `kept` itself when none does.
 */
function withConfirmation(
  kept: PriceRecord,
  group: readonly PriceRecord[],
  roundedPlaces: RoundedPlaces = sourceRoundedPlaces,
): PriceRecord {
  const confirmers = group.filter(
    (r) => r !== kept && r.effectiveDate > kept.effectiveDate && agrees(kept, r, roundedPlaces),
  );
  if (!confirmers.length) return kept;
  const newest = confirmers.reduce((a, b) => newerConfirmer(a, b, roundedPlaces));
  return { ...kept, confirmedBy: confirmerSource(newest) };
}

/** One record per identity (see the module comment); throws SameDateConflictError. */
export function mergeRecords(
  records: readonly PriceRecord[],
  roundedPlaces: RoundedPlaces = sourceRoundedPlaces,
): {
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
  const changes: Superseded[] = [];
  let duplicates = 0;
  let roundedCopies = 0;
  let confirmed = 0;
  const keep = (record: PriceRecord, all: readonly PriceRecord[]): PriceRecord => {
    const result = all.length === 1 ? record : withConfirmation(record, all, roundedPlaces);
    if (result !== record) confirmed += 1;
    kept.push(result);
    return result;
  };
  for (const [key, all] of groups) {
    const { group, dropped } =
      all.length === 1 ? { group: all, dropped: 0 } : withoutRoundedCopies(all, roundedPlaces);
    roundedCopies += dropped;
    if (group.length === 1) {
      keep(group[0]!, all);
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
    const winner = keep(agreeing.reduce(preferred), all);
    duplicates += agreeing.length - 1;
    const oldest = agreeing.reduce((d, r) => (r.effectiveDate < d ? r.effectiveDate : d), newest);
    for (const record of group.filter((r) => compareDecimal(r.price, price) !== 0)) {
      const kind = oldest < record.effectiveDate ? 'contradicted' : 'price change';
      changes.push({ identity: key, record, kept: winner, newest, kind });
    }
  }
  const examples = changes
    .slice(0, 20)
    .map(
      (c) =>
        `${c.identity}: ${c.record.price} (${c.record.effectiveDate}) → ${c.kept.price} (${c.newest}, ${c.kind})`,
    );
  return {
    records: kept,
    report: { superseded: changes.length, changes, duplicates, roundedCopies, confirmed, examples },
  };
}

/** Superseded records counted by kind, source superseded and source kept, for the build log. */
export function changeSummary(changes: readonly Superseded[]): string[] {
  const counts = new Map<string, number>();
  const from = (r: PriceRecord): string =>
    isCurated(r)
      ? `${r.source?.reference ?? r.id} (${r.source?.asOf ?? r.effectiveDate})`
      : `${r.source?.reference ?? 'official'} (${r.effectiveDate})`;
  for (const c of changes) {
    const key = `${c.kind}: ${c.record.service} ${c.record.region} ${from(c.record)} → ${from(c.kept)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, n]) => `${n} × ${key}`);
}
