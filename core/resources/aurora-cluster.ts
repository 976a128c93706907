import type { PriceQuery } from '../catalog/price-query';
import type { ComponentSpec } from '../estimate/component-spec';
import { Decimal } from '../money/decimal';
import type { AuroraItem } from '../requirements/requirement-items';
import type { ModelComponents } from './compute-pricing';
import { hourlyComponents } from './compute-pricing';
import { databaseModel } from './database-pricing';
import { usageType } from './region-prefix';
import type { PricedResource, ResourceContext } from './resource';
import { ResourceInputError } from './resource-input-error';
import { itemCount, monthlyHours, timesWords, hoursWords } from './usage';

/** What an Aurora cluster is billed on, in each price record's unit (the arithmetic, no words). */
export interface AuroraUsage {
  readonly count: Decimal;
  readonly hours: Decimal;
  /** Serverless v2: ACU-hours (count × average ACU × hours). */
  readonly acuHours?: Decimal;
  readonly storageGbMonths: Decimal;
  /** I/O requests (Standard storage); null when the item gives none. */
  readonly ioRequests: Decimal | null;
  readonly backupGbMonths?: Decimal;
}

export function auroraUsage(item: AuroraItem, hoursInMonth: Decimal): AuroraUsage {
  const count = itemCount(item);
  const hours = monthlyHours(item, hoursInMonth);
  if (item.capacity === 'provisioned' && !item.instanceClass)
    throw new ResourceInputError(item.id, 'instanceClass', 'is required for provisioned Aurora');
  if (item.capacity !== 'provisioned' && item.averageAcu === undefined)
    throw new ResourceInputError(item.id, 'averageAcu', 'is required for Aurora Serverless v2');
  return {
    count,
    hours,
    ...(item.capacity !== 'provisioned' && item.averageAcu !== undefined
      ? { acuHours: count.multiply(Decimal.from(item.averageAcu)).multiply(hours) }
      : {}),
    storageGbMonths: count.multiply(Decimal.from(item.storageGb)),
    ioRequests:
      item.ioRequestsMillions === undefined
        ? null
        : count.multiply(Decimal.from(item.ioRequestsMillions)).multiply(1_000_000),
    ...(item.backupGb !== undefined
      ? { backupGbMonths: count.multiply(Decimal.from(item.backupGb)) }
      : {}),
  };
}

/** Names and price queries shared by an Aurora cluster's components. */
interface AuroraWords {
  /** `Aurora MySQL` / `Aurora PostgreSQL` (the Price List's databaseEngine). */
  readonly engine: string;
  readonly optimized: boolean;
  /** `Standard` / `I/O-Optimized`. */
  readonly config: string;
  readonly ut: (suffix: string) => string;
  readonly q: (family: string, attributes: Record<string, string>, unit?: string) => PriceQuery;
}

function auroraWords(item: AuroraItem, region: string): AuroraWords {
  const engine = item.engine === 'aurora-mysql' ? 'Aurora MySQL' : 'Aurora PostgreSQL';
  const optimized = item.storageConfiguration === 'io-optimized';
  return {
    engine,
    optimized,
    config: optimized ? 'I/O-Optimized' : 'Standard',
    ut: (suffix) => usageType(region, suffix, { prefixedInUsEast1: false }),
    q: (productFamily, attributes, unit) => ({
      service: 'AmazonRDS',
      region,
      productFamily,
      attributes: { databaseEngine: engine, ...attributes },
      ...(unit ? { unit } : {}),
    }),
  };
}

/**
 * Aurora: provisioned instances or Serverless v2 ACU-hours; storage and I/O under Standard, or
 * storage only (higher rate, no I/O charge) under I/O-Optimized (aws.amazon.com/rds/aurora/pricing/).
 */
export const auroraCluster: PricedResource<'aurora'> = {
  service: 'aurora',
  describe(item, context) {
    const usage = auroraUsage(item, context.hoursInMonth);
    const words = auroraWords(item, context.region);
    const capacity =
      item.capacity === 'provisioned'
        ? provisionedInstances(item, context, usage, words)
        : { components: [serverlessCapacity(item, usage, words)], warnings: [] };
    const kind = item.capacity === 'provisioned' ? item.instanceClass : 'Serverless v2';
    return {
      description: item.description ?? `Aurora ${words.engine} ${kind} (${words.config})`,
      category: 'Database',
      components: [...capacity.components, ...storageComponents(usage, words)],
      warnings: capacity.warnings,
      ...(capacity.termMonths ? { termMonths: capacity.termMonths } : {}),
    };
  },
};

function provisionedInstances(
  item: AuroraItem,
  context: ResourceContext,
  usage: AuroraUsage,
  { engine, config, optimized, ut, q }: AuroraWords,
): ModelComponents {
  const instanceClass = item.instanceClass!;
  const { model, warnings } = databaseModel(
    item.pricingModel ?? context.pricingModel,
    item.id,
    'Aurora',
  );
  const attributes: Record<string, string> = {
    instanceType: instanceClass,
    deploymentOption: 'Single-AZ',
    // Standard and I/O-Optimized instances differ only in the usage type.
    usagetype: ut(`${optimized ? 'InstanceUsageIOOptimized' : 'InstanceUsage'}:${instanceClass}`),
  };
  const priced = hourlyComponents(
    {
      baseName: 'Database instance',
      variant: `${engine}, ${config}`,
      type: instanceClass,
      count: usage.count,
      hours: usage.hours,
      hoursInMonth: context.hoursInMonth,
      query: q('Database Instance', attributes),
    },
    model,
  );
  return { ...priced, warnings: [...warnings, ...priced.warnings] };
}

function serverlessCapacity(
  item: AuroraItem,
  usage: AuroraUsage,
  { engine, config, optimized, ut, q }: AuroraWords,
): ComponentSpec {
  const usagetype = optimized ? 'Aurora:ServerlessV2IOOptimizedUsage' : 'Aurora:ServerlessV2Usage';
  return {
    name: `Serverless v2 capacity (${engine}, ${config})`,
    unit: 'ACU-hours',
    charge: 'monthly',
    quantity: usage.acuHours!,
    query: q('ServerlessV2', { usagetype: ut(usagetype) }, 'ACU-Hr'),
    quantityWords: timesWords(usage.count, `${item.averageAcu} ACU`, hoursWords(usage.hours)),
  };
}

/** Storage; I/O requests under Standard storage; backup beyond the free allowance when given. */
function storageComponents(usage: AuroraUsage, { config, optimized, ut, q }: AuroraWords) {
  const storageType = optimized ? 'Aurora:IO-OptimizedStorageUsage' : 'Aurora:StorageUsage';
  const components: ComponentSpec[] = [
    {
      name: `Storage (${config})`,
      unit: 'GB-months',
      charge: 'monthly',
      quantity: usage.storageGbMonths,
      query: q('Database Storage', { usagetype: ut(storageType) }, 'GB-Mo'),
    },
  ];
  if (!optimized)
    components.push({
      name: 'I/O requests',
      unit: 'requests',
      charge: 'monthly',
      quantity: usage.ioRequests,
      query: q('System Operation', { usagetype: ut('Aurora:StorageIOUsage') }, 'IOs'),
    });
  if (usage.backupGbMonths)
    components.push({
      name: 'Backup storage (beyond the free allowance)',
      unit: 'GB-months',
      charge: 'monthly',
      quantity: usage.backupGbMonths,
      query: q('Storage Snapshot', { usagetype: ut('Aurora:BackupUsage') }, 'GB-Mo'),
    });
  return components;
}
