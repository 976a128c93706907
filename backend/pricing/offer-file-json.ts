import { createReadStream } from 'node:fs';
import type { PriceRecord } from '../../core';
import { PriceListFormatError } from './errors';
import type { ImportContext } from './import-context';
import type { PathItem, ScanDecision } from './json-scanner';
import { JsonScanner } from './json-scanner';
import { fileChunks } from './file-chunks';
import type { KeptProduct } from './offer-records';
import { keepProduct, termRecords } from './offer-records';
import type { ServiceFilter } from './service-filters';

/** Header of an offer file (JSON top-level scalars, CSV metadata rows). */
export interface OfferHeader {
  formatVersion?: string;
  offerCode?: string;
  version?: string;
  publicationDate?: string;
}

export interface OfferReadOptions {
  readonly filter: ServiceFilter;
  /** Keep only products of these regions (all-regions files); all when absent. */
  readonly regions?: ReadonlySet<string>;
  readonly onRecord: (record: PriceRecord) => void;
  readonly ctx: ImportContext;
}

export interface OfferReadResult {
  readonly header: OfferHeader;
  /** Kept products by SKU: the Savings Plans join looks them up. */
  readonly products: ReadonlyMap<string, KeptProduct>;
  readonly bytes: number;
}

const HEADER_FIELDS = new Set(['formatVersion', 'offerCode', 'version', 'publicationDate']);
const TERM_TYPES = new Set(['OnDemand', 'Reserved']);

/**
 * Stream a JSON offer file (`/offers/v1.0/aws/<offer>/<version>/<region>/index.json`): products are
 * filtered as they pass; each kept product's terms become records handed to `onRecord`. Memory is
 * the kept products plus one SKU's terms at a time, whatever the file size.
 */
export async function readJsonOffer(
  name: string,
  input: AsyncIterable<Buffer>,
  options: OfferReadOptions,
): Promise<OfferReadResult> {
  const { filter, ctx } = options;
  const header: OfferHeader = {};
  const products = new Map<string, KeptProduct>();
  // Terms met before the products section (not AWS's order, but valid JSON): held until the end.
  const early: { type: string; sku: string; value: unknown }[] = [];
  let sawProducts = false;
  let productsDone = false;
  let bytes = 0;

  const emitTerms = (type: string, sku: string, value: unknown, product: KeptProduct): void => {
    if (typeof value !== 'object' || value === null) {
      ctx.warn('bad-term', `${name}: terms.${type}.${sku} is not an object; skipped`);
      return;
    }
    for (const [code, term] of Object.entries(value)) {
      const where = `${name}: terms.${type}.${sku}.${code}`;
      for (const record of termRecords(product, type, term, ctx, where, header.publicationDate))
        options.onRecord(record);
    }
  };

  const scanner = new JsonScanner(name, {
    decide(path: readonly PathItem[], kind): ScanDecision {
      const [top, second, third] = path;
      if (path.length === 0) {
        if (kind !== 'object')
          throw new PriceListFormatError(name, 0, 'an offer file must be a JSON object');
        return 'descend';
      }
      if (path.length === 1) {
        // Top-level keys after `products` mean its section is complete.
        if (sawProducts) productsDone = true;
        if (top === 'products') sawProducts = true;
        if (top === 'products' || top === 'terms') return kind === 'object' ? 'descend' : 'skip';
        return HEADER_FIELDS.has(String(top)) && kind === 'scalar' ? 'capture' : 'skip';
      }
      if (top === 'products') return 'capture';
      if (path.length === 2) {
        if (top === 'terms' && second === 'attributesList') {
          ctx.warn(
            'misplaced-section',
            `${name}: terms.attributesList is not a term type (attributesList belongs at the top level); ignored`,
          );
          return 'skip';
        }
        if (!TERM_TYPES.has(String(second))) {
          ctx.warn(
            'unknown-term-type',
            `${name}: terms.${String(second)} is not a term type this importer reads; ignored`,
          );
          return 'skip';
        }
        return kind === 'object' ? 'descend' : 'skip';
      }
      if (products.has(String(third))) return 'capture';
      return productsDone ? 'skip' : 'capture';
    },
    value(path: readonly PathItem[], value: unknown): void {
      const [top, second, third] = path;
      if (path.length === 1) {
        if (typeof value === 'string') header[top as keyof OfferHeader] = value;
        if (top === 'offerCode' && value !== filter.service) {
          throw new PriceListFormatError(
            name,
            -1,
            `offerCode is '${String(value)}', expected '${filter.service}'`,
          );
        }
        return;
      }
      if (top === 'products') {
        const product = keepProduct(value, filter, ctx, `${name}: products.${String(second)}`);
        if (product && (!options.regions || options.regions.has(product.region)))
          products.set(product.sku, product);
        return;
      }
      const product = products.get(String(third));
      if (product) emitTerms(String(second), String(third), value, product);
      else if (!productsDone) early.push({ type: String(second), sku: String(third), value });
    },
  });

  for await (const chunk of input) {
    bytes += chunk.length;
    scanner.write(chunk);
  }
  scanner.end();
  for (const { type, sku, value } of early) {
    const product = products.get(sku);
    if (product) emitTerms(type, sku, value, product);
  }
  return { header, products, bytes };
}

/** Read an offer file from disk; a format error gets its line number. */
export async function readJsonOfferFile(
  path: string,
  options: OfferReadOptions,
): Promise<OfferReadResult> {
  try {
    return await readJsonOffer(path, fileChunks(path), options);
  } catch (error) {
    if (error instanceof PriceListFormatError && error.offset >= 0 && error.line === undefined) {
      throw error.withLine(await lineAt(path, error.offset));
    }
    throw error;
  }
}

/** 1-based line of a byte offset, found by counting newlines (only on the error path). */
export async function lineAt(path: string, offset: number): Promise<number> {
  let line = 1;
  let seen = 0;
  for await (const chunk of createReadStream(path, {
    highWaterMark: 1 << 20,
  }) as AsyncIterable<Buffer>) {
    const end = Math.min(chunk.length, offset - seen);
    for (let i = chunk.indexOf(0x0a); i >= 0 && i < end; i = chunk.indexOf(0x0a, i + 1)) line++;
    seen += chunk.length;
    if (seen >= offset) break;
  }
  return line;
}
