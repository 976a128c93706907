import { MoneyError } from './money-error';
import type { RoundingRule } from './rounding';
import { divideRounded } from './rounding';

const DECIMAL_PATTERN = /^([+-])?(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;
const POW10: bigint[] = [1n];
function pow10(n: number): bigint {
  while (POW10.length <= n) POW10.push((POW10[POW10.length - 1] ?? 1n) * 10n);
  return POW10[n] ?? 10n ** BigInt(n);
}

/**
 * An exact decimal number: an integer `units` at a base-10 `scale` (value = units / 10^scale).
 * Immutable. Sums and products are exact; only `divide` and `round` take a named rounding rule,
 * so sub-cent unit prices (`0.0000166667` per GB-second) never drift the way floats do.
 */
export class Decimal {
  private constructor(
    readonly units: bigint,
    readonly scale: number,
  ) {}

  static readonly ZERO = new Decimal(0n, 0);
  static readonly ONE = new Decimal(1n, 0);

  /** From units at a scale, e.g. `Decimal.of(11914, 2)` is 119.14. */
  static of(units: bigint, scale = 0): Decimal {
    if (!Number.isInteger(scale) || scale < 0)
      throw new MoneyError(`Scale must be a whole number ≥ 0, got ${scale}.`);
    return new Decimal(units, scale);
  }

  /** Parse a decimal string (`"0.0960000000"`, `"-12.5"`, `"1e-7"`) or a finite number. */
  static from(value: string | number | bigint | Decimal): Decimal {
    if (value instanceof Decimal) return value;
    if (typeof value === 'bigint') return new Decimal(value, 0);
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) throw new MoneyError(`Not a finite number: ${value}.`);
      if (Number.isInteger(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER) {
        // Small whole numbers (730 h, counts, 12 months) recur on every line: share immutable instances.
        if (value >= 0 && value < SMALL_INTEGERS.length) return SMALL_INTEGERS[value]!;
        return new Decimal(BigInt(value), 0);
      }
      return Decimal.from(String(value));
    }
    const match = DECIMAL_PATTERN.exec(value.trim());
    if (!match) throw new MoneyError(`Not a decimal number: '${value}'.`);
    const [, sign, whole = '0', fraction = '', exponent] = match;
    let units = BigInt(whole + fraction);
    let scale = fraction.length - (exponent ? Number(exponent) : 0);
    if (scale < 0) {
      units *= pow10(-scale);
      scale = 0;
    }
    return new Decimal(sign === '-' ? -units : units, scale);
  }

  /** True when the text parses as a decimal (for validators). */
  static isDecimal(value: string): boolean {
    return DECIMAL_PATTERN.test(value.trim());
  }

  add(other: Decimal | string | number): Decimal {
    const b = Decimal.from(other);
    if (this.scale === b.scale) return new Decimal(this.units + b.units, this.scale);
    if (this.scale > b.scale)
      return new Decimal(this.units + b.units * pow10(this.scale - b.scale), this.scale);
    return new Decimal(this.units * pow10(b.scale - this.scale) + b.units, b.scale);
  }

  subtract(other: Decimal | string | number): Decimal {
    return this.add(Decimal.from(other).negate());
  }

  multiply(other: Decimal | string | number): Decimal {
    const b = Decimal.from(other);
    // Not trimmed here: trailing zeros cost nothing in value, and trimming each product is the hot path's main cost.
    return new Decimal(this.units * b.units, this.scale + b.scale);
  }

  /** this / divisor at `scale` places, rounded by `rule` (division is the one inexact operation). */
  divide(divisor: Decimal | string | number, scale: number, rule: RoundingRule): Decimal {
    const d = Decimal.from(divisor);
    if (d.units === 0n) throw new MoneyError('Division by zero.');
    // this / d = (units_a / 10^sa) / (units_d / 10^sd); bring it to `scale` places.
    const exponent = scale - this.scale + d.scale;
    const numerator = exponent >= 0 ? this.units * pow10(exponent) : this.units;
    const denominator = exponent >= 0 ? d.units : d.units * pow10(-exponent);
    return new Decimal(divideRounded(numerator, denominator, rule), scale);
  }

  /** Percent of this value: `percentOf(12)` is this × 0.12, exact. */
  percent(pct: Decimal | string | number): Decimal {
    return this.multiply(Decimal.from(pct)).multiply(new Decimal(1n, 2));
  }

  negate(): Decimal {
    return new Decimal(-this.units, this.scale);
  }

  abs(): Decimal {
    return this.units < 0n ? this.negate() : this;
  }

  /** Round to `places` decimals with a named rule. */
  round(places: number, rule: RoundingRule): Decimal {
    if (places >= this.scale) return this;
    return new Decimal(divideRounded(this.units, pow10(this.scale - places), rule), places);
  }

  compare(other: Decimal | string | number): -1 | 0 | 1 {
    const b = Decimal.from(other);
    const s = Math.max(this.scale, b.scale);
    const x = this.units * pow10(s - this.scale);
    const y = b.units * pow10(s - b.scale);
    return x < y ? -1 : x > y ? 1 : 0;
  }

  equals(other: Decimal | string | number): boolean {
    return this.compare(other) === 0;
  }
  lessThan(other: Decimal | string | number): boolean {
    return this.compare(other) < 0;
  }
  greaterThan(other: Decimal | string | number): boolean {
    return this.compare(other) > 0;
  }
  isZero(): boolean {
    return this.units === 0n;
  }
  isNegative(): boolean {
    return this.units < 0n;
  }

  static min(a: Decimal, b: Decimal): Decimal {
    return a.compare(b) <= 0 ? a : b;
  }
  static max(a: Decimal, b: Decimal): Decimal {
    return a.compare(b) >= 0 ? a : b;
  }
  /**
   * Exact sum of decimals or decimal strings (`Decimal.sum(['0.1', '0.2'])` is 0.3). The result
   * keeps the largest scale of its inputs: `toString()` trims, `toFixedExact(sum.scale)` does not.
   */
  static sum(values: Iterable<Decimal | string | number>): Decimal {
    let total = Decimal.ZERO;
    for (const v of values) total = total.add(v);
    return total;
  }

  /** Drop trailing zeros from the scale (same value). */
  trim(): Decimal {
    if (this.scale === 0 || this.units % 10n !== 0n) return this;
    let units = this.units;
    let scale = this.scale;
    while (scale > 0 && units % 10n === 0n) {
      units /= 10n;
      scale -= 1;
    }
    return new Decimal(units, scale);
  }

  /** The units of `round(places, rule)` at exactly `places` decimals, without the Decimal in between. */
  roundedUnits(places: number, rule: RoundingRule): bigint {
    if (places >= this.scale) return this.units * pow10(places - this.scale);
    return divideRounded(this.units, pow10(this.scale - places), rule);
  }

  /** The units of this value at a larger scale (`places` ≥ scale), e.g. 1.5 at 2 places → 150n. */
  toFixedUnits(places: number): bigint {
    if (places < this.scale)
      throw new MoneyError(`Cannot widen scale ${this.scale} to ${places} places.`);
    return this.units * pow10(places - this.scale);
  }

  /** Exact text with at least `minPlaces` decimals, e.g. `toFixedExact(10)` for unit prices. */
  toFixedExact(minPlaces: number): string {
    if (this.scale <= minPlaces) {
      const value =
        this.scale < minPlaces
          ? new Decimal(this.units * pow10(minPlaces - this.scale), minPlaces)
          : this;
      return value.toPlainString();
    }
    // More places than asked: drop only trailing zeros, never a significant digit.
    const text = this.toString();
    const dot = text.indexOf('.');
    const places = dot < 0 ? 0 : text.length - dot - 1;
    if (places >= minPlaces) return text;
    return `${dot < 0 ? `${text}.` : text}${'0'.repeat(minPlaces - places)}`;
  }

  /** Rounded text with exactly `places` decimals, e.g. `toFixed(2, 'half-up')` for cents. */
  toFixed(places: number, rule: RoundingRule): string {
    return this.round(places, rule).toFixedExact(places);
  }

  /** Exact text without trailing zeros: `119.136`, `-0.5`, `42`. */
  toString(): string {
    if (this.scale === 0) return this.units.toString();
    // Written straight from the digits (no padded copy, no trim pass): this runs for every component.
    const negative = this.units < 0n;
    const digits = (negative ? -this.units : this.units).toString();
    const sign = negative ? '-' : '';
    const wholeLength = digits.length - this.scale;
    let end = digits.length;
    while (end > 0 && end > wholeLength && digits.charCodeAt(end - 1) === 48) end -= 1;
    if (wholeLength > 0) {
      const whole = digits.slice(0, wholeLength);
      return end === wholeLength
        ? `${sign}${whole}`
        : `${sign}${whole}.${digits.slice(wholeLength, end)}`;
    }
    if (end === 0) return '0';
    return `${sign}0.${'0'.repeat(-wholeLength)}${digits.slice(0, end)}`;
  }

  toJSON(): string {
    return this.toString();
  }

  /** For display-only contexts (sorting charts); never for arithmetic. */
  toNumber(): number {
    return Number(this.toString());
  }

  private toPlainString(): string {
    const negative = this.units < 0n;
    const digits = (negative ? -this.units : this.units).toString();
    if (this.scale === 0) return (negative ? '-' : '') + digits;
    const padded = digits.padStart(this.scale + 1, '0');
    const whole = padded.slice(0, padded.length - this.scale);
    const fraction = padded.slice(padded.length - this.scale);
    return `${negative ? '-' : ''}${whole}.${fraction}`;
  }
}

const SMALL_INTEGERS: readonly Decimal[] = Array.from({ length: 1025 }, (_, i) =>
  Decimal.of(BigInt(i), 0),
);

/** Shorthand for `Decimal.from`. */
export function dec(value: string | number | bigint | Decimal): Decimal {
  return Decimal.from(value);
}
