import type { PriceRecord } from '../../core/catalog/price-record';
import type { S3StorageClass } from '../../core/requirements/requirement-items';
import { S3_FEATURE_USAGE } from '../../core/resources/s3-features';
import { curated } from './curated-record';
import type { S3ClassKey } from './data/s3-feed-2024-09-25';
import type { S3FeatureKey } from './data/s3-features-2024-09-25';
import { S3_FEATURE_COLUMNS, S3_FEATURES_2024_09_25 } from './data/s3-features-2024-09-25';
import { repoSource } from './published';
import { regionUsageType } from './regions';

/** The engine's storage class of each feed class key. */
const CLASS_OF: Readonly<Record<S3ClassKey, S3StorageClass>> = {
  standard: 'standard',
  intelligentTiering: 'intelligent-tiering',
  standardIa: 'standard-ia',
  oneZoneIa: 'one-zone-ia',
  glacierInstant: 'glacier-instant',
  glacierFlexible: 'glacier-flexible',
  glacierDeepArchive: 'glacier-deep-archive',
};

interface Row {
  readonly family: string;
  readonly unit: string;
  readonly suffix: string;
}

/** What each feed column is in the catalog: product family, unit and the engine's usage type. */
function rowOf(cls: S3StorageClass, key: S3FeatureKey): Row | undefined {
  const U = S3_FEATURE_USAGE;
  const archive = cls === 'glacier-flexible' || cls === 'glacier-deep-archive' ? cls : undefined;
  switch (key) {
    case 'transition':
      return { family: 'API Request', unit: 'Requests', suffix: U.transition(cls) };
    case 'selectScanned':
      return { family: 'Select', unit: 'GB', suffix: U.selectScanned(cls) };
    case 'selectReturned':
      return { family: 'Select', unit: 'GB', suffix: U.selectReturned(cls) };
    case 'infrequentAccess':
      return { family: 'Storage', unit: 'GB-Mo', suffix: U.intInfrequentAccess };
    case 'archiveInstantAccess':
      return { family: 'Storage', unit: 'GB-Mo', suffix: U.intArchiveInstantAccess };
    case 'monitoring':
      return { family: 'Storage', unit: 'Objects', suffix: U.intMonitoring };
    case 'expeditedGb':
      return archive && { family: 'Fee', unit: 'GB', suffix: U.retrieval(archive, 'expedited') };
    case 'bulkGb':
      return archive && { family: 'Fee', unit: 'GB', suffix: U.retrieval(archive, 'bulk') };
    case 'standardRequests':
      return archive && req(U.restoreRequests(archive, 'standard'));
    case 'expeditedRequests':
      return archive && req(U.restoreRequests(archive, 'expedited'));
    case 'bulkRequests':
      return archive && req(U.restoreRequests(archive, 'bulk'));
  }
}
const req = (suffix: string): Row => ({ family: 'API Request', unit: 'Requests', suffix });

/**
 * S3 feature prices in every commercial region of the 2024-09-25 feed export: lifecycle
 * transitions into each class, Intelligent-Tiering Infrequent and Archive Instant Access storage
 * and monitoring (per object-month), S3 Select scanned/returned, Glacier Flexible Retrieval
 * expedited retrieval and restore requests, Deep Archive bulk retrieval and restore requests.
 */
export function s3Features(): PriceRecord[] {
  const records: PriceRecord[] = [];
  for (const [region, classes] of Object.entries(S3_FEATURES_2024_09_25)) {
    for (const [key, prices] of Object.entries(classes) as [
      S3ClassKey,
      Partial<Record<S3FeatureKey, string>>,
    ][]) {
      const { csv, columns } = S3_FEATURE_COLUMNS[key];
      for (const [feature, price] of Object.entries(prices) as [S3FeatureKey, string][]) {
        const row = rowOf(CLASS_OF[key], feature);
        if (!row) throw new Error(`S3 ${region} ${key}: no catalog row for ${feature}.`);
        records.push(
          curated({
            service: 'AmazonS3',
            region,
            productFamily: row.family,
            attributes: { usagetype: regionUsageType(region, row.suffix, false) },
            unit: row.unit,
            price,
            source: repoSource(
              'StephenWetzel/aws_s3_pricing_scraper',
              '1466b74290e28057a8cf01e71d70db50c6acc975',
              `outputs/aws_s3_cost_${csv}.csv`,
              '2024-09-25',
              `AWS S3 pricing-page feed (b0.p.awsstatic.com meteredUnitMaps/s3) as exported to CSV on 2024-09-25: column "${columns[feature] ?? feature}"`,
            ),
            what: [key, feature],
          }),
        );
      }
    }
  }
  return records;
}
