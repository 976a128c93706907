/**
 * Errors a cell can show. `ArgumentError` becomes #VALUE! and `UnavailableError` becomes #N/A,
 * each with the message Excel shows in the cell's error tooltip (only those two codes show one).
 */
export class ArgumentError extends Error {
  override readonly name = 'ArgumentError';
}

export class UnavailableError extends Error {
  override readonly name = 'UnavailableError';
}
