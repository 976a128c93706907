import { open } from 'node:fs/promises';

/**
 * What a single Price List file is, from its first bytes: an offer file (JSON or CSV, with its
 * offer code), a Savings Plans rates file, a Pricing API `GetProducts` item, or an index (which
 * the file importer does not need). The samples in ../shared/aws-price-list-samples are all of these.
 */
export type PriceListFileKind =
  | { readonly kind: 'offer-json' | 'offer-csv'; readonly offerCode: string }
  | { readonly kind: 'savings-plan-csv' }
  | { readonly kind: 'savings-plan-json'; readonly regionCode: string }
  | { readonly kind: 'get-products-item'; readonly offerCode: string }
  | { readonly kind: 'index'; readonly what: string }
  | { readonly kind: 'unknown'; readonly why: string };

const PEEK_BYTES = 64 * 1024;

async function head(path: string): Promise<string> {
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(PEEK_BYTES);
    const { bytesRead } = await file.read(buffer, 0, PEEK_BYTES, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await file.close();
  }
}

const member = (text: string, name: string): string | undefined =>
  new RegExp(`"${name}"\\s*:\\s*"([^"]*)"`).exec(text)?.[1];

function jsonKind(text: string): PriceListFileKind {
  const offerCode = member(text, 'offerCode');
  if (
    /"savingsPlan"|"AWSComputeSavingsPlan"|"AmazonComputeSavingsPlan"/.test(text) &&
    /"terms"/.test(text)
  ) {
    const regionCode = member(text, 'regionCode');
    return regionCode
      ? { kind: 'savings-plan-json', regionCode }
      : { kind: 'unknown', why: 'a Savings Plans file without a regionCode' };
  }
  if (offerCode && /"products"/.test(text)) return { kind: 'offer-json', offerCode };
  const serviceCode = member(text, 'serviceCode');
  if (serviceCode && /"product"/.test(text))
    return { kind: 'get-products-item', offerCode: serviceCode };
  if (
    /"currentVersionUrl"|"versionIndexUrl"|"currentRegionIndexUrl"|"versionUrl"|"versions"/.test(
      text,
    )
  )
    return { kind: 'index', what: 'a Price List index (service, version or region index)' };
  return {
    kind: 'unknown',
    why: 'JSON that is neither an offer file, a GetProducts item nor an index',
  };
}

function csvKind(text: string): PriceListFileKind {
  const offer = /^"?OfferCode"?,"?([^"\r\n]+)"?/m.exec(text)?.[1];
  if (!offer) return { kind: 'unknown', why: 'CSV without an OfferCode metadata row' };
  if (/SavingsPlan/.test(offer)) return { kind: 'savings-plan-csv' };
  return { kind: 'offer-csv', offerCode: offer };
}

export async function priceListFileKind(path: string): Promise<PriceListFileKind> {
  const text = await head(path);
  const start = text.trimStart()[0];
  if (start === '{') return jsonKind(text);
  if (/^"?FormatVersion"?,/m.test(text.slice(0, 200))) return csvKind(text);
  return { kind: 'unknown', why: 'not a JSON document or a Price List CSV' };
}
