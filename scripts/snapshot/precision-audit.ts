/**
 * How precisely each source of the catalog build prints its prices, and where one source's value is
 * plausibly another's rounded (#12, DECISIONS 96):
 * `node --import tsx scripts/snapshot/precision-audit.ts [--all] [--format json]`.
 *
 * Reads every record the build reads (curate.ts and the pricing-page feeds, before the merge).
 * - Per source (its `source.reference`, feed files of every region as one `<region>` pattern, and
 *   its date): the most decimals it ever prints (a price's decimals once trailing zeros are cut),
 *   how many of its prices print that many, and the regions or columns where its most is smaller.
 * - Per merge identity (merge.ts `identity`, the price the engine's query finds), every pair of
 *   records of two sources whose prices differ by at most half a unit of the coarser one's last
 *   printed decimal: the coarser is plausibly the finer rounded. Pairs are counted by (coarser
 *   source → finer source) with examples; `--all` lists every pair.
 */
import { parseArgs } from 'node:util';
import type { PriceRecord } from '../../core/catalog/price-record';
import { Decimal } from '../../core/money/decimal';
import { allRecords } from './curate';
import { feedRecords } from './feeds';
import { identity } from './merge';
import { REGIONS } from './curated-record';
import { runMain } from '../run-main';

/** Decimals of a price as printed: its decimal string without trailing zeros. */
export function printedDecimals(price: string): number {
  const fraction = price.split('.')[1] ?? '';
  return fraction.replace(/0+$/, '').length;
}

const REGION_PATTERN = new RegExp(
  `\\b(${[...REGIONS].sort((a, b) => b.length - a.length).join('|')})\\b`,
);

/** The source a record comes from: its reference (a feed file's region as `<region>`) and date. */
export function sourceName(record: PriceRecord): string {
  const reference = (record.source?.reference ?? `official ${record.service}`).replace(
    REGION_PATTERN,
    '<region>',
  );
  return `${reference} (${record.source?.asOf ?? record.effectiveDate.slice(0, 10)})`;
}

export interface SourcePrecision {
  readonly source: string;
  readonly records: number;
  readonly maxDecimals: number;
  /** Records printing `maxDecimals`. */
  readonly atMax: number;
  /** Records per printed decimals. */
  readonly histogram: Readonly<Record<number, number>>;
  /** Regions whose own most is below the source's most, with their most. */
  readonly coarserRegions: Readonly<Record<string, number>>;
}

export interface RoundingPair {
  readonly identity: string;
  readonly coarse: PriceRecord;
  readonly fine: PriceRecord;
  /** The coarser record's printed decimals. */
  readonly places: number;
}

export interface PrecisionAudit {
  readonly sources: readonly SourcePrecision[];
  readonly pairs: readonly RoundingPair[];
}

function precisionOf(source: string, records: readonly PriceRecord[]): SourcePrecision {
  const histogram: Record<number, number> = {};
  const byRegion = new Map<string, number>();
  let maxDecimals = 0;
  for (const r of records) {
    const d = printedDecimals(r.price);
    histogram[d] = (histogram[d] ?? 0) + 1;
    maxDecimals = Math.max(maxDecimals, d);
    byRegion.set(r.region, Math.max(byRegion.get(r.region) ?? 0, d));
  }
  const coarserRegions: Record<string, number> = {};
  for (const [region, most] of [...byRegion].sort(([a], [b]) => (a < b ? -1 : 1)))
    if (most < maxDecimals) coarserRegions[region] = most;
  return {
    source,
    records: records.length,
    maxDecimals,
    atMax: histogram[maxDecimals] ?? 0,
    histogram,
    coarserRegions,
  };
}

/** The pair of two records of different sources if one is plausibly the other rounded. */
function roundingPair(key: string, a: PriceRecord, b: PriceRecord): RoundingPair | undefined {
  if (sourceName(a) === sourceName(b)) return undefined;
  const da = printedDecimals(a.price);
  const db = printedDecimals(b.price);
  if (da === db) return undefined; // equal, or at least one unit of the last place apart
  const [coarse, fine, places] = da < db ? [a, b, da] : [b, a, db];
  const gap = Decimal.from(coarse.price).subtract(fine.price).abs();
  if (gap.greaterThan(Decimal.of(5n, places + 1))) return undefined;
  return { identity: key, coarse, fine, places };
}

/** The audit over the given records (the build's inputs, before the merge). */
export function precisionAudit(records: readonly PriceRecord[]): PrecisionAudit {
  const bySource = new Map<string, PriceRecord[]>();
  const byIdentity = new Map<string, PriceRecord[]>();
  for (const r of records) {
    const source = sourceName(r);
    const list = bySource.get(source);
    if (list) list.push(r);
    else bySource.set(source, [r]);
    const key = identity(r);
    const group = byIdentity.get(key);
    if (group) group.push(r);
    else byIdentity.set(key, [r]);
  }
  const pairs: RoundingPair[] = [];
  for (const [key, group] of byIdentity)
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++) {
        const pair = roundingPair(key, group[i]!, group[j]!);
        if (pair) pairs.push(pair);
      }
  const sources = [...bySource]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([source, list]) => precisionOf(source, list));
  return { sources, pairs };
}

/** The build's inputs: every curated record and every feed record. */
export async function buildInputs(): Promise<PriceRecord[]> {
  return [...allRecords(), ...(await feedRecords()).records];
}

/** Pairs counted by `coarser source → finer source`, most first. */
export function pairCounts(pairs: readonly RoundingPair[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const p of pairs) {
    const key = `${sourceName(p.coarse)} → ${sourceName(p.fine)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
}

function pairLine(p: RoundingPair): string {
  const what = [p.coarse.region, p.coarse.attributes.instanceType ?? p.coarse.productFamily];
  return `${what.join(' ')} ${p.coarse.id}: ${Decimal.from(p.coarse.price).trim().toString()} (${sourceName(p.coarse)}) ~ ${Decimal.from(p.fine.price).trim().toString()} (${sourceName(p.fine)})`;
}

export function printAudit(audit: PrecisionAudit, all: boolean): void {
  console.log(
    '| source | records | most decimals | records at most | decimals: records | regions printing fewer at most |',
  );
  console.log('|---|---:|---:|---:|---|---|');
  for (const s of audit.sources) {
    const histogram = Object.entries(s.histogram)
      .map(([d, n]) => `${d}: ${n}`)
      .join(', ');
    const coarser = Object.entries(s.coarserRegions)
      .map(([r, d]) => `${r} ${d}`)
      .join(', ');
    console.log(
      `| ${s.source} | ${s.records} | ${s.maxDecimals} | ${s.atMax} | ${histogram} | ${coarser || '—'} |`,
    );
  }
  console.log(`\n${audit.pairs.length} pairs where one price is plausibly the other rounded:`);
  for (const [key, n] of pairCounts(audit.pairs)) {
    console.log(`${n} × ${key}`);
    const examples = audit.pairs.filter(
      (p) => `${sourceName(p.coarse)} → ${sourceName(p.fine)}` === key,
    );
    for (const p of all ? examples : examples.slice(0, 3)) console.log(`    ${pairLine(p)}`);
  }
}

async function main(argv: readonly string[]): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: { all: { type: 'boolean', default: false }, format: { type: 'string' } },
  });
  const audit = precisionAudit(await buildInputs());
  if (values.format === 'json') console.log(JSON.stringify(audit, null, 1));
  else printAudit(audit, values.all ?? false);
  return 0;
}

if (require.main === module) runMain(main);
