import { readRequirementsFile } from '../backend/cli/read-input';
import type {
  CostComponent,
  CostLine,
  Ec2Item,
  GapStatus,
  PriceCatalog,
  PricingModel,
  Requirements,
  SizingPolicy,
} from '../core';
import { GAP_REASON_LABELS, coverageOf, priceRequirements, sizingPolicyWords } from '../core';
import { bulkEc2EstateWorkbook } from './bulk-ec2-estate';
import { rvtoolsEstate } from './rvtools-estate';
import { COMPUTE_SP_SOURCE, EMBEDDED_SP_COLUMNS } from './snapshot/ec2-savings-plans-2026';

/**
 * How much of a customer estate the catalog prices (issue 12's done-when): a workbook read and
 * priced the way `npm run estimate -- FILE --region R` does it, its lines counted and every line
 * not priced in full put in a group by reason. Used by test/scripts/estate-coverage.test.ts and
 * `npm run catalog:coverage -- --estates`.
 */

/** The regions the done-when names. */
export const ESTATE_REGIONS = ['us-east-1', 'ap-southeast-1'] as const;

export interface EstateFile {
  /** A file name the CLI reads by its extension (`.xlsx`). */
  readonly name: string;
  readonly bytes: Uint8Array;
}

/**
 * The estates measured: the 40-row bulk-import workbook (the committed corpus file is the same
 * bytes), a 1,000-VM RVTools export of Linux guests (the done-when's) and, for the record, the
 * same size with the mixed guests (Windows, RHEL, SUSE) the benchmarks use.
 */
export async function coverageEstates(): Promise<EstateFile[]> {
  const linux = await rvtoolsEstate({ vms: 1000, seed: 12, guests: 'linux' });
  const mixed = await rvtoolsEstate({ vms: 1000, seed: 12 });
  return [
    { name: 'aws-bulk-ec2-estate.xlsx', bytes: await bulkEc2EstateWorkbook() },
    { name: 'rvtools-1000-linux.xlsx', bytes: linux.workbook },
    { name: 'rvtools-1000-mixed.xlsx', bytes: mixed.workbook },
  ];
}

/**
 * Prices no source in ../shared gives (core/catalog/data/README.md, "What stays unpriced"): an EC2
 * line missing one of these is a catalog gap; any other unpriced line is not explained by one.
 */
export const CATALOG_GAPS = {
  savingsPlans: 'EC2 Savings Plans rates',
  upfrontReserved: 'EC2 Reserved Partial and All Upfront',
  dedicated: 'EC2 dedicated tenancy',
  otherPlatforms: 'EC2 Windows BYOL, and Reserved rates of OSes other than Linux',
} as const;
export type CatalogGap = (typeof CATALOG_GAPS)[keyof typeof CATALOG_GAPS];

export interface GapGroup {
  /** `price not in catalog: EC2 Windows, On-Demand`. */
  readonly reason: string;
  /** The recorded catalog gap the lines fall in, or null when none explains them. */
  readonly catalogGap: CatalogGap | null;
  /** The lines, as `description (line id)`. */
  readonly lines: readonly string[];
}

export interface EstateCoverage {
  readonly estate: string;
  readonly region: string;
  readonly lines: number;
  /** Lines every component of which is priced. */
  readonly priced: number;
  readonly partial: number;
  readonly unpriced: number;
  /** Lines not priced in full that no recorded catalog gap explains. */
  readonly unexplained: number;
  readonly groups: readonly GapGroup[];
  /** Instance families that sizing chose (lines with vCPU and memory, no type), by count. */
  readonly sizedFamilies: Readonly<Record<string, number>>;
  /** The sizing policy in words (`burstable allowed, any processor, any generation`). */
  readonly sizingPolicy: string;
  /** List price per month of the lines priced, USD (exact decimal). */
  readonly listMonthly: string;
}

