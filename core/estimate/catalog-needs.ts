import type { CatalogSnapshot } from '../catalog/catalog-shard';
import { PriceCatalog } from '../catalog/price-catalog';
import type { PriceQuery } from '../catalog/price-query';
import type { PriceNeed } from '../catalog/validation-gate';
import { Decimal } from '../money/decimal';
import { ON_DEMAND_MODEL } from '../requirements/pricing-model';
import type { RequirementItem } from '../requirements/requirement-items';
import { describeItem } from '../resources/registry';
import { queryKey } from './cached-lookup';
import { describeQuery } from './price-components';
import { representativeItems } from './representative-requirements';

/**
 * A price the engine asks for. `required`: the validation gate refuses a catalog without it
 * (EC2 Linux On-Demand for common types, EBS gp3 storage, S3 Standard storage and internet egress,
 * in each published region). Every other need is optional: its gap is reported, not refused,
 * because the embedded snapshot is curated and has documented gaps (core/catalog/data/README.md).
 */
export interface CatalogNeed extends PriceNeed {
  readonly required: boolean;
}

/**
 * The regions where a catalog must hold the required prices (EC2, EBS, S3, internet data transfer):
 * the six where every required service is curated. The embedded snapshot covers all 32 regions of
 * AWS_REGIONS for EC2, RDS, ElastiCache and EBS (core/catalog/data/README.md); elsewhere every need
 * is optional (reported, not refused).
 */
export const PUBLISHED_REGIONS: readonly string[] = [
  'ap-southeast-1',
  'us-east-1',
  'us-west-2',
  'eu-west-1',
  'ap-northeast-1',
  'ap-southeast-2',
];

export interface CatalogNeedsOptions {
  /** Regions to derive needs for (default: PUBLISHED_REGIONS). Global services add region `global`. */
  readonly regions?: readonly string[];
  /** Keep only needs of these Price List offer codes (e.g. the services being imported). */
  readonly services?: readonly string[];
}

/** Nothing to choose from: the needs are the queries resources describe, not what a catalog holds. */
const NO_CATALOG = new PriceCatalog({ version: 'catalog-needs', createdAt: '', shards: [] });

/**
 * The price queries the engine issues, derived by running every priced resource's component
 * descriptions over a representative requirement set in each region (representative-requirements.ts)
 * — the real queries, so a resource that changes its query changes its need. One need per distinct
 * query; a query that any required item issues is required.
 */
export function catalogNeeds(options: CatalogNeedsOptions = {}): CatalogNeed[] {
  const regions = options.regions ?? PUBLISHED_REGIONS;
  const services = options.services ? new Set(options.services) : undefined;
  const byKey = new Map<string, CatalogNeed>();
  for (const region of regions) {
    for (const { item, required } of representativeItems()) {
      const spec = describeItem(item, {
        region,
        hoursInMonth: Decimal.from(730),
        pricingModel: ON_DEMAND_MODEL,
        freeTier: false,
        catalog: NO_CATALOG,
      });
      for (const component of spec.components) {
        const query: PriceQuery = component.query;
        if (services && !services.has(query.service)) continue;
        // A component without usage is never looked up, so its price cannot be required.
        // Only the published regions must be complete; others are imported best-effort.
        const must = required && component.quantity !== null && PUBLISHED_REGIONS.includes(region);
        const key = queryKey(query);
        const seen = byKey.get(key);
        if (seen && (seen.required || !must)) continue;
        byKey.set(key, {
          label: needLabel(item, component.name, query.region),
          query,
          required: must,
        });
      }
    }
  }
  return [...byKey.values()];
}

function needLabel(item: RequirementItem, component: string, region: string): string {
  return `${item.service}: ${component} (${region})`;
}

/** A need the catalog cannot answer with exactly one record (per tier). */
export interface NeedGap {
  readonly need: CatalogNeed;
  readonly status: 'missing' | 'ambiguous';
  /** `missing price for …` / `ambiguous price for …`, with the query in words. */
  readonly text: string;
}

/** Check needs against a catalog without the gate: the report of the OPTIONAL gaps. */
export function needGaps(
  catalog: PriceCatalog | CatalogSnapshot,
  needs: readonly CatalogNeed[],
): NeedGap[] {
  const priced = catalog instanceof PriceCatalog ? catalog : new PriceCatalog(catalog);
  const gaps: NeedGap[] = [];
  for (const need of needs) {
    const found = priced.lookup(need.query);
    if (found.status === 'found') continue;
    gaps.push({
      need,
      status: found.status,
      text: `${found.status} price for ${need.label}: ${describeQuery(need.query)}`,
    });
  }
  return gaps;
}

/** Split needs into those the gate enforces and those only reported. */
export function splitNeeds(needs: readonly CatalogNeed[]): {
  readonly required: CatalogNeed[];
  readonly optional: CatalogNeed[];
} {
  return {
    required: needs.filter((n) => n.required),
    optional: needs.filter((n) => !n.required),
  };
}
