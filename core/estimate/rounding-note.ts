import type { PriceRecord } from '../catalog/price-record';
import { Decimal } from '../money/decimal';

/**
 * What a priced component says when its record's source rounds its prices (`source.roundedTo`,
 * DECISIONS 96): AWS's exact price lies within half a unit of the last printed decimal, so the
 * component's cost lies within its quantity times that half. Empty for an exact price.
 */
export function roundingNote(record: PriceRecord, quantity: Decimal, factor?: Decimal): string {
  const places = record.source?.roundedTo;
  if (places === undefined) return '';
  const half = Decimal.from(`5e-${places + 1}`);
  const bound = quantity.multiply(factor ? half.multiply(factor) : half).trim();
  return ` The price's only source rounds to ${places} decimals: AWS's exact price is within ±$${half.toString()} of it, this cost within ±$${bound.toString()}.`;
}
