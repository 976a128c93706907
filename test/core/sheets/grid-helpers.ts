import type { Grid, GridSheet, GridValue } from '../../../core/sheets';

/** A sheet from rows of values, row 1 first. */
export function sheet(
  name: string,
  rows: GridValue[][],
  extra: Partial<GridSheet> = {},
): GridSheet {
  return { name, rows, ...extra };
}

export function grid(...sheets: GridSheet[]): Grid {
  return { sheets };
}
