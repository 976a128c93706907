import type { CatalogShard, CatalogSnapshot } from './catalog-shard';
import type { CoverageReport, TypeRow } from './coverage';
import { coverageReport } from './coverage';
import type { RegionCoverageSummary } from './coverage-parts';
import { combineCoverage } from './coverage-parts';
import type { SourceGroup } from './coverage-sources';
import { sourceTallies } from './coverage-sources';
import type { PriceRecord } from './price-record';
import { confirmedDate, priceDate } from './price-record';

/** A column of the coverage summary: one variant × pricing model of EC2, RDS or ElastiCache. */
export interface CoverageColumn {
  readonly title: string;
  readonly service: TypeRow['service'];
  readonly variant: string;
  readonly model: string;
}

const RI_1YR = 'Reserved 1yr standard No Upfront';

/** The columns `npm run catalog:coverage` and the console's catalog page show. */
export const COVERAGE_COLUMNS: readonly CoverageColumn[] = [
  { title: 'EC2 Linux OD', service: 'AmazonEC2', variant: 'Linux', model: 'On-Demand' },
  { title: 'EC2 Linux RI 1yr', service: 'AmazonEC2', variant: 'Linux', model: RI_1YR },
  { title: 'EC2 Windows OD', service: 'AmazonEC2', variant: 'Windows', model: 'On-Demand' },
  ...['MySQL', 'PostgreSQL', 'MariaDB'].flatMap((engine) =>
    ['Single-AZ', 'Multi-AZ'].map((deployment) => ({
      title: `RDS ${engine === 'PostgreSQL' ? 'PG' : engine} ${deployment === 'Single-AZ' ? 'SAZ' : 'MAZ'}`,
      service: 'AmazonRDS' as const,
      variant: `${engine} ${deployment}`,
      model: 'On-Demand',
    })),
  ),
  {
    title: 'RDS MySQL SAZ RI 1yr',
    service: 'AmazonRDS',
    variant: 'MySQL Single-AZ',
    model: RI_1YR,
  },
  ...['Redis', 'Valkey', 'Memcached'].map((engine) => ({
    title: `EC ${engine}`,
    service: 'AmazonElastiCache' as const,
    variant: engine,
    model: 'On-Demand',
  })),
  { title: 'EC Redis RI 1yr', service: 'AmazonElastiCache', variant: 'Redis', model: RI_1YR },
];

/** One region × service: its records and the dates of the prices they carry. */
export interface ServiceCoverage {
  readonly service: string;
  readonly records: number;
  /** Distinct sources (`source.reference`) of its records; records without one are not counted. */
  readonly sources: number;
  /**
   * Oldest and newest date its prices are known to hold, `YYYY-MM[-DD]`: a record's confirmation
   * date where a newer source confirmed its price unchanged (`confirmedBy`, DECISIONS 101), else its
   * own price date (`source.asOf`, else `effectiveDate`).
   */
  readonly oldest: string;
  readonly newest: string;
  /** Records whose price a newer source confirmed unchanged. */
  readonly confirmed: number;
  /**
   * Present when confirmations make `oldest` later than the oldest price date by the sources alone:
   * that date, and the earliest date the prices of that date were confirmed unchanged ("priced
   * 2023-01-06, confirmed unchanged 2026-05").
   */
  readonly oldestPriced?: OldestPriced;
}

/** The oldest price date by source alone, and when its prices were confirmed unchanged. */
export interface OldestPriced {
  readonly priced: string;
  readonly confirmed: string;
}

/** A summary column's share in one region: types priced of the region's current-generation types. */
export interface ColumnCoverage {
  readonly title: string;
  readonly priced: number;
  readonly current: number;
}

export interface RegionCoverage {
  readonly region: string;
  readonly records: number;
  readonly services: readonly ServiceCoverage[];
  /** Only the columns the region has current-generation types for (absent: nothing to measure). */
  readonly columns: readonly ColumnCoverage[];
  /** EBS volume types with a storage price (null for `global`). */
  readonly ebsVolumeTypes: number | null;
}

/** `GET /admin/catalog/coverage`: the coverage report of the catalog in use, summarised. */
export interface CatalogCoverage {
  readonly version: string;
  readonly regions: readonly RegionCoverage[];
  /** Where the prices come from, with their dates (coverage-sources.ts). */
  readonly sources: readonly SourceGroup[];
}

