import { XlsxTooLargeError } from './xlsx-format-error';

/**
 * How many grid cells (values and the empty cells padding up to them) one workbook may spread
 * over. A few kilobytes of XML can name cell XFD1048576 or merge a whole sheet; without a cap that
 * would allocate billions of cells. 10 M is 50x the 10,000-row × 17-column bulk sheet.
 */
export const MAX_GRID_CELLS = 10_000_000;

export class CellBudget {
  private left: number;

  constructor(limit = MAX_GRID_CELLS) {
    this.left = limit;
  }

  /** Takes `n` cells for `sheet`, or throws naming it. */
  take(n: number, sheet: string): void {
    this.left -= n;
    if (this.left < 0)
      throw new XlsxTooLargeError(
        `sheet "${sheet}" spreads over more than ${MAX_GRID_CELLS.toLocaleString('en-US')} cells (counting the empty ones up to the last used row and column); delete the unused rows and columns, or split the workbook`,
      );
  }
}
