import type { PriceQuery } from '../catalog/price-query';
import type { ComponentSpec } from '../estimate/component-spec';
import { Decimal } from '../money/decimal';
import type { CloudFrontItem } from '../requirements/requirement-items';
import { usageType } from './region-prefix';
import { itemCount } from './usage';

/** Invalidation paths free each month (aws.amazon.com/cloudfront/pricing/: the first 1,000). */
export const FREE_INVALIDATION_PATHS = 1000;

/**
 * The global price queries of CloudFront's optional features. Their usagetypes are the catalog's
 * own keys (no Price List copy at hand names them; a Price List import shows them as gaps):
 * scripts/snapshot/services-edge-features.ts builds its records from this same table.
 */
export const CLOUDFRONT_FEATURES = {
  invalidations: { productFamily: 'Invalidations', usagetype: 'Invalidations', unit: 'Paths' },
  fieldLevelEncryption: {
    productFamily: 'Field-Level Encryption',
    usagetype: 'FieldLevelEncryption-Requests',
    unit: 'Requests',
  },
  dedicatedIpSsl: {
    productFamily: 'SSL Certificate',
    usagetype: 'SSL-Cert-DedicatedIP',
    unit: 'Certificate-Mo',
  },
  realtimeLogs: { productFamily: 'Logs', usagetype: 'RealTimeLog-Lines', unit: 'Lines' },
} as const;

function featureQuery(feature: keyof typeof CLOUDFRONT_FEATURES): PriceQuery {
  const f = CLOUDFRONT_FEATURES[feature];
  return {
    service: 'AmazonCloudFront',
    region: 'global',
    productFamily: f.productFamily,
    attributes: { usagetype: f.usagetype },
    unit: f.unit,
  };
}

/** Feature quantities for the whole line (× quantity); invalidations after the free 1,000. */
export interface CloudFrontFeatureUsage {
  readonly originShieldRequests: Decimal | null;
  readonly invalidationPaths: Decimal | null;
  readonly billedInvalidationPaths: Decimal | null;
  readonly dedicatedIpCertificates: Decimal | null;
  readonly fieldLevelEncryptionRequests: Decimal | null;
  readonly realtimeLogLines: Decimal | null;
}

export function cloudFrontFeatureUsage(item: CloudFrontItem): CloudFrontFeatureUsage {
  const count = itemCount(item);
  const per = (v: number | undefined): Decimal | null =>
    v === undefined ? null : count.multiply(Decimal.from(v));
  const paths = per(item.invalidationPaths);
  const billed = paths && paths.subtract(FREE_INVALIDATION_PATHS);
  return {
    originShieldRequests: per(item.originShieldRequests),
    invalidationPaths: paths,
    billedInvalidationPaths: billed && Decimal.max(billed, Decimal.from(0)),
    dedicatedIpCertificates: per(item.dedicatedIpCertificates),
    fieldLevelEncryptionRequests: per(item.fieldLevelEncryptionRequests),
    realtimeLogLines: per(item.realtimeLogLines),
  };
}

/**
 * The Origin Shield requests query: priced per AWS region that hosts the Origin Shield (global
 * records whose usage type carries that region's prefix, `USE1-Requests-OriginShield`).
 */
export function originShieldQuery(shieldRegion: string): PriceQuery {
  return {
    service: 'AmazonCloudFront',
    region: 'global',
    productFamily: 'Request',
    attributes: {
      usagetype: usageType(shieldRegion, 'Requests-OriginShield', { prefixedInUsEast1: true }),
    },
    unit: 'Requests',
  };
}

/**
 * CloudFront's optional charges, each only when its usage is given: Origin Shield requests (priced
 * by the Origin Shield's region: `originShieldRegion`, else the estimate's region), invalidation
 * paths over the free 1,000 a month, dedicated-IP custom SSL certificates per month, field-level
 * encryption requests, real-time log lines (aws.amazon.com/cloudfront/pricing/).
 */
export function cloudFrontFeatureComponents(
  item: CloudFrontItem,
  estimateRegion: string,
): ComponentSpec[] {
  const usage = cloudFrontFeatureUsage(item);
  const out: ComponentSpec[] = [];
  const add = (spec: Omit<ComponentSpec, 'charge'>, given: Decimal | null) => {
    if (given !== null) out.push({ charge: 'monthly', ...spec });
  };
  const shieldRegion = item.originShieldRegion ?? estimateRegion;
  add(
    {
      name: `Origin Shield requests (${shieldRegion})`,
      unit: 'requests',
      quantity: usage.originShieldRequests,
      query: originShieldQuery(shieldRegion),
      ...(item.originShieldRegion === undefined
        ? { note: "Origin Shield in the estimate's region (originShieldRegion chooses another)" }
        : {}),
    },
    usage.originShieldRequests,
  );
  add(
    {
      name: 'Invalidation paths (over the free 1,000 a month)',
      unit: 'paths',
      quantity: usage.billedInvalidationPaths,
      query: featureQuery('invalidations'),
      note: `The first 1,000 paths a month are free (per account; taken off this line)`,
    },
    usage.invalidationPaths,
  );
  add(
    {
      name: 'Dedicated IP custom SSL certificates',
      unit: 'certificate-months',
      quantity: usage.dedicatedIpCertificates,
      query: featureQuery('dedicatedIpSsl'),
    },
    usage.dedicatedIpCertificates,
  );
  add(
    {
      name: 'Field-level encryption requests',
      unit: 'requests',
      quantity: usage.fieldLevelEncryptionRequests,
      query: featureQuery('fieldLevelEncryption'),
    },
    usage.fieldLevelEncryptionRequests,
  );
  add(
    {
      name: 'Real-time log lines',
      unit: 'log lines',
      quantity: usage.realtimeLogLines,
      query: featureQuery('realtimeLogs'),
    },
    usage.realtimeLogLines,
  );
  return out;
}
