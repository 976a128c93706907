/**
 * AWS's pricing-page feeds: the JSON documents the tables of aws.amazon.com/<service>/pricing/ load
 * (`https://b0.p.awsstatic.com/pricing/2.0/meteredUnitMaps/<service>/USD/current/…`). Shape:
 * `{manifest: {serviceId, source, currencyCode, hawkFilePublicationDate?}, sets?: {name: [key…]},
 * regions: {"<location name>": {"<description key>": {rateCode, price, …attributes}}}}`.
 * This module checks that shape and hands out rows; the mappers turn rows into price records.
 */

/** A feed that is not what the reader expects: names the file and the JSON path of the problem. */
export class FeedFormatError extends Error {
  constructor(
    readonly file: string,
    readonly path: string,
    readonly detail: string,
  ) {
    super(`${file}: ${path}: ${detail}`);
    this.name = 'FeedFormatError';
  }
}

export interface FeedManifest {
  readonly serviceId: string;
  /** Which table of the page the feed fills, e.g. `ec2-ondemand-without-sec-sel`, `rds-mysql-ondemand`. */
  readonly source: string;
  readonly currencyCode: string;
  /** `hawkFilePublicationDate` as the feed gives it (ISO date-time), when it gives one. */
  readonly publishedAt?: string;
}

export interface FeedDocument {
  readonly file: string;
  readonly manifest: FeedManifest;
  /** `sets` of the feed: a descriptive name per group of row keys (ElastiCache names its rows here). */
  readonly sets: ReadonlyMap<string, readonly string[]>;
  readonly rows: readonly FeedRow[];
}

/** JSON path of a member, `$.regions["US East (N. Virginia)"]["m4 large …"].price`. */
export function jsonPath(...members: readonly string[]): string {
  return members.reduce(
    (path, m) => (/^[A-Za-z_$][\w$]*$/.test(m) ? `${path}.${m}` : `${path}[${JSON.stringify(m)}]`),
    '$',
  );
}

const DECIMAL = /^\d+(\.\d+)?$/;
const RATE_CODE = /^[A-Z0-9]+\.[A-Z0-9]+\.[A-Z0-9]+$/;

/** One row of a feed: its location (the `regions` key), description key and string attributes. */
export class FeedRow {
  constructor(
    readonly file: string,
    readonly location: string,
    readonly key: string,
    private readonly values: Readonly<Record<string, string>>,
  ) {}

  path(attribute?: string): string {
    return attribute === undefined
      ? jsonPath('regions', this.location, this.key)
      : jsonPath('regions', this.location, this.key, attribute);
  }

  error(detail: string, attribute?: string): FeedFormatError {
    return new FeedFormatError(this.file, this.path(attribute), detail);
  }

  optional(name: string): string | undefined {
    return this.values[name];
  }

  required(name: string): string {
    const value = this.values[name];
    if (value === undefined || value === '') throw this.error('is missing', name);
    return value;
  }

  /** A decimal string (`"0.0960000000"`, `"3578.679"`), as prices and upfront fees are written. */
  decimal(name: string): string {
    const value = this.required(name);
    if (!DECIMAL.test(value)) throw this.error(`'${value}' is not a decimal string`, name);
    return value;
  }

  /** A Price List rateCode, `SKU.offerTermCode.rateCode`. */
  rateCode(name: string): string {
    const value = this.required(name);
    if (!RATE_CODE.test(value))
      throw this.error(`'${value}' is not a rateCode (SKU.offerTermCode.rateCode)`, name);
    return value;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parse a feed's text, checking its shape; throws FeedFormatError naming the file and path. */
export function parseFeed(file: string, text: string): FeedDocument {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new FeedFormatError(file, '$', `not valid JSON (${(error as Error).message})`);
  }
  if (!isObject(data)) throw new FeedFormatError(file, '$', 'is not a JSON object');
  return {
    file,
    manifest: readManifest(file, data.manifest),
    sets: readSets(file, data.sets),
    rows: readRows(file, data.regions),
  };
}

function readManifest(file: string, raw: unknown): FeedManifest {
  if (!isObject(raw)) throw new FeedFormatError(file, '$.manifest', 'is missing or not an object');
  const text = (name: string, required: boolean): string | undefined => {
    const value = raw[name];
    if (value === undefined && !required) return undefined;
    if (typeof value !== 'string' || value === '')
      throw new FeedFormatError(file, jsonPath('manifest', name), 'is missing or not a string');
    return value;
  };
  const currencyCode = text('currencyCode', true) ?? '';
  if (currencyCode !== 'USD')
    throw new FeedFormatError(
      file,
      '$.manifest.currencyCode',
      `is '${currencyCode}'; only USD feeds are read`,
    );
  const publishedAt = text('hawkFilePublicationDate', false);
  if (publishedAt !== undefined && !/^\d{4}-\d{2}-\d{2}T/.test(publishedAt))
    throw new FeedFormatError(
      file,
      '$.manifest.hawkFilePublicationDate',
      `'${publishedAt}' is not an ISO date-time`,
    );
  return {
    serviceId: text('serviceId', true) ?? '',
    source: text('source', true) ?? '',
    currencyCode,
    ...(publishedAt ? { publishedAt } : {}),
  };
}

function readSets(file: string, raw: unknown): Map<string, readonly string[]> {
  const sets = new Map<string, readonly string[]>();
  if (raw === undefined) return sets;
  if (!isObject(raw)) throw new FeedFormatError(file, '$.sets', 'is not an object');
  for (const [name, keys] of Object.entries(raw)) {
    if (!Array.isArray(keys) || keys.some((k) => typeof k !== 'string'))
      throw new FeedFormatError(file, jsonPath('sets', name), 'is not a list of row keys');
    sets.set(name, keys as string[]);
  }
  return sets;
}

function readRows(file: string, raw: unknown): FeedRow[] {
  if (!isObject(raw)) throw new FeedFormatError(file, '$.regions', 'is missing or not an object');
  const rows: FeedRow[] = [];
  for (const [location, entries] of Object.entries(raw)) {
    if (!isObject(entries))
      throw new FeedFormatError(file, jsonPath('regions', location), 'is not an object of rows');
    for (const [key, values] of Object.entries(entries)) {
      if (!isObject(values))
        throw new FeedFormatError(file, jsonPath('regions', location, key), 'is not an object');
      for (const [name, value] of Object.entries(values)) {
        if (typeof value !== 'string')
          throw new FeedFormatError(
            file,
            jsonPath('regions', location, key, name),
            `is ${JSON.stringify(value)}; feed attributes are strings`,
          );
      }
      rows.push(new FeedRow(file, location, key, values as Record<string, string>));
    }
  }
  return rows;
}
