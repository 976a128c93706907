/**
 * The four dated sources of us-east-1 EC2 Linux On-Demand (shared tenancy) side by side, type by
 * type, each type present in at least two of them classified (DECISIONS 91):
 * `node --import tsx scripts/snapshot/ec2-us-east-1-sources.ts [--all]`.
 * Reads ../shared (the 2025-04-04 feeds, the 2026-07-20 Karpenter table) and the committed
 * transcriptions of the 2026-05 Price List copy and the 2026-09-24 feed copy.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EC2_LINUX_US_EAST_1_2026_05 } from './data/ec2-linux-us-east-1-2026-05';
import { EC2_NEW_TYPES_2026_05 } from './data/ec2-new-types-2026-05';
import { compareDecimal, plainDecimal } from './decimal';
import { onDemand20260924Prices } from './ec2-linux-2026-09-24';
import { priceDataDir } from './feeds';
import type { RegionPriceTable } from './references';
import { FILES, referenceDir } from './references';

export const SOURCES = [
  'feed 2025-04-04',
  'copy 2026-05',
  'Karpenter 2026-07-20',
  'feed copy 2026-09-24',
] as const;
export type SourceName = (typeof SOURCES)[number];

export type Classification =
  | 'all agree'
  | 'Karpenter alone differs'
  | '2026-09-24 differs from everything older'
  | 'the 2025-04-04 feed alone differs'
  | 'other';

export interface TypeSources {
  readonly instanceType: string;
  /** Price per source, as a plain decimal; absent where the source does not list the type. */
  readonly prices: Readonly<Partial<Record<SourceName, string>>>;
  readonly classification: Classification;
}

function feedPrices(): Map<string, string> {
  const prices = new Map<string, string>();
  for (const kind of ['ondemand', 'previousgen-ondemand']) {
    const file = path.join(priceDataDir(), `aws-pricing-page-feeds/ec2/us-east-1-${kind}.json`);
    const feed = JSON.parse(readFileSync(file, 'utf8')) as {
      regions: Record<string, Record<string, { 'Instance Type': string; price: string }>>;
    };
    for (const rows of Object.values(feed.regions))
      for (const row of Object.values(rows)) prices.set(row['Instance Type'], row.price);
  }
  return prices;
}

function may2026(): Map<string, string> {
  const prices = new Map(Object.entries(EC2_LINUX_US_EAST_1_2026_05));
  for (const [type, row] of Object.entries(EC2_NEW_TYPES_2026_05['us-east-1'] ?? {}))
    prices.set(type, row.split(' ')[0] ?? '-');
  return prices;
}

function karpenter(): Map<string, string> {
  const file = path.join(referenceDir(), FILES.karpenter);
  const table = JSON.parse(readFileSync(file, 'utf8')) as RegionPriceTable;
  return new Map(
    Object.entries(table.prices['us-east-1'] ?? {}).map(([t, p]) => [t, plainDecimal(p)]),
  );
}

/** Which sources agree, in the order of SOURCES (oldest first). */
export function classify(prices: Partial<Record<SourceName, string>>): Classification {
  const listed = SOURCES.filter((s) => prices[s] !== undefined);
  const same = (a: SourceName, b: SourceName): boolean =>
    compareDecimal(prices[a] ?? '', prices[b] ?? '') === 0;
  const agree = (names: readonly SourceName[]): boolean => names.every((n) => same(n, names[0]!));
  if (agree(listed)) return 'all agree';
  const without = (name: SourceName): SourceName[] => listed.filter((s) => s !== name);
  const alone = (name: SourceName): boolean =>
    listed.includes(name) && agree(without(name)) && without(name).length > 0;
  if (alone('Karpenter 2026-07-20')) return 'Karpenter alone differs';
  if (alone('feed copy 2026-09-24') && listed.length > 1)
    return '2026-09-24 differs from everything older';
  if (alone('feed 2025-04-04')) return 'the 2025-04-04 feed alone differs';
  return 'other';
}

/** Every us-east-1 type at least two sources list, with its prices and classification. */
export function usEast1Sources(): TypeSources[] {
  const bySource: Record<SourceName, Map<string, string>> = {
    'feed 2025-04-04': feedPrices(),
    'copy 2026-05': may2026(),
    'Karpenter 2026-07-20': karpenter(),
    'feed copy 2026-09-24': new Map(onDemand20260924Prices().map((r) => [r.instanceType, r.price])),
  };
  const types = new Set(Object.values(bySource).flatMap((m) => [...m.keys()]));
  const rows: TypeSources[] = [];
  for (const instanceType of [...types].sort((a, b) => a.localeCompare(b))) {
    const prices: Partial<Record<SourceName, string>> = {};
    for (const s of SOURCES) {
      const price = bySource[s].get(instanceType);
      if (price !== undefined && price !== '-') prices[s] = price;
    }
    if (Object.keys(prices).length < 2) continue;
    rows.push({ instanceType, prices, classification: classify(prices) });
  }
  return rows;
}

function main(all: boolean): void {
  const rows = usEast1Sources();
  const counts = new Map<Classification, number>();
  for (const r of rows) counts.set(r.classification, (counts.get(r.classification) ?? 0) + 1);
  console.log(`us-east-1 Linux On-Demand, ${rows.length} types in at least two sources:`);
  for (const [c, n] of counts) console.log(`  ${n} ${c}`);
  console.log(`| type | ${SOURCES.join(' | ')} | classification |`);
  for (const r of rows.filter((x) => all || x.classification !== 'all agree')) {
    const cells = SOURCES.map((s) => r.prices[s] ?? '-');
    const k = Number(r.prices['Karpenter 2026-07-20']);
    const p = r.prices;
    const other = Number(p['feed 2025-04-04'] ?? p['copy 2026-05'] ?? p['feed copy 2026-09-24']);
    const ratio =
      r.classification === 'Karpenter alone differs' ? ` (× ${(k / other).toFixed(4)})` : '';
    console.log(`| ${r.instanceType} | ${cells.join(' | ')} | ${r.classification}${ratio} |`);
  }
}

if (require.main === module) main(process.argv.includes('--all'));
