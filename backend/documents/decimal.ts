/**
 * Exact decimal-string arithmetic for the documents (sums per category, savings, chart scaling).
 * Amounts arrive as exact decimal strings from the engine; we never turn them into floats for
 * anything a reader sees. A value is an integer `units` at a `scale` (digits after the point).
 */
import { DocumentInputError } from './document-errors';

export interface ScaledDecimal {
  readonly units: bigint;
  readonly scale: number;
}

/** A DocumentInputError, so the document worker fails the job at once instead of retrying bad data. */
export class DecimalFormatError extends DocumentInputError {
  constructor(value: string, where: string) {
    super(where, `expected a decimal string like "123.45" or "-0.5", got ${JSON.stringify(value)}`);
    this.name = 'DecimalFormatError';
  }
}

const DECIMAL = /^([+-])?(\d+)(?:\.(\d+))?$/;

export function parseDecimal(value: string, where = 'amount'): ScaledDecimal {
  const m = DECIMAL.exec(value.trim());
  if (!m) throw new DecimalFormatError(value, where);
  const fraction = m[3] ?? '';
  const units = BigInt(`${m[2]}${fraction}`);
  return { units: m[1] === '-' ? -units : units, scale: fraction.length };
}

function rescale(d: ScaledDecimal, scale: number): bigint {
  return d.units * 10n ** BigInt(scale - d.scale);
}

export function toDecimalString(d: ScaledDecimal): string {
  const negative = d.units < 0n;
  const digits = (negative ? -d.units : d.units).toString().padStart(d.scale + 1, '0');
  const int = digits.slice(0, digits.length - d.scale);
  const frac = d.scale > 0 ? `.${digits.slice(digits.length - d.scale)}` : '';
  return `${negative ? '-' : ''}${int}${frac}`;
}

/** Exact sum of decimal strings; the result keeps the largest scale of its inputs. */
export function sumDecimals(values: readonly string[], where = 'amount'): string {
  const parsed = values.map((v) => parseDecimal(v, where));
  const scale = parsed.reduce((s, d) => Math.max(s, d.scale), 0);
  const units = parsed.reduce((acc, d) => acc + rescale(d, scale), 0n);
  return toDecimalString({ units, scale });
}

export function negateDecimal(value: string): string {
  const d = parseDecimal(value);
  return toDecimalString({ units: -d.units, scale: d.scale });
}

export function compareDecimals(a: string, b: string): -1 | 0 | 1 {
  const x = parseDecimal(a);
  const y = parseDecimal(b);
  const scale = Math.max(x.scale, y.scale);
  const diff = rescale(x, scale) - rescale(y, scale);
  return diff === 0n ? 0 : diff < 0n ? -1 : 1;
}

/**
 * Round half-up (away from zero on a tie, like a cashier and like Excel's ROUND) to `digits`
 * fraction digits. Only the presentation layer calls this.
 */
export function roundHalfUp(value: string, digits: number): ScaledDecimal {
  const d = parseDecimal(value);
  if (d.scale <= digits) return { units: rescale(d, digits), scale: digits };
  const divisor = 10n ** BigInt(d.scale - digits);
  const abs = d.units < 0n ? -d.units : d.units;
  const rounded = (abs + divisor / 2n) / divisor;
  return { units: d.units < 0n ? -rounded : rounded, scale: digits };
}

/**
 * Ratio a / b as a float in [0, 1] for drawing chart bars only — geometry, never a shown amount.
 */
export function ratioForDrawing(a: string, b: string): number {
  const x = parseDecimal(a);
  const y = parseDecimal(b);
  const scale = Math.max(x.scale, y.scale);
  const den = rescale(y, scale);
  if (den <= 0n) return 0;
  const num = rescale(x, scale);
  if (num <= 0n) return 0;
  // 1e6 steps is far finer than a printed bar can show.
  const ppm = Number((num * 1_000_000n) / den);
  return Math.min(1, ppm / 1_000_000);
}