/** Reads and prices an estate in one region, as the CLI does with `--region` (and the policy's flags). */
export async function measureEstate(
  estate: EstateFile,
  region: string,
  catalog: PriceCatalog,
  sizingPolicy?: SizingPolicy,
): Promise<EstateCoverage> {
  const { requirements } = await readRequirementsFile(
    estate.name,
    {
      readBytes: () => Promise.resolve(estate.bytes),
      readText: () => Promise.reject(new Error(`${estate.name} is read as a workbook`)),
      err: () => undefined,
    },
    region,
    sizingPolicy,
  );
  const estimate = priceRequirements(requirements, catalog);
  const coverage = coverageOf(estimate.lines);
  const groups = gapGroups(estimate.lines, requirements);
  return {
    estate: estate.name,
    region,
    lines: coverage.lines,
    priced: coverage.priced,
    partial: coverage.partial,
    unpriced: coverage.unpriced,
    unexplained: groups.reduce((n, g) => n + (g.catalogGap ? 0 : g.lines.length), 0),
    groups,
    sizedFamilies: sizedFamilies(estimate.lines, requirements),
    sizingPolicy: sizingPolicyWords(requirements.settings.sizingPolicy),
    listMonthly: estimate.listTotals.monthly,
  };
}

/** Families of the types sizing chose, from each sized line's instance component. */
function sizedFamilies(
  lines: readonly CostLine[],
  requirements: Requirements,
): Record<string, number> {
  const sized = new Set(
    requirements.items
      .filter((i) => i.service === 'ec2' && i.sizing !== undefined && i.instanceType === undefined)
      .map((i) => i.id),
  );
  const counts: Record<string, number> = {};
  for (const line of lines) {
    if (!sized.has(line.itemId)) continue;
    // `Instance usage (Linux, On-Demand, t3a.2xlarge)`: the type is the last part.
    const type = /, ([a-z0-9-]+)\.[a-z0-9-]+\)$/.exec(line.components[0]?.name ?? '')?.[1];
    if (type) counts[type] = (counts[type] ?? 0) + 1;
  }
  return counts;
}

function gapGroups(lines: readonly CostLine[], requirements: Requirements): GapGroup[] {
  const items = new Map(requirements.items.map((item) => [item.id, item]));
  const groups = new Map<
    string,
    { reason: string; catalogGap: CatalogGap | null; lines: string[] }
  >();
  for (const line of lines) {
    const gap = line.components.find(
      (c): c is CostComponent & { status: GapStatus } => c.status !== 'priced',
    );
    if (!gap && line.components.length > 0) continue;
    const item = items.get(line.itemId);
    const label = gap ? GAP_REASON_LABELS[gap.status] : 'nothing to price';
    const ec2 = item?.service === 'ec2' ? item : undefined;
    const reason = ec2
      ? `${label}: ${ec2Shape(ec2, requirements.settings.pricingModel, gap?.name ?? '')}`
      : `${label}: ${line.service}, ${gap?.name ?? 'no component'}`;
    const catalogGap =
      ec2 && gap?.status === 'price-not-in-catalog'
        ? ec2CatalogGap(ec2, requirements.settings.pricingModel, requirements.settings.region)
        : null;
    // One group per reason and gap: lines of one shape may differ in whether a source covers them.
    const key = `${reason}\u0000${catalogGap ?? ''}`;
    const group = groups.get(key) ?? { reason, catalogGap, lines: [] };
    group.lines.push(`${line.description} (${line.itemId})`);
    groups.set(key, group);
  }
  return [...groups.values()].sort(
    (a, b) => b.lines.length - a.lines.length || a.reason.localeCompare(b.reason),
  );
}

function modelWords(model: PricingModel): string {
  switch (model.kind) {
    case 'on-demand':
      return 'On-Demand';
    case 'spot':
      return 'Spot';
    case 'reserved':
      return `Reserved ${model.offeringClass} ${model.purchaseOption}`;
    case 'savings-plan':
      return `${model.plan === 'compute' ? 'Compute' : 'EC2 Instance'} Savings Plan`;
  }
}

/** `EC2 Windows, On-Demand`, `EC2 Linux, dedicated, On-Demand`, `EC2 RHEL, On-Demand, no type fits`. */
function ec2Shape(item: Ec2Item, fallback: PricingModel, component: string): string {
  const parts = [`EC2 ${item.os}`];
  if (item.tenancy === 'dedicated') parts.push('dedicated');
  parts.push(modelWords(item.pricingModel ?? fallback));
  if (component.includes('none fits')) parts.push('no type fits the sizing');
  return parts.join(', ');
}

