/** Presentation of exact decimal amounts in cells: the number Excel stores plus its format. */

/** Excel stores doubles; the exact decimal string becomes a number only when written to a cell. */
export function amountCell(amount: string | null): number | null {
  return amount === null ? null : Number(amount);
}

export function currencyFormat(currency: string): string {
  return currency === 'USD' ? '"$"#,##0.00' : `#,##0.00 "${currency.replace(/"/g, '')}"`;
}

/**
 * User text is written as text: a leading `=`, `+`, `-` or `@` would make Excel evaluate it as a
 * formula (formula injection), so such text gets Excel's text marker, a leading apostrophe.
 */
export function textCell(text: string): string {
  return /^[=+\-@]/.test(text) ? `'${text}` : text;
}
