/** A caller mistake with money: bad decimal text, division by zero, mixed currencies. */
export class MoneyError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MoneyError';
  }
}
