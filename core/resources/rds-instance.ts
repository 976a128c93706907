import type { PriceQuery } from '../catalog/price-query';
import type { ComponentSpec } from '../estimate/component-spec';
import { Decimal } from '../money/decimal';
import type { RdsEngine, RdsItem } from '../requirements/requirement-items';
import { hourlyComponents } from './compute-pricing';
import { databaseModel } from './database-pricing';
import { instanceVcpu, rdsOptionComponents, rdsOptionUsage } from './rds-options';
import { usageType } from './region-prefix';
import type { PricedResource } from './resource';
import { itemCount, monthlyHours, timesWords } from './usage';

interface EngineRows {
  readonly label: string;
  readonly databaseEngine: string;
  readonly databaseEdition?: string;
  /** Licence when the item does not say; `byol` switches to Bring your own license. */
  readonly license: 'open-source' | 'license-included';
}

/** Price List `databaseEngine` / `databaseEdition` per engine (domain-notes §5.4). */
const ENGINES: Readonly<Record<RdsEngine, EngineRows>> = {
  mysql: { label: 'MySQL', databaseEngine: 'MySQL', license: 'open-source' },
  postgresql: { label: 'PostgreSQL', databaseEngine: 'PostgreSQL', license: 'open-source' },
  mariadb: { label: 'MariaDB', databaseEngine: 'MariaDB', license: 'open-source' },
  'oracle-se2': {
    label: 'Oracle SE2',
    databaseEngine: 'Oracle',
    databaseEdition: 'Standard Two',
    license: 'license-included',
  },
  'oracle-ee': {
    label: 'Oracle EE',
    databaseEngine: 'Oracle',
    databaseEdition: 'Enterprise',
    license: 'license-included',
  },
  'sqlserver-ex': {
    label: 'SQL Server Express',
    databaseEngine: 'SQL Server',
    databaseEdition: 'Express',
    license: 'license-included',
  },
  'sqlserver-web': {
    label: 'SQL Server Web',
    databaseEngine: 'SQL Server',
    databaseEdition: 'Web',
    license: 'license-included',
  },
  'sqlserver-se': {
    label: 'SQL Server Standard',
    databaseEngine: 'SQL Server',
    databaseEdition: 'Standard',
    license: 'license-included',
  },
  'sqlserver-ee': {
    label: 'SQL Server Enterprise',
    databaseEngine: 'SQL Server',
    databaseEdition: 'Enterprise',
    license: 'license-included',
  },
};

const DEPLOYMENT: Readonly<Record<RdsItem['deployment'], string>> = {
  'single-az': 'Single-AZ',
  'multi-az': 'Multi-AZ',
  'multi-az-cluster': 'Multi-AZ (readable standbys)',
};

const VOLUME_TYPE: Readonly<Record<RdsItem['storageType'], string>> = {
  gp2: 'General Purpose',
  gp3: 'General Purpose-GP3',
  io1: 'Provisioned IOPS',
  io2: 'Provisioned IOPS-IO2',
  magnetic: 'Magnetic',
};

/**
 * RDS for gp3 includes 3,000 IOPS below 400 GB and 12,000 IOPS from 400 GB (SQL Server: always 3,000)
 * (docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_Storage.html); only IOPS above that are billed.
 */
function includedGp3Iops(item: RdsItem): number {
  if (item.engine.startsWith('sqlserver')) return 3000;
  return item.storageGb >= 400 ? 12000 : 3000;
}

/** The Price List attributes of the instance's On-Demand row. */
function instanceAttributes(item: RdsItem, rows: EngineRows, deployment: string) {
  return {
    instanceType: item.instanceClass,
    databaseEngine: rows.databaseEngine,
    deploymentOption: deployment,
    licenseModel: licenseModel(item, rows),
    ...(rows.databaseEdition ? { databaseEdition: rows.databaseEdition } : {}),
  };
}

function licenseModel(item: RdsItem, rows: EngineRows): string {
  if (item.licenseModel === 'byol') return 'Bring your own license';
  return rows.license === 'open-source' ? 'No license required' : 'License included';
}

/** What an RDS instance is billed on, in each price record's unit (the arithmetic, no words). */
export interface RdsUsage {
  readonly count: Decimal;
  readonly hours: Decimal;
  readonly storageGbMonths: Decimal;
  /** Provisioned IOPS billed per instance (above the gp3 baseline) and the baseline included. */
  readonly iops?: { readonly billed: Decimal; readonly included: number; readonly months: Decimal };
  readonly backupGbMonths?: Decimal;
}

export function rdsUsage(item: RdsItem, hoursInMonth: Decimal): RdsUsage {
  const count = itemCount(item);
  const hours = monthlyHours(item, hoursInMonth);
  const iops = provisionedIops(item);
  return {
    count,
    hours,
    storageGbMonths: count.multiply(Decimal.from(item.storageGb)),
    ...(iops ? { iops: { ...iops, months: count.multiply(iops.billed) } } : {}),
    ...(item.backupGb !== undefined
      ? { backupGbMonths: count.multiply(Decimal.from(item.backupGb)) }
      : {}),
  };
}

