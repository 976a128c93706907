import type { LeaseLength, PriceRecord, PurchaseOption, SavingsPlanType } from '../../core';
import { isLeaseLength, isPurchaseOption, isSavingsPlanType } from '../../core';
import { csvRows } from './csv-reader';
import { PriceListFormatError } from './errors';
import type { ImportContext } from './import-context';
import { JsonScanner } from './json-scanner';
import type { KeptProduct } from './offer-records';
import { readCsvPreamble } from './offer-file-csv';
import type { OfferHeader } from './offer-file-json';

/**
 * Savings Plans rates files (`/savingsPlan/v1.0/aws/AWSComputeSavingsPlan/<version>/<region>/index.csv|json`).
 * A rate prices one covered usage (`discountedUsageType` + `discountedOperation` in a region) under
 * one plan; the catalog turns it into a record carrying the attributes of the On-Demand product it
 * discounts, so the engine finds the Savings Plans price with the same query as the On-Demand one.
 */
export interface SavingsPlanRate {
  readonly planSku: string;
  readonly rateCode: string;
  readonly planType: SavingsPlanType;
  readonly leaseContractLength: LeaseLength;
  readonly purchaseOption: PurchaseOption;
  readonly discountedSku: string;
  readonly discountedServiceCode: string;
  readonly discountedUsageType: string;
  readonly discountedOperation: string;
  readonly regionCode: string;
  readonly unit: string;
  readonly rate: string;
  readonly currency: string;
  readonly effectiveDate: string;
  readonly description: string;
}

function planTerms(
  where: string,
  family: string,
  duration: string,
  durationUnit: string,
  option: string,
):
  | { planType: SavingsPlanType; leaseContractLength: LeaseLength; purchaseOption: PurchaseOption }
  | string {
  const lease = durationUnit.startsWith('year') ? `${duration}yr` : `${duration}${durationUnit}`;
  if (!isSavingsPlanType(family))
    return `${where}: plan type '${family}' is not ComputeSavingsPlans or EC2InstanceSavingsPlans`;
  if (!isLeaseLength(lease))
    return `${where}: lease '${duration} ${durationUnit}' is not 1 or 3 years`;
  if (!isPurchaseOption(option)) return `${where}: purchase option '${option}' is unknown`;
  return { planType: family, leaseContractLength: lease, purchaseOption: option };
}

/** CSV rates: 5 metadata rows, then the 24-column header; columns by name. */
export async function readSavingsPlanCsv(
  name: string,
  input: AsyncIterable<Buffer>,
  ctx: ImportContext,
  onRate: (rate: SavingsPlanRate) => void,
): Promise<OfferHeader> {
  const rows = csvRows(name, input)[Symbol.asyncIterator]();
  const { header, columns, width } = await readCsvPreamble(name, rows);
  for (const column of [
    'SKU',
    'RateCode',
    'DiscountedRate',
    'DiscountedUsageType',
    'DiscountedOperation',
    'Product Family',
  ]) {
    if (!columns.has(column))
      throw new PriceListFormatError(name, -1, `the header has no '${column}' column`, 6);
  }
  for (let next = await rows.next(); !next.done; next = await rows.next()) {
    const { fields, line } = next.value;
    if (fields.length === 1 && fields[0] === '') continue;
    if (fields.length !== width) {
      throw new PriceListFormatError(
        name,
        -1,
        `row has ${fields.length} fields, the header has ${width} (truncated or malformed row)`,
        line,
      );
    }
    const col = (column: string): string => fields[columns.get(column) ?? -1] ?? '';
    const where = `${name}: line ${line}`;
    const terms = planTerms(
      where,
      col('Product Family'),
      col('LeaseContractLength'),
      col('LeaseContractLengthUnit'),
      col('PurchaseOption'),
    );
    if (typeof terms === 'string') {
      ctx.warn('bad-plan', terms);
      continue;
    }
    onRate({
      planSku: col('SKU'),
      rateCode: col('RateCode'),
      ...terms,
      discountedSku: col('DiscountedSKU'),
      discountedServiceCode: col('DiscountedServiceCode'),
      discountedUsageType: col('DiscountedUsageType'),
      discountedOperation: col('DiscountedOperation'),
      regionCode: col('DiscountedRegionCode'),
      unit: col('Unit'),
      rate: col('DiscountedRate'),
      currency: col('Currency'),
      effectiveDate: col('EffectiveDate'),
      description: col('Description'),
    });
  }
  return header;
}

type Json = Record<string, unknown>;
const text = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';

/**
 * JSON rates, streamed: `products[]` (one per plan: sku, productFamily = plan type, attributes
 * purchaseOption/purchaseTerm) come first, then `terms.savingsPlan[]` (per plan: effectiveDate,
 * leaseContractLength {duration, unit}, rates[]). The file is for one region: `regionCode`.
 */
