import type { PriceRecord, PriceSource } from '../../core/catalog/price-record';
import { S3_FEATURE_USAGE } from '../../core/resources/s3-features';
import { curated } from './curated-record';
import type { OracleOffer } from './data/rds-oracle-2025-06-17';
import { ORACLE_CLASS_SPECS, RDS_ORACLE_2025_06_17 } from './data/rds-oracle-2025-06-17';
import { GLACIER_BULK_RESTORE_REQUESTS_2025_10_22 } from './data/s3-glacier-bulk-2025-10-22';
import { feedSource } from './feed-sources-2025';
import { regionUsageType } from './regions';

/** Price List edition and licence of each offer of the Oracle feed data. */
const ORACLE_OFFERS: Readonly<
  Record<OracleOffer, { readonly edition: string; readonly license: string }>
> = {
  'se2-li': { edition: 'Standard Two', license: 'License included' },
  'se2-byol': { edition: 'Standard Two', license: 'Bring your own license' },
  'ee-byol': { edition: 'Enterprise', license: 'Bring your own license' },
};

/** `se2-li Multi-AZ` → its offer and deployment; anything else is a transcription error. */
function oracleGroup(key: string): { offer: OracleOffer; deployment: 'Single-AZ' | 'Multi-AZ' } {
  const [offer, deployment] = key.split(' ');
  if (
    !offer ||
    !(offer in ORACLE_OFFERS) ||
    (deployment !== 'Single-AZ' && deployment !== 'Multi-AZ')
  )
    throw new Error(`RDS Oracle data: unknown group '${key}'.`);
  return { offer: offer as OracleOffer, deployment };
}

/**
 * RDS for Oracle On-Demand instance hours (SE2 License included and BYOL, EE BYOL; Single-AZ and
 * Multi-AZ), every commercial region, from AWS's rds-oracle-ondemand feed of 2025-06-17: the
 * attributes core/resources/rds-instance.ts queries, plus the class's vCPU and memory as the feed
 * states them (the per-vCPU options read them).
 */
export function rdsOracleFeeds(): PriceRecord[] {
  const records: PriceRecord[] = [];
  for (const [region, groups] of Object.entries(RDS_ORACLE_2025_06_17)) {
    for (const [key, pairs] of Object.entries(groups)) {
      const group = oracleGroup(key);
      const { edition, license } = ORACLE_OFFERS[group.offer];
      // One source per row pattern (the class is the record's instanceType), so the shard stores it once.
      const source = feedSource(
        'rdsOracle',
        `Database Instance Oracle ${edition} ${license} db <instanceType without "db."> <family> ${group.deployment} <Current|Previous> Generation`,
      );
      for (const pair of pairs.split(' ')) {
        const [instanceType = '', price = ''] = pair.split('=');
        if (!ORACLE_CLASS_SPECS[instanceType] || !price)
          throw new Error(`RDS Oracle ${region} ${key}: bad pair '${pair}'.`);
        records.push(oracleRecord(region, group, instanceType, price, source));
      }
    }
  }
  return records;
}

function oracleRecord(
  region: string,
  { offer, deployment }: ReturnType<typeof oracleGroup>,
  instanceType: string,
  price: string,
  source: PriceSource,
): PriceRecord {
  const { edition, license } = ORACLE_OFFERS[offer];
  const [vcpu, memory, family, current] = ORACLE_CLASS_SPECS[instanceType]!;
  const usage = deployment === 'Multi-AZ' ? 'Multi-AZUsage' : 'InstanceUsage';
  return curated({
    service: 'AmazonRDS',
    region,
    productFamily: 'Database Instance',
    attributes: {
      instanceType,
      databaseEngine: 'Oracle',
      databaseEdition: edition,
      deploymentOption: deployment,
      licenseModel: license,
      vcpu,
      memory,
      instanceFamily: family,
      currentGeneration: current,
      usagetype: regionUsageType(region, `${usage}:${instanceType}`, false),
    },
    unit: 'Hrs',
    price,
    source,
    what: ['Oracle', offer, deployment, instanceType],
  });
}

/** Glacier Flexible Retrieval bulk restore requests, every commercial region (S3 feed, 2025-10-22). */
export function glacierBulkRestoreFeeds(): PriceRecord[] {
  const suffix = S3_FEATURE_USAGE.restoreRequests('glacier-flexible', 'bulk');
  return Object.entries(GLACIER_BULK_RESTORE_REQUESTS_2025_10_22).map(([region, row]) =>
    curated({
      service: 'AmazonS3',
      region,
      productFamily: 'API Request',
      attributes: { usagetype: regionUsageType(region, suffix, false) },
      unit: 'Requests',
      price: row.price,
      source: feedSource('s3', 'Bulk Glacier Restore Requests', row.rateCode),
      what: ['glacierFlexible', 'bulkRequests'],
    }),
  );
}
