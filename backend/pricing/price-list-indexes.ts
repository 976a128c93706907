import { PriceListFormatError } from './errors';

/**
 * The small index files of the Price List Bulk API (tens of KB: parsed whole). Each reader checks
 * the shape it relies on and names the file and JSON path when something is off.
 *
 * URL scheme (paths relative to https://pricing.us-east-1.amazonaws.com):
 *   /offers/v1.0/aws/index.json                                  service (offer) index
 *   /offers/v1.0/aws/<offer>/index.json                          version index of one offer
 *   /offers/v1.0/aws/<offer>/current/region_index.json           region index of one offer
 *   /offers/v1.0/aws/<offer>/<version>/<region>/index.json|csv   region offer file
 *   /savingsPlan/v1.0/aws/AWSComputeSavingsPlan/current/region_index.json
 *   /savingsPlan/v1.0/aws/AWSComputeSavingsPlan/<version>/<region>/index.json|csv
 */
export const PRICE_LIST_BASE_URL = 'https://pricing.us-east-1.amazonaws.com';
export const SERVICE_INDEX_PATH = '/offers/v1.0/aws/index.json';

export interface OfferEntry {
  readonly offerCode: string;
  readonly versionIndexUrl: string;
  readonly currentVersionUrl: string;
  readonly currentRegionIndexUrl?: string;
  readonly savingsPlanVersionIndexUrl?: string;
  readonly currentSavingsPlanIndexUrl?: string;
}

export interface ServiceIndex {
  readonly publicationDate: string;
  readonly offers: ReadonlyMap<string, OfferEntry>;
}

export interface VersionEntry {
  readonly version: string;
  readonly effectiveBegin: string;
  /** Empty for the current version. */
  readonly effectiveEnd: string;
  readonly offerVersionUrl: string;
}

export interface VersionIndex {
  readonly offerCode: string;
  readonly publicationDate: string;
  readonly currentVersion: string;
  /** Newest first (the file's map is not sorted). */
  readonly versions: readonly VersionEntry[];
}

export interface RegionFile {
  readonly regionCode: string;
  /** Path of the region's JSON file; the CSV is the same path ending in `.csv`. */
  readonly url: string;
}

type Json = Record<string, unknown>;

function parse(file: string, text: string): Json {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new PriceListFormatError(file, -1, `not valid JSON (${(error as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new PriceListFormatError(file, -1, 'the top level must be a JSON object');
  }
  return value as Json;
}

function str(file: string, object: Json, key: string, path: string, optional = false): string {
  const value = object[key];
  if (typeof value === 'string') return value;
  if (optional && value === undefined) return '';
  throw new PriceListFormatError(file, -1, `${path}.${key} must be a string`);
}

function obj(file: string, object: Json, key: string, path: string): Json {
  const value = object[key];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new PriceListFormatError(file, -1, `${path}.${key} must be an object`);
  }
  return value as Json;
}

export function parseServiceIndex(file: string, text: string): ServiceIndex {
  const root = parse(file, text);
  const offers = new Map<string, OfferEntry>();
  for (const [code, raw] of Object.entries(obj(file, root, 'offers', '$'))) {
    const entry = raw as Json;
    const path = `$.offers.${code}`;
    const optional = (key: string): string | undefined =>
      str(file, entry, key, path, true) || undefined;
    offers.set(code, {
      offerCode: str(file, entry, 'offerCode', path),
      versionIndexUrl: str(file, entry, 'versionIndexUrl', path),
      currentVersionUrl: str(file, entry, 'currentVersionUrl', path),
      currentRegionIndexUrl: optional('currentRegionIndexUrl'),
      savingsPlanVersionIndexUrl: optional('savingsPlanVersionIndexUrl'),
      currentSavingsPlanIndexUrl: optional('currentSavingsPlanIndexUrl'),
    });
  }
  return { publicationDate: str(file, root, 'publicationDate', '$'), offers };
}

export function parseVersionIndex(file: string, text: string): VersionIndex {
  const root = parse(file, text);
  const versions = Object.entries(obj(file, root, 'versions', '$')).map(
    ([version, raw]): VersionEntry => {
      const entry = raw as Json;
      const path = `$.versions.${version}`;
      return {
        version,
        effectiveBegin: str(file, entry, 'versionEffectiveBeginDate', path),
        effectiveEnd: str(file, entry, 'versionEffectiveEndDate', path, true),
        offerVersionUrl: str(file, entry, 'offerVersionUrl', path),
      };
    },
  );
  // Version ids are yyyyMMddHHmmss: text order is time order.
  versions.sort((a, b) => (a.version < b.version ? 1 : a.version > b.version ? -1 : 0));
  const currentVersion = str(file, root, 'currentVersion', '$');
  if (!versions.some((v) => v.version === currentVersion)) {
    throw new PriceListFormatError(
      file,
      -1,
      `currentVersion ${currentVersion} is not among $.versions`,
    );
  }
  return {
    offerCode: str(file, root, 'offerCode', '$'),
    publicationDate: str(file, root, 'publicationDate', '$'),
    currentVersion,
    versions,
  };
}

/** An offer's region index: `{regions: {<code>: {regionCode, currentVersionUrl}}}`. */
export function parseRegionIndex(file: string, text: string): Map<string, RegionFile> {
  const root = parse(file, text);
  const result = new Map<string, RegionFile>();
  for (const [code, raw] of Object.entries(obj(file, root, 'regions', '$'))) {
    const entry = raw as Json;
    const path = `$.regions.${code}`;
    result.set(code, {
      regionCode: str(file, entry, 'regionCode', path),
      url: str(file, entry, 'currentVersionUrl', path),
    });
  }
  return result;
}

/** The Savings Plans region index: `{regions: [{regionCode, versionUrl}], publicationDate}`. */
export function parseSavingsPlanRegionIndex(
  file: string,
  text: string,
): { publicationDate: string; regions: Map<string, RegionFile> } {
  const root = parse(file, text);
  const list = root.regions;
  if (!Array.isArray(list)) throw new PriceListFormatError(file, -1, '$.regions must be an array');
  const regions = new Map<string, RegionFile>();
  list.forEach((raw, i) => {
    const entry = raw as Json;
    const path = `$.regions[${i}]`;
    const regionCode = str(file, entry, 'regionCode', path);
    regions.set(regionCode, { regionCode, url: str(file, entry, 'versionUrl', path) });
  });
  return { publicationDate: str(file, root, 'publicationDate', '$'), regions };
}

/** Path of an offer's region file for a version (`current` or an id), JSON or CSV. */
export function regionOfferPath(
  offer: string,
  region: string,
  version = 'current',
  format: 'json' | 'csv' = 'json',
): string {
  return `/offers/v1.0/aws/${offer}/${version}/${region}/index.${format}`;
}

export function regionIndexPath(offer: string): string {
  return `/offers/v1.0/aws/${offer}/current/region_index.json`;
}

export const SAVINGS_PLAN_REGION_INDEX_PATH =
  '/savingsPlan/v1.0/aws/AWSComputeSavingsPlan/current/region_index.json';
