import type { Estimation } from '../../core';
import { createFormatter } from './number-format';
import { printsInWinAnsi } from './pdf-text';
import { LINE_CURRENCY } from './proposal-costs';

/**
 * The PDF uses built-in fonts (see pdf-text.ts); when a currency symbol of this document is not
 * printable in them (₱, ₹, ₩…), every amount uses the ISO code instead (`PHP 1,234.00`).
 */
export function pdfCurrencyDisplay(estimation: Estimation, locale: string): 'symbol' | 'code' {
  const currencies = new Set<string>([LINE_CURRENCY]);
  if (estimation.result) currencies.add(estimation.result.currency);
  for (const s of estimation.comparison?.scenarios ?? []) currencies.add(s.currency);
  const f = createFormatter({ locale, currencyDisplay: 'symbol' });
  return [...currencies].every((c) => printsInWinAnsi(f.money('-1234.5', c))) ? 'symbol' : 'code';
}
