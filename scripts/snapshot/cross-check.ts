/**
 * Compares the embedded snapshot with every comparable fact of ../shared/pricing-reference.
 * Used by test/core/catalog/snapshot-reference.test.ts; also runnable to print the report:
 * `node --import tsx scripts/snapshot/cross-check.ts`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PriceCatalog } from '../../core/catalog/price-catalog';
import type { PriceQuery } from '../../core/catalog/price-query';
import { embeddedSnapshot } from '../../backend/adapters/embedded-catalog-files';
import { Decimal } from '../../core/money/decimal';
import { compareDecimal, plainDecimal, shiftDecimal } from './decimal';
import { ELASTICACHE_EXPORT, elastiCacheFacts } from './reference-facts-elasticache';
import { priceDataDir } from './feeds';
import { referenceFacts } from './reference-facts';
import type { SupersededFact } from './superseded-facts';
import { SUPERSEDED_FACTS } from './superseded-facts';

/** One published price from a reference file, and how to ask the catalog for it. */
export interface Fact {
  readonly file: string;
  readonly label: string;
  /** The date the reference's price reflects (`2026-07-20`, `2025-05`, `2023-03-10`, …). */
  readonly date: string;
  readonly value: number;
  /** Multiply the reference value by 10^shift to get the Price List unit (per 1,000 -> -3). */
  readonly shift?: number;
  /** Compare after rounding the catalog price to this many decimals (the reference was rounded). */
  readonly roundedTo?: number;
  /** Undefined when the fact is outside the snapshot's scope (region or service not embedded). */
  readonly query?: PriceQuery;
  /** Pick the tier that starts here (default: the first tier). */
  readonly beginRange?: string;
  /**
   * The reference is an effective hourly rate: the catalog's hourly fee plus this upfront fee
   * spread over `hours`; compared within 1e-9 (the reference is a binary float).
   */
  readonly upfront?: { readonly query: PriceQuery; readonly hours: number };
}

export type Outcome = 'match' | 'mismatch' | 'missing' | 'out-of-scope';

export interface Checked {
  readonly fact: Fact;
  readonly outcome: Outcome;
  readonly actual?: string;
  readonly expected: string;
}

export function check(catalog: PriceCatalog, fact: Fact): Checked {
  const expected = shiftDecimal(plainDecimal(fact.value), fact.shift ?? 0);
  if (!fact.query) return { fact, outcome: 'out-of-scope', expected };
  const lookup = catalog.lookup(fact.query);
  if (lookup.status === 'ambiguous')
    return { fact, outcome: 'mismatch', expected, actual: 'ambiguous' };
  if (lookup.status === 'missing') return { fact, outcome: 'missing', expected };
  const record = lookup.records.find(
    (r) => r.beginRange === (fact.beginRange ?? lookup.records[0]?.beginRange),
  );
  if (!record) return { fact, outcome: 'missing', expected };
  if (fact.upfront) return checkEffective(catalog, fact, record.price, expected);
  const matches =
    fact.roundedTo === undefined
      ? compareDecimal(record.price, expected) === 0
      : withinHalfUnit(record.price, expected, fact.roundedTo);
  return { fact, outcome: matches ? 'match' : 'mismatch', expected, actual: record.price };
}

/** An effective hourly rate: hourly fee + upfront fee ÷ hours, exact, against a float reference. */
function checkEffective(
  catalog: PriceCatalog,
  fact: Fact,
  hourly: string,
  expected: string,
): Checked {
  const upfront = fact.upfront ? catalog.lookup(fact.upfront.query) : undefined;
  if (!fact.upfront || upfront?.status !== 'found') return { fact, outcome: 'missing', expected };
  const actual = Decimal.from(hourly).add(
    Decimal.from(upfront.records[0]?.price ?? '0').divide(fact.upfront.hours, 20, 'half-even'),
  );
  const close = actual.subtract(expected).abs().compare('0.000000001') <= 0;
  return { fact, outcome: close ? 'match' : 'mismatch', expected, actual: actual.toString() };
}

