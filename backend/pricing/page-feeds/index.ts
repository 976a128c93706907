/** @module backend/pricing/page-feeds — reader of AWS's pricing-page feeds (see ../README.md). */
export { FeedFormatError } from './feed-document';
export type { FeedReadOptions, FeedReadResult, SkippedRows } from './read-feed';
export { productsBySku, readPricingPageFeed, readPricingPageFeedFile } from './read-feed';
