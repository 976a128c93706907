import type { PriceRecord, Term } from '../../core';
import { ON_DEMAND, isLeaseLength, isOfferingClass, isPurchaseOption } from '../../core';
import type { ImportContext } from './import-context';
import { regionOf } from './region-codes';
import type { ServiceFilter } from './service-filters';
import { keepsProduct } from './service-filters';

/** A product the filter kept, with only the attributes records carry. */
export interface KeptProduct {
  readonly sku: string;
  readonly service: string;
  readonly productFamily: string;
  readonly region: string;
  readonly attributes: Readonly<Record<string, string>>;
}

export const ON_DEMAND_TERM_CODE = 'JRTCKXETXF';

interface RawDimension {
  rateCode?: unknown;
  description?: unknown;
  beginRange?: unknown;
  endRange?: unknown;
  unit?: unknown;
  pricePerUnit?: unknown;
}

interface RawTerm {
  offerTermCode?: unknown;
  sku?: unknown;
  effectiveDate?: unknown;
  priceDimensions?: unknown;
  termAttributes?: unknown;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Read one product (`{sku, productFamily, attributes}`) and apply the service filter.
 * Returns undefined when the product is filtered out or unusable (with a warning for the latter).
 */
export function keepProduct(
  raw: unknown,
  filter: ServiceFilter,
  ctx: ImportContext,
  where: string,
  fallbackRegion?: string,
): KeptProduct | undefined {
  ctx.counters.productsSeen++;
  if (!isObject(raw) || typeof raw.sku !== 'string' || !isObject(raw.attributes)) {
    ctx.warn('bad-product', `${where}: not a product ({sku, productFamily, attributes}); skipped`);
    return undefined;
  }
  const attributes = raw.attributes as Record<string, string | undefined>;
  const productFamily = typeof raw.productFamily === 'string' ? raw.productFamily : '';
  if (!keepsProduct(filter, { productFamily, attributes })) return undefined;
  const region = filter.global ? 'global' : (regionOf(attributes) ?? fallbackRegion);
  if (!region) {
    ctx.warn(
      'no-region',
      `${where}: no regionCode and unknown location '${attributes.location}'; product skipped`,
    );
    return undefined;
  }
  const kept: Record<string, string> = {};
  for (const name of filter.attributes) {
    const value = attributes[name];
    if (typeof value === 'string' && value !== '') kept[ctx.intern(name)] = ctx.intern(value);
  }
  ctx.counters.productsKept++;
  return {
    sku: raw.sku,
    service: filter.service,
    productFamily: ctx.intern(productFamily),
    region: ctx.intern(region),
    attributes: ctx.internAttributes(kept),
  };
}

/** The term a `terms.<type>` entry stands for, or a reason it cannot be used. */
export function classifyTerm(termType: string, raw: RawTerm): Term | string {
  const attrs = isObject(raw.termAttributes) ? raw.termAttributes : {};
  const lease = String(attrs.LeaseContractLength ?? '');
  const option = String(attrs.PurchaseOption ?? '');
  // RDS and ElastiCache reservations have no OfferingClass: they are standard reservations.
  const offeringClass = String(attrs.OfferingClass ?? 'standard');
  if (termType === 'OnDemand') {
    if (raw.offerTermCode === ON_DEMAND_TERM_CODE || Object.keys(attrs).length === 0)
      return ON_DEMAND;
    return (
      `term ${String(raw.offerTermCode)} sits under terms.OnDemand but has Reserved termAttributes ` +
      `(${lease} ${offeringClass} ${option}); a Reserved term in the OnDemand section is not AWS's format, so it is skipped`
    );
  }
  if (termType === 'Reserved') {
    if (isLeaseLength(lease) && isOfferingClass(offeringClass) && isPurchaseOption(option)) {
      return {
        type: 'Reserved',
        leaseContractLength: lease,
        offeringClass,
        purchaseOption: option,
      };
    }
    return `Reserved term ${String(raw.offerTermCode)} has unknown termAttributes ${JSON.stringify(attrs)}`;
  }
  return `term type '${termType}' is not OnDemand or Reserved`;
}

/**
 * The price records of one term of a kept product. Each price dimension becomes one record whose
 * id is its rateCode; an upfront fee (no ranges) gets beginRange 0 and endRange Inf.
 */
export function termRecords(
  product: KeptProduct,
  termType: string,
  raw: unknown,
  ctx: ImportContext,
  where: string,
  publishedAt?: string,
): PriceRecord[] {
  if (!isObject(raw)) {
    ctx.warn('bad-term', `${where}: not a term object; skipped`);
    return [];
  }
  const term = raw as RawTerm;
  const classified = classifyTerm(termType, term);
  if (typeof classified === 'string') {
    ctx.counters.termsSkipped++;
    ctx.warn('term-misplaced', `${where}: ${classified}`);
    return [];
  }
  const effectiveDate = typeof term.effectiveDate === 'string' ? term.effectiveDate : '';
  if (publishedAt && effectiveDate > publishedAt) {
    ctx.warn(
      'effective-after-publication',
      `${where}: effectiveDate ${effectiveDate} is later than the file's publicationDate ${publishedAt}; kept as published`,
    );
  }
  if (!isObject(term.priceDimensions)) {
    ctx.warn('bad-term', `${where}: term has no priceDimensions; skipped`);
    return [];
  }
  const records: PriceRecord[] = [];
  for (const [key, value] of Object.entries(term.priceDimensions)) {
    const record = dimensionRecord(
      product,
      classified,
      effectiveDate,
      value as RawDimension,
      key,
      ctx,
      `${where}.priceDimensions.${key}`,
    );
    if (record) records.push(record);
  }
  ctx.counters.records += records.length;
  return records;
}

function dimensionRecord(
  product: KeptProduct,
  term: Term,
  effectiveDate: string,
  dim: RawDimension,
  key: string,
  ctx: ImportContext,
  where: string,
): PriceRecord | undefined {
  const prices = isObject(dim.pricePerUnit) ? Object.entries(dim.pricePerUnit) : [];
  const chosen = prices.find(([currency]) => currency === 'USD') ?? prices[0];
  if (!chosen || typeof chosen[1] !== 'string' || typeof dim.unit !== 'string') {
    ctx.warn('bad-dimension', `${where}: price dimension without unit or pricePerUnit; skipped`);
    return undefined;
  }
  return {
    id: typeof dim.rateCode === 'string' ? dim.rateCode : key,
    sku: product.sku,
    service: product.service,
    productFamily: product.productFamily,
    region: product.region,
    attributes: product.attributes,
    unit: ctx.intern(dim.unit),
    beginRange: typeof dim.beginRange === 'string' && dim.beginRange !== '' ? dim.beginRange : '0',
    endRange: typeof dim.endRange === 'string' && dim.endRange !== '' ? dim.endRange : 'Inf',
    price: chosen[1],
    currency: ctx.intern(chosen[0]),
    term,
    effectiveDate: ctx.intern(effectiveDate),
    ...(typeof dim.description === 'string' && dim.description
      ? { description: dim.description }
      : {}),
  };
}
