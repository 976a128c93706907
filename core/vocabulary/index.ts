/**
 * @module core/vocabulary — the words of the product, once: enumerations as `as const` arrays
 * (requirement item fields, pricing-model terms, regions) and one parser per kind of text typed by
 * a person (regions, pricing models, operating systems, EBS types, S3 and EFS classes), shared by
 * the API's schemas, the sheet readers, the worksheet functions and the task pane.
 */
export * from './items';
export * from './regions';
export * from './pricing-models';
export * from './operating-systems';
export * from './storage-types';
export * from './result-words';
export * from './service-words';
