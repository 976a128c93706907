import type { PriceQuery } from '../catalog/price-query';
import type { ComponentSpec } from '../estimate/component-spec';
import { Decimal } from '../money/decimal';
import { FREE, lessFree, lessFreeWords, usedOf } from './free-tier';
import type { PricedResource } from './resource';
import { usageType } from './region-prefix';
import { itemCount } from './usage';

function cwQuery(region: string, productFamily: string, suffix: string): PriceQuery {
  return {
    service: 'AmazonCloudWatch',
    region,
    productFamily,
    attributes: { usagetype: usageType(region, suffix, { prefixedInUsEast1: false }) },
  };
}

/** Custom (and detailed-monitoring) metrics, tiered: first 10K / next 240K / next 750K / over 1M metrics. */
export function metricsComponent(
  region: string,
  metrics: Decimal | null,
  words?: string,
): ComponentSpec {
  return {
    name: 'Metrics',
    unit: 'metrics',
    charge: 'monthly',
    quantity: metrics,
    query: cwQuery(region, 'Metric', 'CW:MetricMonitorUsage'),
    tiered: true,
    ...(words ? { quantityWords: words } : {}),
  };
}

/**
 * CloudWatch: custom metrics, Logs ingestion and storage, alarms and dashboards
 * (aws.amazon.com/cloudwatch/pricing/). With the free tier on, its allowances (free-tier.ts) are
 * taken off each quantity, the 5 GB of Logs data off ingestion first and the rest off storage.
 */
export const cloudWatch: PricedResource<'cloudwatch'> = {
  service: 'cloudwatch',
  describe(item, context) {
    const n = itemCount(item);
    const times = (v: number | undefined): Decimal | null =>
      v === undefined ? null : n.multiply(Decimal.from(v));
    const free = context.freeTier;
    const r = context.region;
    const ingested = times(item.logsIngestedGb);
    const logsFreeForStorage = FREE.cloudWatchLogsGb.subtract(
      usedOf(ingested, FREE.cloudWatchLogsGb),
    );
    /** The quantity (less its allowance when the free tier is on) and, then, its words. */
    const net = (quantity: Decimal | null, allowance: Decimal, unit: string) =>
      free && quantity !== null
        ? {
            quantity: lessFree(quantity, allowance),
            quantityWords: lessFreeWords(quantity, allowance, unit),
          }
        : { quantity };
    const components: ComponentSpec[] = [];
    if (item.customMetrics !== undefined) {
      const m = net(times(item.customMetrics), FREE.cloudWatchMetrics, 'metrics');
      components.push(metricsComponent(r, m.quantity, m.quantityWords));
    }
    if (item.logsIngestedGb !== undefined) {
      components.push({
        name: 'Logs ingestion (Standard)',
        unit: 'GB',
        charge: 'monthly',
        ...net(ingested, FREE.cloudWatchLogsGb, 'GB'),
        query: cwQuery(r, 'Data Payload', 'DataProcessing-Bytes'),
      });
    }
    if (item.logsStoredGb !== undefined) {
      components.push({
        name: 'Logs storage (archived)',
        unit: 'GB-months',
        charge: 'monthly',
        ...net(times(item.logsStoredGb), logsFreeForStorage, 'GB-months'),
        query: cwQuery(r, 'Storage Snapshot', 'TimedStorage-ByteHrs'),
      });
    }
    if (item.alarms !== undefined) {
      components.push({
        name: 'Standard alarms',
        unit: 'alarms',
        charge: 'monthly',
        ...net(times(item.alarms), FREE.cloudWatchAlarms, 'alarms'),
        query: cwQuery(r, 'Alarm', 'CW:AlarmMonitorUsage'),
      });
    }
    if (item.dashboards !== undefined) {
      components.push({
        name: 'Dashboards',
        unit: 'dashboards',
        charge: 'monthly',
        ...net(times(item.dashboards), FREE.cloudWatchDashboards, 'dashboards'),
        query: cwQuery(r, 'Dashboard', 'DashboardsUsageHour-Basic'),
      });
    }
    const warnings = components.length === 0 ? [`${item.id}: no CloudWatch usage given.`] : [];
    if (free && components.length > 0)
      warnings.push(
        `${item.id}: CloudWatch free tier applied (10 metrics, 10 alarms, 3 dashboards, 5 GB of Logs data taken off this line); it is shared by the whole account.`,
      );
    return {
      description: item.description ?? 'Amazon CloudWatch',
      category: 'Management',
      components,
      warnings,
    };
  },
};
