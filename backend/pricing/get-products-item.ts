import type { PriceRecord } from '../../core';
import { PriceListFormatError } from './errors';
import type { ImportContext } from './import-context';
import { keepProduct, termRecords } from './offer-records';
import type { ServiceFilter } from './service-filters';

/**
 * One element of a Pricing API `GetProducts` response's `PriceList` (a JSON document, sent as a
 * string): `{product, serviceCode, terms, version, publicationDate}`. Unlike offer files, its terms
 * have no SKU level: `terms.OnDemand["<SKU>.<offerTermCode>"]`. Items are small: parsed whole.
 */
export function readGetProductsItem(
  name: string,
  text: string,
  filter: ServiceFilter,
  ctx: ImportContext,
): PriceRecord[] {
  let item: Record<string, unknown>;
  try {
    item = JSON.parse(text) as Record<string, unknown>;
  } catch (error) {
    throw new PriceListFormatError(name, -1, `not valid JSON (${(error as Error).message})`);
  }
  if (item.serviceCode !== filter.service) {
    throw new PriceListFormatError(
      name,
      -1,
      `serviceCode is '${String(item.serviceCode)}', expected '${filter.service}'`,
    );
  }
  const product = keepProduct(item.product, filter, ctx, `${name}: product`);
  if (!product) return [];
  const terms = (item.terms ?? {}) as Record<string, Record<string, unknown>>;
  const publicationDate =
    typeof item.publicationDate === 'string' ? item.publicationDate : undefined;
  const records: PriceRecord[] = [];
  for (const [type, byCode] of Object.entries(terms)) {
    for (const [code, term] of Object.entries(byCode)) {
      records.push(
        ...termRecords(product, type, term, ctx, `${name}: terms.${type}.${code}`, publicationDate),
      );
    }
  }
  return records;
}
