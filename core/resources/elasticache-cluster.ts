import { hourlyComponents } from './compute-pricing';
import { databaseModel } from './database-pricing';
import type { PricedResource } from './resource';
import { itemCount, monthlyHours } from './usage';

const ENGINE = { redis: 'Redis', valkey: 'Valkey', memcached: 'Memcached' } as const;

/** ElastiCache node-hours per engine and node type, On-Demand or Reserved (aws.amazon.com/elasticache/pricing/). */
export const elastiCacheCluster: PricedResource<'elasticache'> = {
  service: 'elasticache',
  describe(item, context) {
    const engine = ENGINE[item.engine];
    const count = itemCount(item).multiply(item.nodes);
    const hours = monthlyHours(item, context.hoursInMonth);
    const { model, warnings } = databaseModel(
      item.pricingModel ?? context.pricingModel,
      item.id,
      'ElastiCache',
    );
    const priced = hourlyComponents(
      {
        baseName: 'Cache node',
        variant: engine,
        type: item.nodeType,
        count,
        hours,
        hoursInMonth: context.hoursInMonth,
        query: {
          service: 'AmazonElastiCache',
          region: context.region,
          productFamily: 'Cache Instance',
          attributes: { instanceType: item.nodeType, cacheEngine: engine },
        },
      },
      model,
    );
    return {
      description:
        item.description ??
        `ElastiCache ${engine} ${item.quantity} × ${item.nodes} × ${item.nodeType}`,
      category: 'Database',
      components: priced.components,
      warnings: [...warnings, ...priced.warnings],
      ...(priced.termMonths ? { termMonths: priced.termMonths } : {}),
    };
  },
};
