import type { PriceRecord } from '../catalog/price-record';
import { priceDate } from '../catalog/price-record';

/**
 * What a priced component says when a newer source gives its record's price too
 * (`confirmedBy`, DECISIONS 101): the price's own date and the date it was last seen unchanged, so
 * an old price date does not read as stale where a newer source confirms it. A confirmation by a
 * rounding source confirms the price to its decimals only, and says so. Empty without one.
 */
export function confirmationNote(record: PriceRecord): string {
  const by = record.confirmedBy;
  if (!by) return '';
  const places = by.roundedTo === undefined ? '' : ` to ${by.roundedTo} decimals`;
  return ` Price as of ${priceDate(record)}, confirmed unchanged${places} as of ${by.asOf}.`;
}
