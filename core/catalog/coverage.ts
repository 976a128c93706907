/**
 * What a catalog prices (`npm run catalog:coverage`, and `GET /admin/catalog/coverage` through
 * coverage-summary.ts); pure, no I/O: per region ×
 * service × pricing model the number of records, and for EC2, RDS and ElastiCache the share of the
 * region's current-generation types that have a price (per operating system, engine and deployment).
 *
 * "Current-generation types of a region" are the instance, DB-instance or node types that any
 * record of that region marks `currentGeneration: Yes` — for the feeds, the types AWS's pricing page
 * lists for the region. A type with no such record is not counted (its generation is unknown).
 */
import type { CatalogSnapshot } from './catalog-shard';
import type { PriceRecord, Term } from './price-record';

/** Records of one region × service × pricing model. */
export interface ModelRow {
  readonly region: string;
  readonly service: string;
  /** `On-Demand`, `Reserved 1yr standard No Upfront`, `SavingsPlan ComputeSavingsPlans 1yr No Upfront`. */
  readonly model: string;
  readonly records: number;
}

export interface TypeRow {
  readonly region: string;
  readonly service: 'AmazonEC2' | 'AmazonRDS' | 'AmazonElastiCache';
  /** `Linux`, `MySQL Single-AZ`, `Redis` … */
  readonly variant: string;
  readonly model: string;
  readonly priced: number;
  readonly current: number;
  /** priced / current, 0–1 (1 when the region has no current-generation type of the kind). */
  readonly share: number;
}

export interface CoverageReport {
  readonly version: string;
  readonly regions: readonly string[];
  readonly models: readonly ModelRow[];
  readonly types: readonly TypeRow[];
  /** EBS volume types (`volumeApiName`) with a storage price, per region. */
  readonly ebs: Readonly<Record<string, number>>;
}

export function modelName(term: Term): string {
  switch (term.type) {
    case 'OnDemand':
      return 'On-Demand';
    case 'Reserved':
      return `Reserved ${term.leaseContractLength} ${term.offeringClass} ${term.purchaseOption}`;
    case 'SavingsPlan':
      return `SavingsPlan ${term.planType} ${term.leaseContractLength} ${term.purchaseOption}`;
  }
}

type TypedService = TypeRow['service'];

/** The variant a record prices, or undefined when it is not an instance price of the kind counted. */
function variantOf(record: PriceRecord): string | undefined {
  const a = record.attributes;
  if (record.unit !== 'Hrs' || !a.instanceType) return undefined;
  if (record.service === 'AmazonEC2') {
    if (!record.productFamily.startsWith('Compute Instance') || a.tenancy !== 'Shared')
      return undefined;
    if (a.capacitystatus !== 'Used' || a.licenseModel === 'Bring your own license')
      return undefined;
    return a.preInstalledSw && a.preInstalledSw !== 'NA'
      ? `${a.operatingSystem} + ${a.preInstalledSw}`
      : a.operatingSystem;
  }
  if (record.service === 'AmazonRDS') {
    if (record.productFamily !== 'Database Instance' || !a.databaseEngine) return undefined;
    const edition = a.databaseEdition ? ` ${a.databaseEdition}` : '';
    return `${a.databaseEngine}${edition} ${a.deploymentOption}`;
  }
  if (record.service === 'AmazonElastiCache')
    return record.productFamily === 'Cache Instance' ? a.cacheEngine : undefined;
  return undefined;
}

/**
 * The group whose current-generation types a variant is measured against: EC2, every OS against
 * the region's types; ElastiCache per engine; RDS per engine, DB instances (Single-AZ and Multi-AZ
 * offer the same classes) apart from Multi-AZ DB clusters (readable standbys, fewer classes).
 */
function currentGroup(service: TypedService, variant: string): string {
  if (service === 'AmazonElastiCache') return variant;
  if (service !== 'AmazonRDS') return '';
  const cluster = variant.endsWith('(readable standbys)');
  return `${variant.split(' ')[0] ?? variant}${cluster ? ' cluster' : ''}`;
}

function typeRows(region: string, records: readonly PriceRecord[]): TypeRow[] {
  const current = new Map<string, Set<string>>();
  const priced = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, key: string, type: string): void => {
    const set = map.get(key) ?? new Set<string>();
    set.add(type);
    map.set(key, set);
  };
  for (const r of records) {
    const variant = variantOf(r);
    if (!variant) continue;
    const service = r.service as TypedService;
    const type = r.attributes.instanceType ?? '';
    if (r.attributes.currentGeneration === 'Yes')
      add(current, `${service}|${currentGroup(service, variant)}`, type);
    add(priced, `${service}|${variant}|${modelName(r.term)}`, type);
  }
  const rows: TypeRow[] = [];
  for (const [key, types] of priced) {
    const [service = '', variant = '', model = ''] = key.split('|');
    const denominator = current.get(`${service}|${currentGroup(service as TypedService, variant)}`);
    if (!denominator) continue;
    const count = [...types].filter((t) => denominator.has(t)).length;
    rows.push({
      region,
      service: service as TypedService,
      variant,
      model,
      priced: count,
      current: denominator.size,
      share: denominator.size === 0 ? 1 : count / denominator.size,
    });
  }
  return rows.sort((a, b) =>
    `${a.service}|${a.variant}|${a.model}` < `${b.service}|${b.variant}|${b.model}` ? -1 : 1,
  );
}

export function coverageReport(snapshot: CatalogSnapshot): CoverageReport {
  const regions = [...new Set(snapshot.shards.map((s) => s.region))];
  const models: ModelRow[] = [];
  const types: TypeRow[] = [];
  const ebs: Record<string, number> = {};
  for (const region of regions) {
    const shards = snapshot.shards.filter((s) => s.region === region);
    for (const shard of shards) {
      const counts = new Map<string, number>();
      for (const r of shard.records)
        counts.set(modelName(r.term), (counts.get(modelName(r.term)) ?? 0) + 1);
      for (const [model, records] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1)))
        models.push({ region, service: shard.service, model, records });
    }
    types.push(
      ...typeRows(
        region,
        shards.flatMap((s) => s.records),
      ),
    );
    if (region !== 'global') ebs[region] = ebsVolumeTypes(shards);
  }
  return { version: snapshot.version, regions, models, types, ebs };
}

function ebsVolumeTypes(shards: CatalogSnapshot['shards']): number {
  const volumes = new Set<string>();
  for (const shard of shards) {
    if (shard.service !== 'AmazonEC2') continue;
    for (const r of shard.records)
      if (r.productFamily === 'Storage' && r.attributes.volumeApiName)
        volumes.add(r.attributes.volumeApiName);
  }
  return volumes.size;
}
