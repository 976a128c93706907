import type { PriceQuery } from '../catalog/price-query';
import type { ComponentSpec } from '../estimate/component-spec';
import { Decimal } from '../money/decimal';
import { hourlyComponents } from './compute-pricing';
import { databaseModel } from './database-pricing';
import { usageType } from './region-prefix';
import type { PricedResource } from './resource';
import { ResourceInputError } from './resource-input-error';
import { itemCount, monthlyHours, timesWords } from './usage';

/**
 * Aurora: provisioned instances or Serverless v2 ACU-hours; storage and I/O under Standard, or
 * storage only (higher rate, no I/O charge) under I/O-Optimized (aws.amazon.com/rds/aurora/pricing/).
 */
export const auroraCluster: PricedResource<'aurora'> = {
  service: 'aurora',
  describe(item, context) {
    const r = context.region;
    const engine = item.engine === 'aurora-mysql' ? 'Aurora MySQL' : 'Aurora PostgreSQL';
    const optimized = item.storageConfiguration === 'io-optimized';
    const config = optimized ? 'I/O-Optimized' : 'Standard';
    const count = itemCount(item);
    const hours = monthlyHours(item, context.hoursInMonth);
    const ut = (suffix: string): string => usageType(r, suffix, { prefixedInUsEast1: false });
    const q = (
      productFamily: string,
      attributes: Record<string, string>,
      unit?: string,
    ): PriceQuery => ({
      service: 'AmazonRDS',
      region: r,
      productFamily,
      attributes: { databaseEngine: engine, ...attributes },
      ...(unit ? { unit } : {}),
    });
    const components: ComponentSpec[] = [];
    const warnings: string[] = [];
    let termMonths: number | undefined;
    if (item.capacity === 'provisioned') {
      if (!item.instanceClass)
        throw new ResourceInputError(
          item.id,
          'instanceClass',
          'is required for provisioned Aurora',
        );
      const { model, warnings: modelWarnings } = databaseModel(
        item.pricingModel ?? context.pricingModel,
        item.id,
        'Aurora',
      );
      warnings.push(...modelWarnings);
      const attributes: Record<string, string> = {
        instanceType: item.instanceClass,
        deploymentOption: 'Single-AZ',
        ...(optimized ? { usagetype: ut(`InstanceUsageIOOptimized:${item.instanceClass}`) } : {}),
      };
      const priced = hourlyComponents(
        {
          baseName: 'Database instance',
          variant: `${engine}, ${config}`,
          type: item.instanceClass,
          count,
          hours,
          hoursInMonth: context.hoursInMonth,
          query: q('Database Instance', attributes),
        },
        model,
      );
      components.push(...priced.components);
      warnings.push(...priced.warnings);
      termMonths = priced.termMonths;
    } else {
      if (item.averageAcu === undefined)
        throw new ResourceInputError(item.id, 'averageAcu', 'is required for Aurora Serverless v2');
      components.push({
        name: `Serverless v2 capacity (${engine}, ${config})`,
        unit: 'ACU-hours',
        charge: 'monthly',
        quantity: count.multiply(Decimal.from(item.averageAcu)).multiply(hours),
        query: q(
          'ServerlessV2',
          {
            usagetype: ut(
              optimized ? 'Aurora:ServerlessV2IOOptimizedUsage' : 'Aurora:ServerlessV2Usage',
            ),
          },
          'ACU-Hr',
        ),
        quantityWords: timesWords(count, `${item.averageAcu} ACU`, `${hours.toString()} h`),
      });
    }
    components.push({
      name: `Storage (${config})`,
      unit: 'GB-months',
      charge: 'monthly',
      quantity: count.multiply(Decimal.from(item.storageGb)),
      query: q(
        'Database Storage',
        { usagetype: ut(optimized ? 'Aurora:IO-OptimizedStorageUsage' : 'Aurora:StorageUsage') },
        'GB-Mo',
      ),
    });
    if (!optimized) {
      components.push({
        name: 'I/O requests',
        unit: 'requests',
        charge: 'monthly',
        quantity:
          item.ioRequestsMillions === undefined
            ? null
            : count.multiply(Decimal.from(item.ioRequestsMillions)).multiply(1_000_000),
        query: q('System Operation', { usagetype: ut('Aurora:StorageIOUsage') }, 'IOs'),
      });
    }
    if (item.backupGb !== undefined) {
      components.push({
        name: 'Backup storage (beyond the free allowance)',
        unit: 'GB-months',
        charge: 'monthly',
        quantity: count.multiply(Decimal.from(item.backupGb)),
        query: q('Storage Snapshot', { usagetype: ut('Aurora:BackupUsage') }, 'GB-Mo'),
      });
    }
    return {
      description:
        item.description ??
        `Aurora ${engine} ${item.capacity === 'provisioned' ? item.instanceClass : 'Serverless v2'} (${config})`,
      category: 'Database',
      components,
      warnings,
      ...(termMonths ? { termMonths } : {}),
    };
  },
};