/**
 * Compute Savings Plans rates the catalog has (DECISIONS 88): Linux, shared tenancy, us-east-1,
 * the terms and payment options of EMBEDDED_SP_COLUMNS. Any other Savings Plans line is a gap.
 */
function sourcedSavingsPlan(item: Ec2Item, model: PricingModel, region: string): boolean {
  if (model.kind !== 'savings-plan' || model.plan !== 'compute') return false;
  const column = `${model.term} ${model.purchaseOption}`;
  return (
    (item.region ?? region) === COMPUTE_SP_SOURCE.region &&
    item.os === 'Linux' &&
    (item.tenancy ?? 'shared') === 'shared' &&
    EMBEDDED_SP_COLUMNS.some((c) => c === column)
  );
}

function ec2CatalogGap(item: Ec2Item, fallback: PricingModel, region: string): CatalogGap | null {
  const model = item.pricingModel ?? fallback;
  if (model.kind === 'savings-plan' && !sourcedSavingsPlan(item, model, region))
    return CATALOG_GAPS.savingsPlans;
  if (model.kind === 'reserved' && model.purchaseOption !== 'No Upfront')
    return CATALOG_GAPS.upfrontReserved;
  if (item.tenancy === 'dedicated') return CATALOG_GAPS.dedicated;
  // Windows, RHEL, SUSE, Ubuntu Pro and SQL Server On-Demand are sourced in every region
  // (DECISIONS 84) for the types the Linux feed lists.
  if (item.os === 'Windows BYOL') return CATALOG_GAPS.otherPlatforms;
  if (item.os !== 'Linux' && model.kind === 'reserved') return CATALOG_GAPS.otherPlatforms;
  return null;
}

const pct = (n: number, of: number): string =>
  of === 0 ? '—' : `${(Math.floor((1000 * n) / of) / 10).toFixed(1)} %`;

const dollars = (amount: string): string =>
  `$${Number(amount).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/** Share of lines priced in full, and of those outside the recorded catalog gaps. */
export function pricedShare(c: EstateCoverage): { all: number; outsideGaps: number } {
  const inGaps = c.lines - c.priced - c.unexplained;
  const outside = c.lines - inGaps;
  return { all: c.priced / c.lines, outsideGaps: outside === 0 ? 1 : c.priced / outside };
}

/** A markdown table of the figures, then every gap group with its line count. */
export function estateCoverageText(rows: readonly EstateCoverage[]): string {
  const out = [
    '| estate | region | sizing policy | lines | priced | partly | not priced | priced % | priced % outside the catalog gaps | list monthly (USD, priced lines) |',
    '|---|---|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const c of rows) {
    const inGaps = c.lines - c.priced - c.unexplained;
    out.push(
      `| ${c.estate} | ${c.region} | ${c.sizingPolicy} | ${c.lines} | ${c.priced} | ${c.partial} | ${c.unpriced} | ${pct(c.priced, c.lines)} | ${pct(c.priced, c.lines - inGaps)} | ${dollars(c.listMonthly)} |`,
    );
  }
  for (const c of rows) {
    const sized = Object.entries(c.sizedFamilies).sort(
      (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]),
    );
    const total = sized.reduce((n, [, k]) => n + k, 0);
    if (total === 0) continue;
    const burstable = sized.filter(([f]) => /^t\d/.test(f)).reduce((n, [, k]) => n + k, 0);
    out.push(
      '',
      `${c.estate} in ${c.region} (${c.sizingPolicy}), ${total} sized instances by family: ${sized.map(([f, k]) => `${f} ${k}`).join(', ')} (burstable t*: ${pct(burstable, total)})`,
    );
  }
  for (const c of rows) {
    if (c.groups.length === 0) continue;
    out.push(
      '',
      `${c.estate} in ${c.region} (${c.sizingPolicy}), lines not priced in full by reason:`,
    );
    for (const g of c.groups)
      out.push(
        `- ${g.lines.length} × ${g.reason} — ${g.catalogGap ? `catalog gap: ${g.catalogGap}` : 'NOT a recorded catalog gap'}`,
      );
  }
  return out.join('\n');
}

/** Every line of the groups, for a failing test's message. */
export function gapListing(c: EstateCoverage): string {
  return c.groups
    .map((g) => `${g.reason} (${g.lines.length}):\n${g.lines.map((l) => `    ${l}`).join('\n')}`)
    .join('\n');
}
