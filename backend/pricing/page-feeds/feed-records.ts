import type { OfferingClass, PriceRecord, PriceSource, Term } from '../../../core';
import { ON_DEMAND, isLeaseLength, isPurchaseOption } from '../../../core';
import type { FeedRow } from './feed-document';

/** What every record read from one feed shares. */
export interface FeedContext {
  /** The file as records name it (their `source.reference`), e.g. `price-data/…/ec2/us-east-1-ondemand.json`. */
  readonly sourceName: string;
  /** ISO date the feed was published (`YYYY-MM-DD`): each record's effectiveDate and `source.asOf`. */
  readonly publicationDate: string;
  /** The feed's table, `manifest.source`, e.g. `ec2-reservedinstance-convertible`. */
  readonly table: string;
  readonly service: string;
  /** Region code of the row being mapped. */
  readonly region: string;
}

export interface RecordShape {
  readonly productFamily: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly unit: string;
  readonly term?: Term;
  readonly beginRange?: string;
  readonly endRange?: string;
}

function source(ctx: FeedContext): PriceSource {
  return {
    reference: ctx.sourceName,
    asOf: ctx.publicationDate,
    note: `AWS pricing-page feed '${ctx.table}' published ${ctx.publicationDate}; id is its rateCode`,
  };
}

/** The SKU part of a rateCode (`SKU.offerTermCode.rateCode`). */
export function skuOf(rateCode: string): string {
  return rateCode.slice(0, rateCode.indexOf('.'));
}

/** A record whose id is the feed's rateCode in `rateAttribute` and whose price is in `priceAttribute`. */
export function feedRecord(
  ctx: FeedContext,
  row: FeedRow,
  shape: RecordShape,
  rateAttribute = 'rateCode',
  priceAttribute = 'price',
): PriceRecord {
  const id = row.rateCode(rateAttribute);
  return {
    id,
    sku: skuOf(id),
    service: ctx.service,
    productFamily: shape.productFamily,
    region: ctx.region,
    attributes: shape.attributes,
    unit: shape.unit,
    beginRange: shape.beginRange ?? '0',
    endRange: shape.endRange ?? 'Inf',
    price: row.decimal(priceAttribute),
    currency: 'USD',
    term: shape.term ?? ON_DEMAND,
    effectiveDate: ctx.publicationDate,
    source: source(ctx),
  };
}

/** The Reserved term of a row: `LeaseContractLength` (`1yr`/`3yr`) and `PurchaseOption`. */
export function reservedTerm(row: FeedRow, offeringClass: OfferingClass): Term {
  const lease = row.required('LeaseContractLength');
  const option = row.required('PurchaseOption');
  if (!isLeaseLength(lease)) throw row.error(`'${lease}' is not 1yr or 3yr`, 'LeaseContractLength');
  if (!isPurchaseOption(option))
    throw row.error(
      `'${option}' is not No Upfront, Partial Upfront or All Upfront`,
      'PurchaseOption',
    );
  return {
    type: 'Reserved',
    leaseContractLength: lease,
    offeringClass,
    purchaseOption: option,
  };
}

/**
 * A Reserved row as the Price List has it: the recurring hourly fee (unit `Hrs`, its `rateCode`)
 * and, for Partial and All Upfront, the one-time upfront fee per instance (unit `Quantity`, the
 * row's `riupfront:RateCode` / `riupfront:PricePerUnit`). Every rateCode must belong to the SKU
 * of the row's On-Demand rate (`OnDemand:RateCode`): the reservation is of that product.
 */
export function reservedRecords(
  ctx: FeedContext,
  row: FeedRow,
  shape: Omit<RecordShape, 'unit' | 'term'>,
  offeringClass: OfferingClass,
): PriceRecord[] {
  const term = reservedTerm(row, offeringClass);
  if (term.type !== 'Reserved') return [];
  const sku = skuOf(row.rateCode('OnDemand:RateCode'));
  const hourly = feedRecord(ctx, row, { ...shape, unit: 'Hrs', term });
  const records = [hourly];
  const hasUpfront = row.optional('riupfront:RateCode') !== undefined;
  if (term.purchaseOption === 'No Upfront') {
    if (hasUpfront)
      throw row.error('a No Upfront reservation has an upfront fee', 'riupfront:RateCode');
  } else {
    records.push(
      feedRecord(
        ctx,
        row,
        { ...shape, unit: 'Quantity', term },
        'riupfront:RateCode',
        'riupfront:PricePerUnit',
      ),
    );
  }
  for (const [record, attribute] of records.map((r, i): [PriceRecord, string] => [
    r,
    i === 0 ? 'rateCode' : 'riupfront:RateCode',
  ])) {
    if (record.sku !== sku)
      throw row.error(
        `SKU ${record.sku} is not the SKU ${sku} of OnDemand:RateCode (a reservation is of one product)`,
        attribute,
      );
  }
  return records;
}
