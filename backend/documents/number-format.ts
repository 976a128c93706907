import { amountAt } from './amounts';
import { DocumentInputError } from './document-errors';

/**
 * Presentation of amounts and quantities per currency and locale, via Intl. Rounding happens
 * here and only here: half-up to the currency's minor unit (2 for USD/EUR/PHP, 0 for JPY),
 * computed on the exact decimal string, so a document never shows a float artefact.
 */
export interface FormatOptions {
  readonly locale: string;
  /** `symbol` gives `$1,234.57`; `code` gives `USD 1,234.57` (for fonts without the symbol). */
  readonly currencyDisplay?: 'symbol' | 'code' | 'narrowSymbol';
}

/** A DocumentInputError, so the document worker fails the job at once instead of retrying bad data. */
export class UnknownCurrencyError extends DocumentInputError {
  constructor(currency: string, cause: unknown) {
    super(
      'currency',
      `"${currency}" is not an ISO 4217 code Intl knows; fix the estimate's currency or FX setting`,
      {
        cause,
      },
    );
    this.name = 'UnknownCurrencyError';
  }
}

/** Insert `digits` (the fraction) after the last integer part of a formatted whole number. */
function withFraction(
  parts: Intl.NumberFormatPart[],
  decimalSep: string,
  fraction: string,
): string {
  let lastInteger = -1;
  parts.forEach((p, i) => {
    if (p.type === 'integer') lastInteger = i;
  });
  return parts
    .map((p, i) => (i === lastInteger && fraction ? `${p.value}${decimalSep}${fraction}` : p.value))
    .join('');
}

function decimalSeparator(locale: string): string {
  const part = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal');
  return part?.value ?? '.';
}

/**
 * Format an exact decimal with Intl's grouping and symbols, but without letting Intl see a float:
 * the integer part goes through Intl as a bigint, the fraction digits are appended as text.
 */
function formatExact(
  value: string,
  digits: number,
  nf: Intl.NumberFormat,
  decimalSep: string,
): string {
  // Half-up to `digits` places (core's Decimal), as units at exactly that scale.
  const units = amountAt(value, 'amount').roundedUnits(digits, 'half-up');
  const negative = units < 0n;
  const abs = negative ? -units : units;
  const factor = 10n ** BigInt(digits);
  const int = abs / factor;
  const fraction = digits > 0 ? (abs % factor).toString().padStart(digits, '0') : '';
  // There is no -0n: for -0.40 format -1 to get the locale's negative pattern, then put 0 back.
  const parts = nf.formatToParts(negative ? -(int === 0n ? 1n : int) : int);
  const fixed =
    negative && int === 0n
      ? parts.map((p) => (p.type === 'integer' ? { ...p, value: '0' } : p))
      : parts;
  return withFraction(fixed, decimalSep, fraction);
}

export interface Formatter {
  readonly locale: string;
  /** `$1,234.57` for `1234.565` in USD / en-US. */
  money(amount: string, currency: string): string;
  /** Grouped number with up to `maxDigits` fraction digits, half-up: `1,460` or `0.0816`. */
  quantity(value: string, maxDigits?: number): string;
  /** Long date in the locale: `26 November 2026`. */
  date(iso: string): string;
  percent(value: number): string;
}

export function createFormatter(options: FormatOptions): Formatter {
  const { locale } = options;
  const sep = decimalSeparator(locale);
  const moneyFormats = new Map<string, { nf: Intl.NumberFormat; digits: number }>();
  const moneyFormat = (currency: string) => {
    let f = moneyFormats.get(currency);
    if (!f) {
      try {
        const base = {
          style: 'currency',
          currency,
          currencyDisplay: options.currencyDisplay ?? 'symbol',
        } as const;
        const digits =
          new Intl.NumberFormat(locale, base).resolvedOptions().maximumFractionDigits ?? 2;
        f = {
          nf: new Intl.NumberFormat(locale, {
            ...base,
            minimumFractionDigits: 0,
            maximumFractionDigits: 0,
          }),
          digits,
        };
      } catch (cause) {
        throw new UnknownCurrencyError(currency, cause);
      }
      moneyFormats.set(currency, f);
    }
    return f;
  };
  const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const percents = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 });
  return {
    locale,
    money(amount, currency) {
      const f = moneyFormat(currency);
      return formatExact(amount, f.digits, f.nf, sep);
    },
    quantity(value, maxDigits = 4) {
      const scale = Math.min(amountAt(value, 'quantity').scale, maxDigits);
      const text = formatExact(value, scale, plain, sep);
      // Trim trailing zeros of the fraction (1.5000 -> 1.5) but keep the integer untouched.
      return scale > 0 ? text.replace(new RegExp(`\\${sep}?0+$`), '') : text;
    },
    date(iso) {
      const d = new Date(iso);
      if (Number.isNaN(d.getTime())) return iso;
      return dates.format(d);
    },
    percent(value) {
      return percents.format(value / 100);
    },
  };
}
