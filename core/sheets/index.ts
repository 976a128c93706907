/**
 * @module core/sheets — requirement workbooks as grids of cell values: format detection, readers
 * into the requirements model with cell-precise validation, and the result-sheet writer specs.
 */
export * from './grid/grid';
export * from './grid/cell-address';
export * from './read/issues';
export * from './read/header-match';
export * from './read/detect-format';
export * from './read/read-requirements';
export * from './read/item-issues';
export * from './read/pricing-issues';
export * from './read/data-rows';
export * from './formats/template-layout';
export * from './formats/template-lists';
export * from './formats/template-dropdowns';
export * from './formats/bulk-import-layout';
export * from './inventory/vm-sizing';
export type { InventoryCounts, InventoryOptions } from './inventory/rvtools-reader';
export * from './grid/csv-grid';
export * from './write';
export * from './grid/range-values';
export * from './grid/excel-dates';
