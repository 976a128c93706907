import { Decimal } from './decimal';
import { MoneyError } from './money-error';

export const UNEQUAL_CURRENCIES_MESSAGE = 'Cannot combine amounts in different currencies';

/** An exact amount in one ISO 4217 currency. Immutable; mixing currencies is an error, not a guess. */
export class Money {
  private constructor(
    readonly amount: Decimal,
    readonly currency: string,
  ) {}

  static of(amount: Decimal | string | number, currency = 'USD'): Money {
    if (!/^[A-Z]{3}$/.test(currency))
      throw new MoneyError(`Currency must be an ISO 4217 code like USD, got '${currency}'.`);
    return new Money(Decimal.from(amount), currency);
  }

  static zero(currency = 'USD'): Money {
    return Money.of(Decimal.ZERO, currency);
  }

  add(other: Money): Money {
    this.assertSameCurrency(other);
    return new Money(this.amount.add(other.amount), this.currency);
  }

  subtract(other: Money): Money {
    this.assertSameCurrency(other);
    return new Money(this.amount.subtract(other.amount), this.currency);
  }

  multiply(factor: Decimal | string | number): Money {
    return new Money(this.amount.multiply(factor), this.currency);
  }

  /** `pct` percent of this amount, exact (`percent(12)` is × 0.12). */
  percent(pct: Decimal | string | number): Money {
    return new Money(this.amount.percent(pct), this.currency);
  }

  negate(): Money {
    return new Money(this.amount.negate(), this.currency);
  }

  isZero(): boolean {
    return this.amount.isZero();
  }

  /** -1, 0 or 1; amounts in different currencies have no order (MoneyError). */
  compare(other: Money): -1 | 0 | 1 {
    this.assertSameCurrency(other);
    return this.amount.compare(other.amount);
  }

  /** The smaller of two amounts in one currency (the first on a tie). */
  static min(a: Money, b: Money): Money {
    return a.compare(b) <= 0 ? a : b;
  }

  /** The larger of two amounts in one currency (the first on a tie). */
  static max(a: Money, b: Money): Money {
    return a.compare(b) >= 0 ? a : b;
  }

  /** Exact sum of amounts that must all be in `currency` (an empty list is zero in it). */
  static sum(values: Iterable<Money>, currency: string): Money {
    let total = Money.zero(currency);
    for (const v of values) total = total.add(v);
    return total;
  }

  /** Convert with a rate in target units per 1 unit of this currency (exact). */
  convert(currency: string, rate: Decimal | string): Money {
    return Money.of(this.amount.multiply(rate), currency);
  }

  equals(other: Money): boolean {
    return this.currency === other.currency && this.amount.equals(other.amount);
  }

  toJSON(): { amount: string; currency: string } {
    return { amount: this.amount.toString(), currency: this.currency };
  }

  private assertSameCurrency(other: Money): void {
    if (other.currency !== this.currency) {
      throw new MoneyError(
        `${UNEQUAL_CURRENCIES_MESSAGE}: ${this.currency} and ${other.currency}.`,
      );
    }
  }
}
