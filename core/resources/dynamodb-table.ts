import type { PriceQuery } from '../catalog/price-query';
import type { ComponentSpec } from '../estimate/component-spec';
import { Decimal } from '../money/decimal';
import type { DynamoDbItem } from '../requirements/requirement-items';
import { dynamoDbFeatureComponents } from './dynamodb-features';
import { FREE, lessFree, lessFreeWords } from './free-tier';
import { usageType } from './region-prefix';
import type { PricedResource } from './resource';
import { itemCount, timesWords, hoursWords } from './usage';

/**
 * What a DynamoDB table is billed on, in each price record's unit (the arithmetic, no words);
 * null = the item gives no such usage.
 */
export interface DynamoDbUsage {
  readonly count: Decimal;
  /** On-demand: request units per month. */
  readonly readRequestUnits: Decimal | null;
  readonly writeRequestUnits: Decimal | null;
  /** Provisioned: capacity-unit hours (units held all month). */
  readonly readCapacityUnitHours: Decimal | null;
  readonly writeCapacityUnitHours: Decimal | null;
  readonly storageGbMonths: Decimal;
}

export function dynamoDbUsage(item: DynamoDbItem, hoursInMonth: Decimal): DynamoDbUsage {
  const count = itemCount(item);
  const times = (v: number | undefined, unit: Decimal | number): Decimal | null =>
    v === undefined ? null : count.multiply(Decimal.from(v)).multiply(unit);
  return {
    count,
    readRequestUnits: times(item.readRequestUnitsMillions, 1_000_000),
    writeRequestUnits: times(item.writeRequestUnitsMillions, 1_000_000),
    readCapacityUnitHours: times(item.readCapacityUnits, hoursInMonth),
    writeCapacityUnitHours: times(item.writeCapacityUnits, hoursInMonth),
    storageGbMonths: count.multiply(Decimal.from(item.storageGb)),
  };
}

/** The table class's words and its (IA-prefixed) usage types. */
function tableClassQueries(item: DynamoDbItem, region: string) {
  const ia = item.tableClass === 'standard-ia';
  const pre = ia ? 'IA-' : '';
  const q = (productFamily: string, suffix: string, unit: string, group?: string): PriceQuery => ({
    service: 'AmazonDynamoDB',
    region,
    productFamily,
    attributes: {
      usagetype: usageType(region, `${pre}${suffix}`, { prefixedInUsEast1: false }),
      ...(group ? { group } : {}),
    },
    unit,
  });
  return { cls: ia ? 'Standard-IA' : 'Standard', q };
}
type Queries = ReturnType<typeof tableClassQueries>;

/**
 * DynamoDB: on-demand read/write request units or provisioned capacity units held all month, plus
 * storage; the Standard-IA table class has its own (IA-prefixed) rates (aws.amazon.com/dynamodb/pricing/);
 * backups, PITR, restores, Streams and global-table replicated writes when given (dynamodb-features.ts).
 */
export const dynamoDbTable: PricedResource<'dynamodb'> = {
  service: 'dynamodb',
  describe(item, context) {
    const usage = dynamoDbUsage(item, context.hoursInMonth);
    const queries = tableClassQueries(item, context.region);
    const { cls, q } = queries;
    // The always-free allowance covers tables of the Standard class only (free-tier.ts).
    const free = context.freeTier && item.tableClass !== 'standard-ia';
    const throughput =
      item.capacityMode === 'on-demand'
        ? onDemandComponents(usage, queries)
        : provisionedComponents(item, usage, queries, context.hoursInMonth, free);
    const storage: ComponentSpec = {
      name: `Storage (${cls})`,
      unit: 'GB-months',
      charge: 'monthly',
      quantity: free
        ? lessFree(usage.storageGbMonths, FREE.dynamoDbStorageGb)
        : usage.storageGbMonths,
      query: q('Database Storage', 'TimedStorage-ByteHrs', 'GB-Mo'),
      ...(free
        ? {
            quantityWords: lessFreeWords(
              usage.storageGbMonths,
              FREE.dynamoDbStorageGb,
              'GB-months',
            ),
          }
        : {}),
    };
    return {
      description: item.description ?? `DynamoDB ${item.capacityMode} table (${cls})`,
      category: 'Database',
      components: [
        ...throughput,
        storage,
        ...dynamoDbFeatureComponents(item, context.region, context.hoursInMonth, context.freeTier),
      ],
      warnings: context.freeTier ? [freeTierWarning(item, free)] : [],
    };
  },
};

function freeTierWarning(item: DynamoDbItem, free: boolean): string {
  if (!free)
    return `${item.id}: the DynamoDB free tier covers Standard-class tables only; this Standard-IA table is priced in full (Streams reads excepted).`;
  const what =
    item.capacityMode === 'on-demand'
      ? '25 GB of storage and 2.5 million Streams reads taken off this line; on-demand request units have no free tier'
      : '25 GB of storage, 25 RCU, 25 WCU and 2.5 million Streams reads taken off this line';
  return `${item.id}: DynamoDB free tier applied (${what}); it is shared by all tables in the account and region.`;
}

function onDemandComponents(usage: DynamoDbUsage, { cls, q }: Queries): ComponentSpec[] {
  const family = 'Amazon DynamoDB PayPerRequest Throughput';
  return [
    {
      name: `Read request units (${cls})`,
      unit: 'RRUs',
      charge: 'monthly',
      quantity: usage.readRequestUnits,
      query: q(family, 'ReadRequestUnits', 'ReadRequestUnits', 'DDB-ReadUnits'),
    },
    {
      name: `Write request units (${cls})`,
      unit: 'WRUs',
      charge: 'monthly',
      quantity: usage.writeRequestUnits,
      query: q(family, 'WriteRequestUnits', 'WriteRequestUnits', 'DDB-WriteUnits'),
    },
  ];
}

function provisionedComponents(
  item: DynamoDbItem,
  usage: DynamoDbUsage,
  { cls, q }: Queries,
  hours: Decimal,
  free: boolean,
): ComponentSpec[] {
  const freeHours = FREE.dynamoDbCapacityUnits.multiply(hours);
  const held = (units: number | undefined, what: string) =>
    free
      ? timesWords(
          lessFreeWords(Decimal.from(units ?? 0), FREE.dynamoDbCapacityUnits, what),
          hoursWords(hours),
        )
      : timesWords(`${units ?? 0} ${what}`, hoursWords(hours));
  const net = (unitHours: Decimal | null) => (free ? lessFree(unitHours, freeHours) : unitHours);
  return [
    {
      name: `Read capacity units (${cls})`,
      unit: 'RCU-hours',
      charge: 'monthly',
      quantity: net(usage.readCapacityUnitHours),
      query: q('Provisioned IOPS', 'ReadCapacityUnit-Hrs', 'ReadCapacityUnit-Hrs', 'DDB-ReadUnits'),
      quantityWords: held(item.readCapacityUnits, 'RCU'),
    },
    {
      name: `Write capacity units (${cls})`,
      unit: 'WCU-hours',
      charge: 'monthly',
      quantity: net(usage.writeCapacityUnitHours),
      query: q(
        'Provisioned IOPS',
        'WriteCapacityUnit-Hrs',
        'WriteCapacityUnit-Hrs',
        'DDB-WriteUnits',
      ),
      quantityWords: held(item.writeCapacityUnits, 'WCU'),
    },
  ];
}