/**
 * True when `expected` (at most `places` decimals) is `actual` rounded to `places` decimals by
 * some rounding rule: the reference printed 4 decimals from a binary float, so a tie may have
 * gone either way.
 */
export function withinHalfUnit(actual: string, expected: string, places: number): boolean {
  const decimalsOf = (d: string): number => (d.split('.')[1] ?? '').length;
  if (decimalsOf(expected) > places) return false;
  const scale = Math.max(places + 1, decimalsOf(actual), decimalsOf(expected));
  const units = (d: string): bigint => {
    const [int = '0', frac = ''] = d.split('.');
    return BigInt(int + frac.padEnd(scale, '0'));
  };
  const diff = units(actual) - units(expected);
  const half = 5n * 10n ** BigInt(scale - places - 1);
  return (diff < 0n ? -diff : diff) <= half;
}

export interface FileSummary {
  readonly file: string;
  readonly facts: number;
  readonly comparable: number;
  readonly match: number;
  readonly mismatch: number;
  readonly missing: number;
  readonly coverage: string;
}

export function summarise(results: readonly Checked[]): FileSummary[] {
  const files = [...new Set(results.map((r) => r.fact.file))];
  return files.map((file) => {
    const mine = results.filter((r) => r.fact.file === file);
    const count = (o: Outcome): number => mine.filter((r) => r.outcome === o).length;
    const comparable = mine.length - count('out-of-scope');
    const covered = count('match') + count('mismatch');
    return {
      file,
      facts: mine.length,
      comparable,
      match: count('match'),
      mismatch: count('mismatch'),
      missing: count('missing'),
      coverage: comparable === 0 ? '-' : `${((100 * covered) / comparable).toFixed(1)}%`,
    };
  });
}

/** Mismatches against a source dated 2026: each must be listed in SUPERSEDED_FACTS, or fails. */
export function failing(results: readonly Checked[]): Checked[] {
  return results.filter((r) => r.outcome === 'mismatch' && r.fact.date.startsWith('2026'));
}

/** A 2026 mismatch and the listed fact that explains it (same file, label and both values). */
export function explained(r: Checked): SupersededFact | undefined {
  return SUPERSEDED_FACTS.find(
    (f) =>
      f.file === r.fact.file &&
      f.label === r.fact.label &&
      compareDecimal(f.reference, r.expected) === 0 &&
      r.actual !== undefined &&
      compareDecimal(f.catalog, r.actual) === 0,
  );
}

export function defaultReferenceDir(): string {
  return path.resolve(__dirname, '../../../shared/pricing-reference');
}

/**
 * Every fact of ../shared/pricing-reference (`dir`) and, when `dataDir` has it, of the
 * ec2instances.info ElastiCache export in ../shared/price-data, checked against the embedded catalog.
 */
export function runCrossCheck(dir: string, dataDir: string = priceDataDir()): Checked[] {
  const read = (file: string): unknown => JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
  const catalog = new PriceCatalog(embeddedSnapshot());
  const facts = referenceFacts(read);
  const exportFile = path.join(dataDir, ELASTICACHE_EXPORT);
  if (existsSync(exportFile))
    facts.push(...elastiCacheFacts(JSON.parse(readFileSync(exportFile, 'utf8')) as never));
  return facts.map((fact) => check(catalog, fact));
}

if (require.main === module) {
  const dir = defaultReferenceDir();
  if (!existsSync(dir)) {
    console.log(`skipped: ${dir} not found`);
  } else {
    const results = runCrossCheck(dir);
    console.table(summarise(results));
    for (const r of results.filter((x) => x.outcome === 'mismatch')) {
      const why = explained(r)?.why;
      console.log(
        `${r.fact.file} ${r.fact.date} ${r.fact.label}: reference ${r.expected}, snapshot ${r.actual}${why ? ` (listed: ${why})` : ''}`,
      );
    }
  }
}
