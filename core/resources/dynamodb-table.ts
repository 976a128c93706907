import type { PriceQuery } from '../catalog/price-query';
import type { ComponentSpec } from '../estimate/component-spec';
import { Decimal } from '../money/decimal';
import { usageType } from './region-prefix';
import type { PricedResource } from './resource';
import { itemCount, timesWords } from './usage';

/**
 * DynamoDB: on-demand read/write request units or provisioned capacity units held all month, plus
 * storage; the Standard-IA table class has its own (IA-prefixed) rates (aws.amazon.com/dynamodb/pricing/).
 */
export const dynamoDbTable: PricedResource<'dynamodb'> = {
  service: 'dynamodb',
  describe(item, context) {
    const r = context.region;
    const ia = item.tableClass === 'standard-ia';
    const cls = ia ? 'Standard-IA' : 'Standard';
    const pre = ia ? 'IA-' : '';
    const count = itemCount(item);
    const q = (
      productFamily: string,
      suffix: string,
      unit: string,
      group?: string,
    ): PriceQuery => ({
      service: 'AmazonDynamoDB',
      region: r,
      productFamily,
      attributes: {
        usagetype: usageType(r, `${pre}${suffix}`, { prefixedInUsEast1: false }),
        ...(group ? { group } : {}),
      },
      unit,
    });
    const millions = (v: number | undefined): Decimal | null =>
      v === undefined ? null : count.multiply(Decimal.from(v)).multiply(1_000_000);
    const components: ComponentSpec[] = [];
    if (item.capacityMode === 'on-demand') {
      const family = 'Amazon DynamoDB PayPerRequest Throughput';
      components.push(
        {
          name: `Read request units (${cls})`,
          unit: 'RRUs',
          charge: 'monthly',
          quantity: millions(item.readRequestUnitsMillions),
          query: q(family, 'ReadRequestUnits', 'ReadRequestUnits', 'DDB-ReadUnits'),
        },
        {
          name: `Write request units (${cls})`,
          unit: 'WRUs',
          charge: 'monthly',
          quantity: millions(item.writeRequestUnitsMillions),
          query: q(family, 'WriteRequestUnits', 'WriteRequestUnits', 'DDB-WriteUnits'),
        },
      );
    } else {
      const hours = context.hoursInMonth;
      const held = (v: number | undefined): Decimal | null =>
        v === undefined ? null : count.multiply(Decimal.from(v)).multiply(hours);
      components.push(
        {
          name: `Read capacity units (${cls})`,
          unit: 'RCU-hours',
          charge: 'monthly',
          quantity: held(item.readCapacityUnits),
          query: q(
            'Provisioned IOPS',
            'ReadCapacityUnit-Hrs',
            'ReadCapacityUnit-Hrs',
            'DDB-ReadUnits',
          ),
          quantityWords: timesWords(`${item.readCapacityUnits ?? 0} RCU`, `${hours.toString()} h`),
        },
        {
          name: `Write capacity units (${cls})`,
          unit: 'WCU-hours',
          charge: 'monthly',
          quantity: held(item.writeCapacityUnits),
          query: q(
            'Provisioned IOPS',
            'WriteCapacityUnit-Hrs',
            'WriteCapacityUnit-Hrs',
            'DDB-WriteUnits',
          ),
          quantityWords: timesWords(`${item.writeCapacityUnits ?? 0} WCU`, `${hours.toString()} h`),
        },
      );
    }
    components.push({
      name: `Storage (${cls})`,
      unit: 'GB-months',
      charge: 'monthly',
      quantity: count.multiply(Decimal.from(item.storageGb)),
      query: q('Database Storage', 'TimedStorage-ByteHrs', 'GB-Mo'),
    });
    return {
      description: item.description ?? `DynamoDB ${item.capacityMode} table (${cls})`,
      category: 'Database',
      components,
      warnings: [],
    };
  },
};
