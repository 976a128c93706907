import type { PriceRecord } from '../../core';
import type { CsvRow } from './csv-reader';
import { csvRows } from './csv-reader';
import { fileChunks } from './file-chunks';
import { PriceListFormatError } from './errors';
import type { OfferHeader, OfferReadOptions, OfferReadResult } from './offer-file-json';
import type { KeptProduct } from './offer-records';
import { classifyTerm, keepProduct } from './offer-records';

/**
 * CSV offer files: 5 metadata rows (`"FormatVersion","v1.0"` … `"OfferCode",…`), the header row,
 * then one row per price dimension with the product attributes repeated on every row. Columns are
 * found by name, never by position: the column set differs per service and version.
 */
const METADATA: Readonly<Record<string, keyof OfferHeader>> = {
  FormatVersion: 'formatVersion',
  'Publication Date': 'publicationDate',
  Version: 'version',
  OfferCode: 'offerCode',
};

/** Price and term columns; every other column is a product attribute. */
const PRICE_COLUMNS = new Set([
  'SKU',
  'OfferTermCode',
  'RateCode',
  'TermType',
  'PriceDescription',
  'EffectiveDate',
  'StartingRange',
  'EndingRange',
  'Unit',
  'PricePerUnit',
  'Currency',
  'RelatedTo',
  'LeaseContractLength',
  'PurchaseOption',
  'OfferingClass',
  'Product Family',
]);
const REQUIRED = [
  'SKU',
  'RateCode',
  'TermType',
  'Unit',
  'PricePerUnit',
  'Currency',
  'Product Family',
];

/**
 * The JSON attribute name of a CSV display column: `Instance Type` → `instanceType`,
 * `Pre Installed S/W` → `preInstalledSw`, `usageType` → `usagetype`, `CapacityStatus` →
 * `capacitystatus`, `vCPU` → `vcpu`, `Max IOPS/volume` → `maxIopsvolume`. (AWS lower-cases
 * single-word names and camel-cases multi-word ones, dropping punctuation.)
 */
export function attributeNameOf(column: string): string {
  const words = column.split(' ').filter((w) => w !== '' && w !== '-');
  return words
    .map((w, i) => {
      const lower = w.toLowerCase();
      return i === 0 ? lower : lower.charAt(0).toUpperCase() + lower.slice(1);
    })
    .join('')
    .replace(/[^A-Za-z0-9]/g, '');
}

/** Reads the 5 metadata rows and the header; returns the column indexes by name. */
export async function readCsvPreamble(
  name: string,
  rows: AsyncIterator<CsvRow>,
): Promise<{ header: OfferHeader; columns: Map<string, number>; width: number }> {
  const header: OfferHeader = {};
  for (let i = 0; i < 5; i++) {
    const next = await rows.next();
    if (next.done)
      throw new PriceListFormatError(
        name,
        -1,
        `the file ends in metadata row ${i + 1} of 5`,
        i + 1,
      );
    const [key = '', value = ''] = next.value.fields;
    const field = METADATA[key];
    if (field) header[field] = value;
  }
  const headerRow = await rows.next();
  if (headerRow.done)
    throw new PriceListFormatError(
      name,
      -1,
      'the file has no header row after the 5 metadata rows',
      6,
    );
  const columns = new Map(headerRow.value.fields.map((column, index) => [column, index]));
  return { header, columns, width: headerRow.value.fields.length };
}

export async function readCsvOffer(
  name: string,
  input: AsyncIterable<Buffer>,
  options: OfferReadOptions,
): Promise<OfferReadResult> {
  const { filter, ctx } = options;
  let bytes = 0;
  const counted = (async function* () {
    for await (const chunk of input) {
      bytes += chunk.length;
      yield chunk;
    }
  })();
  const rows = csvRows(name, counted)[Symbol.asyncIterator]();
  const { header, columns, width } = await readCsvPreamble(name, rows);
  if (header.offerCode !== undefined && header.offerCode !== filter.service) {
    throw new PriceListFormatError(
      name,
      -1,
      `OfferCode is '${header.offerCode}', expected '${filter.service}'`,
      5,
    );
  }
  for (const column of REQUIRED) {
    if (!columns.has(column))
      throw new PriceListFormatError(name, -1, `the header has no '${column}' column`, 6);
  }
  const attributeColumns = [...columns]
    .filter(([c]) => !PRICE_COLUMNS.has(c))
    .map(([c, i]) => [attributeNameOf(c), i] as const);
  const col = (fields: string[], column: string): string => fields[columns.get(column) ?? -1] ?? '';
  const products = new Map<string, KeptProduct>();

  for (let next = await rows.next(); !next.done; next = await rows.next()) {
    const { fields, line } = next.value;
    if (fields.length === 1 && fields[0] === '') continue;
    if (fields.length !== width) {
      throw new PriceListFormatError(
        name,
        -1,
        `row has ${fields.length} fields, the header has ${width} (truncated or malformed row)`,
        line,
      );
    }
    const sku = col(fields, 'SKU');
    let product = products.get(sku);
    if (!product) {
      const attributes: Record<string, string> = {};
      for (const [attribute, index] of attributeColumns) {
        const value = fields[index];
        if (value) attributes[attribute] = value; // empty cells are absent attributes, as in JSON
      }
      const raw = { sku, productFamily: col(fields, 'Product Family'), attributes };
      const kept = keepProduct(raw, filter, ctx, `${name}: line ${line} (SKU ${sku})`);
      if (!kept || (options.regions && !options.regions.has(kept.region))) continue;
      product = kept;
      products.set(sku, product);
    }
    const record = rowRecord(product, fields, col, `${name}: line ${line}`, options);
    if (record) options.onRecord(record);
  }
  return { header, products, bytes };
}

function rowRecord(
  product: KeptProduct,
  fields: string[],
  col: (fields: string[], column: string) => string,
  where: string,
  { ctx }: OfferReadOptions,
): PriceRecord | undefined {
  const termType = col(fields, 'TermType');
  const lease = col(fields, 'LeaseContractLength');
  const term = classifyTerm(termType, {
    offerTermCode: col(fields, 'OfferTermCode'),
    termAttributes: lease
      ? {
          LeaseContractLength: lease,
          PurchaseOption: col(fields, 'PurchaseOption'),
          ...(col(fields, 'OfferingClass') ? { OfferingClass: col(fields, 'OfferingClass') } : {}),
        }
      : {},
  });
  if (typeof term === 'string') {
    ctx.counters.termsSkipped++;
    ctx.warn('term-misplaced', `${where}: ${term}`);
    return undefined;
  }
  ctx.counters.records++;
  const description = col(fields, 'PriceDescription');
  return {
    id: col(fields, 'RateCode'),
    sku: product.sku,
    service: product.service,
    productFamily: product.productFamily,
    region: product.region,
    attributes: product.attributes,
    unit: ctx.intern(col(fields, 'Unit')),
    beginRange: col(fields, 'StartingRange') || '0',
    endRange: col(fields, 'EndingRange') || 'Inf',
    price: col(fields, 'PricePerUnit'),
    currency: ctx.intern(col(fields, 'Currency')),
    term,
    effectiveDate: ctx.intern(col(fields, 'EffectiveDate')),
    ...(description ? { description } : {}),
  };
}

export function readCsvOfferFile(
  path: string,
  options: OfferReadOptions,
): Promise<OfferReadResult> {
  return readCsvOffer(path, fileChunks(path), options);
}