/**
 * RDS instances: instance hours under On-Demand or Reserved, storage, provisioned IOPS, backup
 * beyond the free allowance, and the options of rds-options.ts (magnetic I/O, Performance
 * Insights, Extended Support, surplus CPU credits).
 */
export const rdsInstance: PricedResource<'rds'> = {
  service: 'rds',
  describe(item, context) {
    const rows = ENGINES[item.engine];
    const deployment = DEPLOYMENT[item.deployment];
    const usage = rdsUsage(item, context.hoursInMonth);
    const { model, warnings } = databaseModel(
      item.pricingModel ?? context.pricingModel,
      item.id,
      'RDS',
    );
    const instanceQuery = {
      service: 'AmazonRDS',
      region: context.region,
      productFamily: 'Database Instance',
      attributes: instanceAttributes(item, rows, deployment),
    };
    const instance = hourlyComponents(
      {
        baseName: 'Database instance',
        variant: `${rows.label}, ${deployment}`,
        type: item.instanceClass,
        count: usage.count,
        hours: usage.hours,
        hoursInMonth: context.hoursInMonth,
        query: instanceQuery,
      },
      model,
    );
    const options = rdsOptionComponents(
      item,
      rdsOptionUsage(
        item,
        usage.count,
        usage.hours,
        needsVcpu(item) ? instanceVcpu(context, instanceQuery) : undefined,
      ),
      context.region,
      rows.label,
    );
    return {
      description: item.description ?? `RDS ${rows.label} ${item.instanceClass} ${deployment}`,
      category: 'Database',
      components: [
        ...instance.components,
        ...storageComponents(item, usage, context.region, deployment),
        ...options.components,
      ],
      warnings: [...warnings, ...instance.warnings, ...options.warnings],
      ...(instance.termMonths ? { termMonths: instance.termMonths } : {}),
    };
  },
};

/** Storage, provisioned IOPS (when billed) and backup beyond the free allowance (when given). */
function storageComponents(
  item: RdsItem,
  usage: RdsUsage,
  region: string,
  deployment: string,
): ComponentSpec[] {
  const volume = { volumeType: VOLUME_TYPE[item.storageType] };
  const storageQuery = (family: string, unit: string): PriceQuery => ({
    service: 'AmazonRDS',
    region,
    productFamily: family,
    attributes: { databaseEngine: 'Any', deploymentOption: deployment, ...volume },
    unit,
  });
  const components: ComponentSpec[] = [
    {
      name: `Storage (${item.storageType}, ${deployment})`,
      unit: 'GB-months',
      charge: 'monthly',
      quantity: usage.storageGbMonths,
      query: storageQuery('Database Storage', 'GB-Mo'),
      quantityWords: timesWords(usage.count, `${item.storageGb} GB`),
    },
  ];
  const { iops } = usage;
  if (iops) {
    const above = iops.included ? `, above ${iops.included.toLocaleString('en-US')}` : '';
    components.push({
      name: `Provisioned IOPS (${item.storageType}${above}, ${deployment})`,
      unit: 'IOPS-months',
      charge: 'monthly',
      quantity: iops.months,
      query: storageQuery('Provisioned IOPS', 'IOPS-Mo'),
      quantityWords: timesWords(usage.count, `${iops.billed.toString()} IOPS`),
    });
  }
  if (usage.backupGbMonths) components.push(backupComponent(region, usage.backupGbMonths));
  return components;
}

function backupComponent(region: string, gbMonths: Decimal): ComponentSpec {
  return {
    name: 'Backup storage (beyond the free allowance)',
    unit: 'GB-months',
    charge: 'monthly',
    quantity: gbMonths,
    query: {
      service: 'AmazonRDS',
      region,
      productFamily: 'Storage Snapshot',
      attributes: {
        usagetype: usageType(region, 'RDS:ChargedBackupUsage', { prefixedInUsEast1: false }),
      },
      unit: 'GB-Mo',
    },
  };
}

/** Performance Insights and Extended Support are billed per vCPU of the instance class. */
function needsVcpu(item: RdsItem): boolean {
  return (item.performanceInsightsRetentionMonths ?? 0) > 0 || item.extendedSupport !== undefined;
}

function provisionedIops(item: RdsItem): { billed: Decimal; included: number } | undefined {
  if (item.iops === undefined) return undefined;
  if (item.storageType === 'io1' || item.storageType === 'io2')
    return { billed: Decimal.from(item.iops), included: 0 };
  if (item.storageType !== 'gp3') return undefined;
  const included = includedGp3Iops(item);
  return item.iops > included
    ? { billed: Decimal.from(item.iops - included), included }
    : undefined;
}
