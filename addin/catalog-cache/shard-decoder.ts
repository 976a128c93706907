import { z } from 'zod';
import type { CatalogShard, CatalogSnapshot, EncodedShard, PriceRecord } from '../../core';
import {
  LEASE_LENGTHS,
  OFFERING_CLASSES,
  PURCHASE_OPTIONS,
  PriceCatalog,
  SAVINGS_PLAN_TYPES,
  SHARD_FORMAT,
  SHARD_FORMAT_V1,
  SHARD_FORMAT_V2,
  decodeShard,
} from '../../core';

const decimal = z.string().regex(/^-?\d+(\.\d+)?$|^Inf$/, 'a decimal string');
const lease = z.enum(LEASE_LENGTHS);
const purchase = z.enum(PURCHASE_OPTIONS);
const term = z.discriminatedUnion('type', [
  z.object({ type: z.literal('OnDemand') }),
  z.object({
    type: z.literal('Reserved'),
    leaseContractLength: lease,
    offeringClass: z.enum(OFFERING_CLASSES),
    purchaseOption: purchase,
  }),
  z.object({
    type: z.literal('SavingsPlan'),
    planType: z.enum(SAVINGS_PLAN_TYPES),
    leaseContractLength: lease,
    purchaseOption: purchase,
  }),
]);
const record = z
  .object({
    id: z.string().min(1),
    sku: z.string(),
    service: z.string().min(1),
    productFamily: z.string(),
    region: z.string().min(1),
    attributes: z.record(z.string()),
    unit: z.string(),
    beginRange: decimal,
    endRange: decimal,
    price: decimal,
    currency: z.string(),
    term,
    effectiveDate: z.string(),
  })
  .passthrough();
const shard = z.object({
  service: z.string().min(1),
  region: z.string().min(1),
  version: z.string().min(1),
  publishedAt: z.string(),
  source: z.string(),
  records: z.array(record),
});
/** core's compact form (shard-codec.ts); decodeShard checks its rows, this only recognises it. */
const encodedShard = z
  .object({
    format: z.enum([SHARD_FORMAT, SHARD_FORMAT_V2, SHARD_FORMAT_V1]),
    service: z.string(),
    region: z.string(),
  })
  .passthrough()
  .transform((value) => decodeShard(value as unknown as EncodedShard));
const anyShard = z.union([encodedShard, shard]);
/** `{version | catalogVersion, createdAt?, region?, shards}`: the API sends `catalogVersion`. */
const shardSet = z
  .object({
    version: z.string().min(1).optional(),
    catalogVersion: z.string().min(1).optional(),
    createdAt: z.string().optional(),
    shards: z.array(anyShard),
  })
  .refine((v) => v.version !== undefined || v.catalogVersion !== undefined, {
    message: 'a catalog version (version or catalogVersion) is required',
  });

export class CatalogDecodeError extends Error {
  override readonly name = 'CatalogDecodeError';
}

/**
 * Decode the body of `GET /calculations/pricing-data?region=R` into core's PriceCatalog.
 * Accepts a shard set (the API's `{catalogVersion, region, shards}` or the CatalogSnapshot shape
 * `{version, createdAt, shards}`) or one shard;
 * each shard plain or in core's compact encoding (`format: 'aws-cost-catalog-shard/3'`, or `/2`, `/1`).
 * A malformed body is refused as a whole, naming the JSON path, so no cell is ever priced from
 * half a catalog.
 */
export function decodePricingData(region: string, body: unknown): PriceCatalog {
  try {
    return decode(region, body);
  } catch (error) {
    if (error instanceof CatalogDecodeError) throw error;
    // decodeShard (inside the zod transform) and PriceCatalog throw their own errors: re-word them.
    throw new CatalogDecodeError(
      `The price catalog for ${region} could not be read (${error instanceof Error ? error.message : String(error)}). ` +
        'Reload the add-in; if it persists, ask an administrator to re-publish the catalog.',
      { cause: error },
    );
  }
}

function decode(region: string, body: unknown): PriceCatalog {
  const asSet = shardSet.safeParse(body);
  let snapshot: CatalogSnapshot;
  if (asSet.success) {
    snapshot = {
      version: asSet.data.catalogVersion ?? asSet.data.version ?? '',
      createdAt: asSet.data.createdAt ?? '',
      shards: asSet.data.shards as CatalogShard[],
    };
  } else {
    const asShard = anyShard.safeParse(body);
    if (!asShard.success) {
      const issue = asSet.error.issues[0];
      const where = issue
        ? `${issue.path.join('.') || '(root)'}: ${issue.message}`
        : 'unknown shape';
      throw new CatalogDecodeError(
        `The price catalog for ${region} could not be read (${where}). Reload the add-in; if it persists, ask an administrator to re-publish the catalog.`,
      );
    }
    const one = asShard.data as CatalogShard;
    snapshot = { version: one.version, createdAt: one.publishedAt, shards: [one] };
  }
  const foreign = snapshot.shards.find((s) => s.region !== region && s.region !== 'global');
  if (foreign) {
    throw new CatalogDecodeError(
      `Asked for the ${region} catalog but received ${foreign.service} prices for ${foreign.region}. Reload the add-in.`,
    );
  }
  return new PriceCatalog(snapshot);
}

/** The newest publication date among the catalog's shards (what AWS.CATALOG shows). */
export function catalogDate(catalog: PriceCatalog): string {
  return (
    catalog
      .allShards()
      .map((s) => s.publishedAt)
      .sort()
      .at(-1) ?? ''
  );
}

export type { PriceRecord };
