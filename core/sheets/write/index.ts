export * from './sheet-spec';
export * from './sheet-builder';
export * from './number-formats';
export * from './estimate-sheet';
export * from './comparison-sheet';
export * from './assumptions-sheet';
export * from './bulk-import-export';
export * from './bulk-sheet';
