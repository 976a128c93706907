import type { PriceQuery } from '../catalog/price-query';
import type { ComponentSpec } from '../estimate/component-spec';
import { Decimal } from '../money/decimal';
import type { DynamoDbItem } from '../requirements/requirement-items';
import { usageType } from './region-prefix';
import { ResourceInputError } from './resource-input-error';
import { FREE, lessFree, lessFreeWords } from './free-tier';
import { itemCount, timesWords, hoursWords } from './usage';

/** DynamoDB feature quantities in each price record's unit, for the whole line; null = not given. */
export interface DynamoDbFeatureUsage {
  readonly backupGbMonths: Decimal | null;
  readonly pitrGbMonths: Decimal | null;
  readonly restoreGb: Decimal | null;
  readonly streamReadRequests: Decimal | null;
  readonly replicatedWriteRequestUnits: Decimal | null;
  readonly replicatedWriteCapacityUnitHours: Decimal | null;
}

export function dynamoDbFeatureUsage(
  item: DynamoDbItem,
  hoursInMonth: Decimal,
): DynamoDbFeatureUsage {
  const count = itemCount(item);
  const times = (v: number | undefined, unit: Decimal | number = 1): Decimal | null =>
    v === undefined ? null : count.multiply(Decimal.from(v)).multiply(unit);
  return {
    backupGbMonths: times(item.backupGb),
    pitrGbMonths: times(item.pitrGb),
    restoreGb: times(item.restoreGb),
    streamReadRequests: times(item.streamReadRequestsMillions, 1_000_000),
    replicatedWriteRequestUnits: times(item.replicatedWriteRequestUnitsMillions, 1_000_000),
    replicatedWriteCapacityUnitHours: times(item.replicatedWriteCapacityUnits, hoursInMonth),
  };
}

function query(region: string, productFamily: string, suffix: string, unit: string): PriceQuery {
  return {
    service: 'AmazonDynamoDB',
    region,
    productFamily,
    attributes: { usagetype: usageType(region, suffix, { prefixedInUsEast1: false }) },
    unit,
  };
}

/**
 * DynamoDB's optional charges, each only when its usage is given: on-demand backup storage,
 * point-in-time recovery (continuous backups) per GB-month of table, restores per GB, Streams read
 * requests, global-table replicated writes (rWRUs on-demand, rWCU-hours provisioned; the
 * Standard-IA table class has its own IA- rates) (aws.amazon.com/dynamodb/pricing/). The catalog
 * has no prices for these yet: they show as "price not in catalog".
 */
export function dynamoDbFeatureComponents(
  item: DynamoDbItem,
  region: string,
  hoursInMonth: Decimal,
  freeTier = false,
): ComponentSpec[] {
  if (item.capacityMode === 'on-demand' && item.replicatedWriteCapacityUnits !== undefined)
    throw new ResourceInputError(
      item.id,
      'replicatedWriteCapacityUnits',
      'applies to provisioned tables; on-demand tables give replicatedWriteRequestUnitsMillions',
    );
  if (item.capacityMode === 'provisioned' && item.replicatedWriteRequestUnitsMillions !== undefined)
    throw new ResourceInputError(
      item.id,
      'replicatedWriteRequestUnitsMillions',
      'applies to on-demand tables; provisioned tables give replicatedWriteCapacityUnits',
    );
  const u = dynamoDbFeatureUsage(item, hoursInMonth);
  const ia = item.tableClass === 'standard-ia' ? 'IA-' : '';
  const cls = ia ? 'Standard-IA' : 'Standard';
  const out: ComponentSpec[] = [];
  const add = (
    name: string,
    unit: string,
    quantity: Decimal | null,
    q: PriceQuery,
    words?: string,
  ) => {
    if (quantity !== null)
      out.push({
        name,
        unit,
        charge: 'monthly',
        quantity,
        query: q,
        ...(words ? { quantityWords: words } : {}),
      });
  };
  add(
    'On-demand backup storage',
    'GB-months',
    u.backupGbMonths,
    query(
      region,
      'Amazon DynamoDB On-Demand Backup Storage',
      'TimedBackupStorage-ByteHrs',
      'GB-Mo',
    ),
  );
  add(
    'Point-in-time recovery (continuous backups)',
    'GB-months',
    u.pitrGbMonths,
    query(
      region,
      'Amazon DynamoDB Point-In-Time-Restore (PITR) Backup Storage',
      'TimedPITRStorage-ByteHrs',
      'GB-Mo',
    ),
  );
  add(
    'Restores from backup',
    'GB',
    u.restoreGb,
    query(region, 'Amazon DynamoDB Restore Data Size', 'RestoreDataSize-Bytes', 'GB'),
  );
  const streams = u.streamReadRequests;
  add(
    'Streams read requests',
    'requests',
    freeTier ? lessFree(streams, FREE.dynamoDbStreamReadRequests) : streams,
    query(region, 'API Request', 'Streams-Requests', 'Requests'),
    freeTier && streams
      ? lessFreeWords(streams, FREE.dynamoDbStreamReadRequests, 'requests')
      : undefined,
  );
  add(
    `Replicated write request units (${cls})`,
    'rWRUs',
    u.replicatedWriteRequestUnits,
    query(
      region,
      'Amazon DynamoDB PayPerRequest Throughput',
      `${ia}ReplWriteRequestUnits`,
      'ReplicatedWriteRequestUnits',
    ),
  );
  add(
    `Replicated write capacity units (${cls})`,
    'rWCU-hours',
    u.replicatedWriteCapacityUnitHours,
    query(
      region,
      'Provisioned IOPS',
      `${ia}ReplWriteCapacityUnit-Hrs`,
      'ReplicatedWriteCapacityUnit-Hrs',
    ),
    timesWords(`${item.replicatedWriteCapacityUnits ?? 0} rWCU`, hoursWords(hoursInMonth)),
  );
  return out;
}