/** A shard whose coverage the admin API computed from its records, and why. */
export interface LiveShardCoverage {
  readonly region: string;
  readonly service: string;
  readonly version: string;
  /** e.g. `no stored summary` (published before summaries were stored), `summary of format …`. */
  readonly reason: string;
}

/**
 * `GET /admin/catalog/coverage`: the coverage of the catalog the API prices with, from the shards'
 * stored summaries (DECISIONS 98); `computedLive` names every shard that had no usable summary and
 * was computed from its records instead (empty when none).
 */
export interface AdminCatalogCoverage extends CatalogCoverage {
  readonly computedLive: readonly LiveShardCoverage[];
}

/**
 * Summarises `coverageReport` per region and service (the full report is ~400 KB of rows). Every
 * figure of a region depends on that region's shards only, so this is `regionCoverage` of each
 * region, one at a time, combined (coverage-parts.ts); the admin API combines the embedded
 * catalog's precomputed regions with the regions it computes live the same way.
 */
export function catalogCoverage(snapshot: CatalogSnapshot): CatalogCoverage {
  const regions = [...new Set(snapshot.shards.map((s) => s.region))];
  return combineCoverage(
    snapshot.version,
    regions.map((region) =>
      regionCoverage(
        region,
        snapshot.shards.filter((s) => s.region === region),
      ),
    ),
  );
}

/** One region's coverage and source tallies, from that region's shards alone. */
export function regionCoverage(
  region: string,
  shards: readonly CatalogShard[],
): RegionCoverageSummary {
  const report = coverageReport({ version: '', createdAt: '', shards });
  return {
    coverage: {
      region,
      records: report.models.reduce((n, m) => n + m.records, 0),
      services: serviceRows(shards),
      columns: columnRows(report, region),
      ebsVolumeTypes: report.ebs[region] ?? null,
    },
    sources: sourceTallies(shards),
  };
}

/** The report's type row for a column in a region, if the region has such types. */
export function columnRow(
  report: CoverageReport,
  region: string,
  c: CoverageColumn,
): TypeRow | undefined {
  return report.types.find(
    (t) =>
      t.region === region &&
      t.service === c.service &&
      t.variant === c.variant &&
      t.model === c.model,
  );
}

function columnRows(report: CoverageReport, region: string): ColumnCoverage[] {
  return COVERAGE_COLUMNS.flatMap((c) => {
    const row = columnRow(report, region, c);
    return row ? [{ title: c.title, priced: row.priced, current: row.current }] : [];
  });
}

interface ServiceTally {
  records: number;
  sources: Set<string>;
  confirmed: number;
  oldest?: string;
  newest?: string;
  /** The oldest own price date and the earliest confirmation among the records of that date. */
  oldestOwn?: string;
  oldestOwnConfirmed?: string;
}

function tally(row: ServiceTally, r: PriceRecord): void {
  row.records += 1;
  if (r.source) row.sources.add(r.source.reference);
  if (r.confirmedBy) row.confirmed += 1;
  const own = priceDate(r);
  const current = confirmedDate(r);
  if (row.oldest === undefined || current < row.oldest) row.oldest = current;
  if (row.newest === undefined || current > row.newest) row.newest = current;
  if (row.oldestOwn === undefined || own < row.oldestOwn) {
    row.oldestOwn = own;
    row.oldestOwnConfirmed = current;
  } else if (own === row.oldestOwn && current < row.oldestOwnConfirmed!) {
    row.oldestOwnConfirmed = current;
  }
}

function serviceRows(shards: readonly CatalogShard[]): ServiceCoverage[] {
  const byService = new Map<string, ServiceTally>();
  for (const shard of shards) {
    const row = byService.get(shard.service) ?? { records: 0, sources: new Set(), confirmed: 0 };
    for (const r of shard.records) tally(row, r);
    byService.set(shard.service, row);
  }
  return [...byService]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([service, row]) => {
      const oldest = row.oldest ?? '';
      const moved = row.oldestOwn !== undefined && row.oldestOwn < oldest;
      return {
        service,
        records: row.records,
        sources: row.sources.size,
        oldest,
        newest: row.newest ?? '',
        confirmed: row.confirmed,
        ...(moved
          ? { oldestPriced: { priced: row.oldestOwn!, confirmed: row.oldestOwnConfirmed! } }
          : {}),
      };
    });
}
