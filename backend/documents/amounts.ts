import { Decimal, MoneyError } from '../../core';
import { DocumentInputError } from './document-errors';

/**
 * Amounts in documents are core's exact decimals (`Decimal`), never floats. They arrive as decimal
 * strings in the estimate; text that is no decimal is a DocumentInputError naming where it was,
 * so the document worker fails the job at once instead of retrying bad data.
 */
export function amountAt(value: string, where: string): Decimal {
  try {
    return Decimal.from(value);
  } catch (error) {
    if (!(error instanceof MoneyError)) throw error;
    throw new DocumentInputError(
      where,
      `expected a decimal string like "123.45" or "-0.5", got ${JSON.stringify(value)}`,
      { cause: error },
    );
  }
}

/** Exact sum as text with the inputs' largest scale (`10.50 + 0.25` → `10.75`, `0.5 + 0.5` → `1.0`), as the exports write it. */
export function sumText(values: readonly string[], where: string): string {
  const total = Decimal.sum(values.map((v) => amountAt(v, where)));
  return total.toFixedExact(total.scale);
}
