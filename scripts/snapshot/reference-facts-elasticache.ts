/**
 * Facts of ../shared/price-data/ec2instances-info-derived/elasticache-instances.json (an
 * ec2instances.info export, 2025-04-24): ElastiCache On-Demand node hours and Reserved rates as
 * effective hourly rates (the upfront fee spread over 8,760 hours a year, as ec2instances.info
 * computes them), per node type, region and engine. A cross-check, not a source of the catalog.
 */
import type { PriceQuery } from '../../core/catalog/price-query';
import type { PurchaseOption, Term } from '../../core/catalog/price-record';
import type { Fact } from './cross-check';
import { REGIONS } from './curated-record';

export const ELASTICACHE_EXPORT = 'ec2instances-info-derived/elasticache-instances.json';
const DATE = '2025-04-24';

interface NodeEntry {
  readonly instanceType: string;
  readonly pricing: Readonly<
    Record<
      string,
      Readonly<Record<string, { ondemand?: number; reserved?: Readonly<Record<string, number>> }>>
    >
  >;
}

const OPTIONS: Readonly<Record<string, PurchaseOption>> = {
  noUpfront: 'No Upfront',
  partialUpfront: 'Partial Upfront',
  allUpfront: 'All Upfront',
};

function query(
  region: string,
  instanceType: string,
  cacheEngine: string,
  term: Term,
  unit = 'Hrs',
): PriceQuery {
  return {
    service: 'AmazonElastiCache',
    region,
    productFamily: 'Cache Instance',
    attributes: { instanceType, cacheEngine },
    term,
    unit,
  };
}

export function elastiCacheFacts(nodes: readonly NodeEntry[]): Fact[] {
  const inScope = new Set<string>(REGIONS);
  const facts: Fact[] = [];
  for (const node of nodes) {
    for (const [region, engines] of Object.entries(node.pricing)) {
      for (const [engine, prices] of Object.entries(engines)) {
        const label = `${region} ${node.instanceType} ${engine}`;
        const scoped = inScope.has(region);
        if (prices.ondemand !== undefined)
          facts.push({
            file: ELASTICACHE_EXPORT,
            label: `${label} OD`,
            date: DATE,
            value: prices.ondemand,
            ...(scoped
              ? { query: query(region, node.instanceType, engine, { type: 'OnDemand' }) }
              : {}),
          });
        for (const [key, value] of Object.entries(prices.reserved ?? {})) {
          const match = /^yrTerm([13])Standard\.(\w+)$/.exec(key);
          const option = OPTIONS[match?.[2] ?? ''];
          if (!match || !option) continue;
          const years = Number(match[1]);
          const term: Term = {
            type: 'Reserved',
            leaseContractLength: years === 1 ? '1yr' : '3yr',
            offeringClass: 'standard',
            purchaseOption: option,
          };
          facts.push({
            file: ELASTICACHE_EXPORT,
            label: `${label} RI ${years}yr ${option} (effective hourly)`,
            date: DATE,
            value,
            ...(scoped
              ? {
                  query: query(region, node.instanceType, engine, term),
                  ...(option === 'No Upfront'
                    ? {}
                    : {
                        upfront: {
                          query: query(region, node.instanceType, engine, term, 'Quantity'),
                          hours: 8760 * years,
                        },
                      }),
                }
              : {}),
          });
        }
      }
    }
  }
  return facts;
}