export async function readSavingsPlanJson(
  name: string,
  input: AsyncIterable<Buffer>,
  regionCode: string,
  ctx: ImportContext,
  onRate: (rate: SavingsPlanRate) => void,
): Promise<OfferHeader> {
  const header: OfferHeader = {};
  const plans = new Map<string, { family: string; option: string }>();
  const scanner = new JsonScanner(name, {
    decide(path, kind) {
      if (path.length === 0) return 'descend';
      const [top, second] = path;
      if (path.length === 1) {
        if (top === 'products' || top === 'terms') return kind === 'scalar' ? 'skip' : 'descend';
        return kind === 'scalar' ? 'capture' : 'skip';
      }
      if (top === 'products') return 'capture';
      if (path.length === 2)
        return second === 'savingsPlan' && kind === 'array' ? 'descend' : 'skip';
      return 'capture';
    },
    value(path, value) {
      const [top, second] = path;
      if (path.length === 1) {
        if (
          typeof value === 'string' &&
          (top === 'version' || top === 'publicationDate' || top === 'formatVersion')
        )
          header[top] = value;
        if (typeof value === 'string' && top === 'offerCode') header.offerCode = value;
        return;
      }
      const item = value as Json;
      if (top === 'products') {
        const attributes = (item.attributes ?? {}) as Json;
        plans.set(text(item.sku), {
          family: text(item.productFamily),
          option: text(attributes.purchaseOption),
        });
        return;
      }
      const where = `${name}: terms.savingsPlan[${String(path[2] ?? second)}]`;
      const plan = plans.get(text(item.sku));
      const lease = (item.leaseContractLength ?? {}) as Json;
      const terms = planTerms(
        where,
        plan?.family ?? '',
        text(lease.duration),
        text(lease.unit),
        plan?.option ?? '',
      );
      if (typeof terms === 'string') {
        ctx.warn(
          'bad-plan',
          plan ? terms : `${where}: plan ${text(item.sku)} is not among products[]`,
        );
        return;
      }
      for (const raw of Array.isArray(item.rates) ? (item.rates as Json[]) : []) {
        const price = (raw.discountedRate ?? {}) as Json;
        onRate({
          planSku: text(item.sku),
          rateCode: text(raw.rateCode),
          ...terms,
          discountedSku: text(raw.discountedSku),
          discountedServiceCode: text(raw.discountedServiceCode),
          discountedUsageType: text(raw.discountedUsageType),
          discountedOperation: text(raw.discountedOperation),
          regionCode: text(raw.discountedRegionCode) || regionCode,
          unit: text(raw.unit),
          rate: text(price.price),
          currency: text(price.currency),
          effectiveDate: text(item.effectiveDate),
          description: text(item.description),
        });
      }
    },
  });
  for await (const chunk of input) scanner.write(chunk);
  scanner.end();
  return header;
}

/** Join key of a product or rate: region, usage type and operation. */
function joinKey(region: string, usageType: string, operation: string): string {
  return `${region}|${usageType}|${operation}`;
}

/**
 * Joins rates to kept On-Demand products. A rate whose usage matches no kept product (e.g.
 * UnusedBox, HostUsage, an OS the engine does not price) is dropped and counted; when several
 * products match, the one whose SKU is the rate's DiscountedSKU wins, else the rate is ambiguous.
 */
export class SavingsPlanJoin {
  private readonly index = new Map<string, KeptProduct[]>();
  unmatched = 0;
  ambiguous = 0;

  constructor(
    products: Iterable<KeptProduct>,
    private readonly ctx: ImportContext,
  ) {
    for (const product of products) {
      const key = joinKey(
        product.region,
        product.attributes.usagetype ?? '',
        product.attributes.operation ?? '',
      );
      const list = this.index.get(key);
      if (list) list.push(product);
      else this.index.set(key, [product]);
    }
  }

  record(rate: SavingsPlanRate): PriceRecord | undefined {
    const matches =
      this.index.get(
        joinKey(rate.regionCode, rate.discountedUsageType, rate.discountedOperation),
      ) ?? [];
    let product =
      matches.length === 1 ? matches[0] : matches.find((p) => p.sku === rate.discountedSku);
    if (matches.length > 1 && !product) {
      this.ambiguous++;
      this.ctx.warn(
        'sp-ambiguous',
        `Savings Plans rate ${rate.rateCode}: ${matches.length} products match ${rate.discountedUsageType} ${rate.discountedOperation} in ${rate.regionCode}; skipped`,
      );
      return undefined;
    }
    if (!product) {
      this.unmatched++;
      return undefined;
    }
    product = product as KeptProduct;
    return {
      id: rate.rateCode,
      sku: product.sku,
      service: product.service,
      productFamily: product.productFamily,
      region: product.region,
      attributes: product.attributes,
      unit: rate.unit,
      beginRange: '0',
      endRange: 'Inf',
      price: rate.rate,
      currency: rate.currency,
      term: {
        type: 'SavingsPlan',
        planType: rate.planType,
        leaseContractLength: rate.leaseContractLength,
        purchaseOption: rate.purchaseOption,
      },
      effectiveDate: rate.effectiveDate,
      ...(rate.description ? { description: rate.description } : {}),
    };
  }
}
