import type { PriceQuery } from '../catalog/price-query';
import type { ComponentSpec } from '../estimate/component-spec';
import { Decimal } from '../money/decimal';
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

/** CloudWatch: custom metrics, Logs ingestion and storage, alarms and dashboards (aws.amazon.com/cloudwatch/pricing/). */
export const cloudWatch: PricedResource<'cloudwatch'> = {
  service: 'cloudwatch',
  describe(item, context) {
    const n = itemCount(item);
    const times = (v: number | undefined): Decimal | null =>
      v === undefined ? null : n.multiply(Decimal.from(v));
    const r = context.region;
    const components: ComponentSpec[] = [];
    if (item.customMetrics !== undefined)
      components.push(metricsComponent(r, times(item.customMetrics)));
    if (item.logsIngestedGb !== undefined) {
      components.push({
        name: 'Logs ingestion (Standard)',
        unit: 'GB',
        charge: 'monthly',
        quantity: times(item.logsIngestedGb),
        query: cwQuery(r, 'Data Payload', 'DataProcessing-Bytes'),
      });
    }
    if (item.logsStoredGb !== undefined) {
      components.push({
        name: 'Logs storage (archived)',
        unit: 'GB-months',
        charge: 'monthly',
        quantity: times(item.logsStoredGb),
        query: cwQuery(r, 'Storage Snapshot', 'TimedStorage-ByteHrs'),
      });
    }
    if (item.alarms !== undefined) {
      components.push({
        name: 'Standard alarms',
        unit: 'alarms',
        charge: 'monthly',
        quantity: times(item.alarms),
        query: cwQuery(r, 'Alarm', 'CW:AlarmMonitorUsage'),
      });
    }
    if (item.dashboards !== undefined) {
      components.push({
        name: 'Dashboards',
        unit: 'dashboards',
        charge: 'monthly',
        quantity: times(item.dashboards),
        query: cwQuery(r, 'Dashboard', 'DashboardsUsageHour-Basic'),
      });
    }
    const warnings = components.length === 0 ? [`${item.id}: no CloudWatch usage given.`] : [];
    return {
      description: item.description ?? 'Amazon CloudWatch',
      category: 'Management',
      components,
      warnings,
    };
  },
};
