/**
 * S3 prices per commercial region, transcribed exactly from the CSV exports of AWS's S3 pricing-page
 * feeds (b0.p.awsstatic.com/pricing/2.0/meteredUnitMaps/s3/…) committed by StephenWetzel/aws_s3_pricing_scraper
 * (`outputs/aws_s3_cost_<class>_2024-09-25T20_02_3x.csv`, commit 1466b74290e28057a8cf01e71d70db50c6acc975,
 * scraped 2024-09-25). Prices are per Price List unit: GB-month for storage, per request, per GB retrieved.
 * The Deep Archive feed has no GET-request column, so that price is absent (a gap, not a guess).
 * Generated once from those CSV files; do not edit by hand.
 */

export interface S3ClassPrices {
  /** One value, or three tiers (first 50 TB, next 450 TB, over 500 TB). */
  readonly storage: readonly string[];
  readonly put: string;
  readonly get?: string;
  readonly retrieval?: string;
}

export type S3ClassKey =
  | 'standard'
  | 'intelligentTiering'
  | 'standardIa'
  | 'oneZoneIa'
  | 'glacierInstant'
  | 'glacierFlexible'
  | 'glacierDeepArchive';

export const S3_FEED_2024_09_25: Readonly<
  Record<string, Readonly<Record<S3ClassKey, S3ClassPrices>>>
> = {
  'af-south-1': {
    standard: { storage: ['0.0274', '0.0262', '0.025'], put: '0.000006', get: '0.0000004' },
    intelligentTiering: {
      storage: ['0.0274', '0.0262', '0.025'],
      put: '0.000006',
      get: '0.0000004',
    },
    standardIa: { storage: ['0.0149'], put: '0.00001', get: '0.000001', retrieval: '0.01' },
    oneZoneIa: { storage: ['0.0119'], put: '0.00001', get: '0.000001', retrieval: '0.01' },
    glacierInstant: { storage: ['0.005'], put: '0.00002', get: '0.00001', retrieval: '0.03' },
    glacierFlexible: {
      storage: ['0.00405'],
      put: '0.000036',
      get: '0.00000043',
      retrieval: '0.012',
    },
    glacierDeepArchive: { storage: ['0.0018'], put: '0.00006', retrieval: '0.024' },
  },
  'ap-east-1': {
    standard: { storage: ['0.025', '0.024', '0.023'], put: '0.000005', get: '0.0000004' },
    intelligentTiering: { storage: ['0.025', '0.024', '0.023'], put: '0.000005', get: '0.0000004' },
    standardIa: { storage: ['0.0138'], put: '0.00001', get: '0.000001', retrieval: '0.01' },
    oneZoneIa: { storage: ['0.011'], put: '0.00001', get: '0.000001', retrieval: '0.01' },
    glacierInstant: { storage: ['0.005'], put: '0.00002', get: '0.00001', retrieval: '0.03' },
    glacierFlexible: { storage: ['0.0045'], put: '0.000036', get: '0.0000004', retrieval: '0.012' },
    glacierDeepArchive: { storage: ['0.002'], put: '0.00006', retrieval: '0.024' },
  },
  'ap-northeast-1': {
    standard: { storage: ['0.025', '0.024', '0.023'], put: '0.0000047', get: '0.00000037' },
    intelligentTiering: {
      storage: ['0.025', '0.024', '0.023'],
      put: '0.0000047',
      get: '0.00000037',
    },
    standardIa: { storage: ['0.0138'], put: '0.00001', get: '0.000001', retrieval: '0.01' },
    oneZoneIa: { storage: ['0.011'], put: '0.00001', get: '0.000001', retrieval: '0.01' },
    glacierInstant: { storage: ['0.005'], put: '0.00002', get: '0.00001', retrieval: '0.03' },
    glacierFlexible: {
      storage: ['0.0045'],
      put: '0.00003426',
      get: '0.00000037',
      retrieval: '0.011',
    },
    glacierDeepArchive: { storage: ['0.002'], put: '0.000065', retrieval: '0.022' },
  },
  'ap-northeast-2': {
    standard: { storage: ['0.025', '0.024', '0.023'], put: '0.0000045', get: '0.00000035' },
    intelligentTiering: {
      storage: ['0.025', '0.024', '0.023'],
      put: '0.0000045',
      get: '0.00000035',
    },
    standardIa: { storage: ['0.0138'], put: '0.00001', get: '0.000001', retrieval: '0.01' },
    oneZoneIa: { storage: ['0.011'], put: '0.00001', get: '0.000001', retrieval: '0.01' },
    glacierInstant: { storage: ['0.005'], put: '0.00002', get: '0.00001', retrieval: '0.03' },
    glacierFlexible: {
      storage: ['0.0045'],
      put: '0.00003258',
      get: '0.00000035',
      retrieval: '0.011',
    },
    glacierDeepArchive: { storage: ['0.002'], put: '0.00006', retrieval: '0.022' },
  },
  'ap-northeast-3': {
    standard: { storage: ['0.025', '0.024', '0.023'], put: '0.0000047', get: '0.00000037' },
    intelligentTiering: {
      storage: ['0.025', '0.024', '0.023'],
      put: '0.0000047',
      get: '0.00000037',
    },
    standardIa: { storage: ['0.0138'], put: '0.00001', get: '0.000001', retrieval: '0.01' },
    oneZoneIa: { storage: ['0.011'], put: '0.00001', get: '0.000001', retrieval: '0.01' },
    glacierInstant: { storage: ['0.005'], put: '0.00002', get: '0.00001', retrieval: '0.03' },
    glacierFlexible: {
      storage: ['0.0045'],
      put: '0.00003426',
      get: '0.00000037',
      retrieval: '0.011',
    },
    glacierDeepArchive: { storage: ['0.002'], put: '0.000065', retrieval: '0.022' },
  },
  'ap-south-1': {
    standard: { storage: ['0.025', '0.024', '0.023'], put: '0.000005', get: '0.0000004' },
    intelligentTiering: { storage: ['0.025', '0.024', '0.023'], put: '0.000005', get: '0.0000004' },
    standardIa: { storage: ['0.0138'], put: '0.00001', get: '0.000001', retrieval: '0.01' },
    oneZoneIa: { storage: ['0.011'], put: '0.00001', get: '0.000001', retrieval: '0.01' },
    glacierInstant: { storage: ['0.005'], put: '0.00002', get: '0.00001', retrieval: '0.03' },
    glacierFlexible: { storage: ['0.0045'], put: '0.000036', get: '0.0000004', retrieval: '0.012' },
    glacierDeepArchive: { storage: ['0.002'], put: '0.00007', retrieval: '0.024' },
  },
  'ap-south-2': {
    standard: { storage: ['0.025', '0.024', '0.023'], put: '0.000005', get: '0.0000004' },
    intelligentTiering: { storage: ['0.025', '0.024', '0.023'], put: '0.000005', get: '0.0000004' },
    standardIa: { storage: ['0.0138'], put: '0.00001', get: '0.000001', retrieval: '0.01' },
    oneZoneIa: { storage: ['0.011'], put: '0.00001', get: '0.000001', retrieval: '0.01' },
    glacierInstant: { storage: ['0.005'], put: '0.00002', get: '0.00001', retrieval: '0.03' },
    glacierFlexible: { storage: ['0.0045'], put: '0.000036', get: '0.0000004', retrieval: '0.012' },
    glacierDeepArchive: { storage: ['0.002'], put: '0.00007', retrieval: '0.024' },
  },
  'ap-southeast-1': {
    standard: { storage: ['0.025', '0.024', '0.023'], put: '0.000005', get: '0.0000004' },
    intelligentTiering: { storage: ['0.025', '0.024', '0.023'], put: '0.000005', get: '0.0000004' },
    standardIa: { storage: ['0.0138'], put: '0.00001', get: '0.000001', retrieval: '0.01' },
    oneZoneIa: { storage: ['0.011'], put: '0.00001', get: '0.000001', retrieval: '0.01' },
    glacierInstant: { storage: ['0.005'], put: '0.00002', get: '0.00001', retrieval: '0.03' },
    glacierFlexible: { storage: ['0.0045'], put: '0.000036', get: '0.0000004', retrieval: '0.012' },
    glacierDeepArchive: { storage: ['0.002'], put: '0.00006', retrieval: '0.024' },
  },
  'ap-southeast-2': {
    standard: { storage: ['0.025', '0.024', '0.023'], put: '0.0000055', get: '0.00000044' },
    intelligentTiering: {
      storage: ['0.025', '0.024', '0.023'],
      put: '0.0000055',
      get: '0.00000044',
    },
    standardIa: { storage: ['0.0138'], put: '0.00001', get: '0.000001', retrieval: '0.01' },
    oneZoneIa: { storage: ['0.011'], put: '0.00001', get: '0.000001', retrieval: '0.01' },
    glacierInstant: { storage: ['0.005'], put: '0.00002', get: '0.00001', retrieval: '0.03' },
    glacierFlexible: {
      storage: ['0.0045'],
      put: '0.000036',
      get: '0.00000044',
      retrieval: '0.012',
    },
    glacierDeepArchive: { storage: ['0.002'], put: '0.00006', retrieval: '0.024' },
  },
  'ap-southeast-3': {
    standard: { storage: ['0.025', '0.024', '0.023'], put: '0.000005', get: '0.0000004' },
    intelligentTiering: { storage: ['0.025', '0.024', '0.023'], put: '0.000005', get: '0.0000004' },
    standardIa: { storage: ['0.0138'], put: '0.00001', get: '0.000001', retrieval: '0.01' },
    oneZoneIa: { storage: ['0.011'], put: '0.00001', get: '0.000001', retrieval: '0.01' },
    glacierInstant: { storage: ['0.005'], put: '0.00002', get: '0.00001', retrieval: '0.03' },
    glacierFlexible: { storage: ['0.0045'], put: '0.000036', get: '0.0000004', retrieval: '0.012' },
    glacierDeepArchive: { storage: ['0.002'], put: '0.00006', retrieval: '0.024' },
  },
  'ap-southeast-4': {
    standard: { storage: ['0.025', '0.024', '0.023'], put: '0.0000055', get: '0.00000044' },
    intelligentTiering: {
      storage: ['0.025', '0.024', '0.023'],
      put: '0.0000055',
      get: '0.00000044',
    },
    standardIa: { storage: ['0.0138'], put: '0.00001', get: '0.000001', retrieval: '0.01' },
    oneZoneIa: { storage: ['0.011'], put: '0.00001', get: '0.000001', retrieval: '0.01' },
    glacierInstant: { storage: ['0.005'], put: '0.00002', get: '0.00001', retrieval: '0.03' },
    glacierFlexible: {
      storage: ['0.0045'],
      put: '0.000036',
      get: '0.00000044',
      retrieval: '0.012',
    },
    glacierDeepArchive: { storage: ['0.002'], put: '0.00006', retrieval: '0.024' },
  },
  'ap-southeast-5': {
    standard: { storage: ['0.0225', '0.0216', '0.0207'], put: '0.0000045', get: '0.00000036' },
    intelligentTiering: {
      storage: ['0.0225', '0.0216', '0.0207'],
      put: '0.0000045',
      get: '0.00000036',
    },
    standardIa: { storage: ['0.01242'], put: '0.00001', get: '0.000001', retrieval: '0.01' },
    oneZoneIa: { storage: ['0.0099'], put: '0.00001', get: '0.000001', retrieval: '0.01' },
    glacierInstant: { storage: ['0.0045'], put: '0.00002', get: '0.00001', retrieval: '0.03' },
    glacierFlexible: {
      storage: ['0.00405'],
      put: '0.0000324',
      get: '0.00000036',
      retrieval: '0.0108',
    },
    glacierDeepArchive: { storage: ['0.0018'], put: '0.000054', retrieval: '0.0216' },
  },
  'ca-central-1': {
    standard: { storage: ['0.025', '0.024', '0.023'], put: '0.0000055', get: '0.00000044' },
    intelligentTiering: {
      storage: ['0.025', '0.024', '0.023'],
      put: '0.0000055',
      get: '0.00000044',
    },
    standardIa: { storage: ['0.0138'], put: '0.00001', get: '0.000001', retrieval: '0.01' },
    oneZoneIa: { storage: ['0.01104'], put: '0.00001', get: '0.000001', retrieval: '0.01' },
    glacierInstant: { storage: ['0.005'], put: '0.00002', get: '0.00001', retrieval: '0.03' },
    glacierFlexible: {
      storage: ['0.00405'],
      put: '0.000033',
      get: '0.00000044',
      retrieval: '0.011',
    },
    glacierDeepArchive: { storage: ['0.0018'], put: '0.00006', retrieval: '0.022' },
  },
  'ca-west-1': {
    standard: { storage: ['0.025', '0.024', '0.023'], put: '0.0000055', get: '0.00000044' },
    intelligentTiering: {
      storage: ['0.025', '0.024', '0.023'],
      put: '0.0000055',
      get: '0.00000044',
    },
    standardIa: { storage: ['0.0138'], put: '0.00001', get: '0.000001', retrieval: '0.01' },
    oneZoneIa: { storage: ['0.01104'], put: '0.00001', get: '0.000001', retrieval: '0.01' },
    glacierInstant: { storage: ['0.005'], put: '0.00002', get: '0.00001', retrieval: '0.03' },
    glacierFlexible: {
      storage: ['0.00405'],
      put: '0.000033',
      get: '0.00000044',
      retrieval: '0.011',
    },
    glacierDeepArchive: { storage: ['0.0018'], put: '0.00006', retrieval: '0.022' },
  },
  'eu-central-1': {
    standard: { storage: ['0.0245', '0.0235', '0.0225'], put: '0.0000054', get: '0.00000043' },
    intelligentTiering: {
      storage: ['0.0245', '0.0235', '0.0225'],
      put: '0.0000054',
      get: '0.00000043',
    },
    standardIa: { storage: ['0.0135'], put: '0.00001', get: '0.000001', retrieval: '0.01' },
    oneZoneIa: { storage: ['0.0108'], put: '0.00001', get: '0.000001', retrieval: '0.01' },
    glacierInstant: { storage: ['0.005'], put: '0.00002', get: '0.00001', retrieval: '0.03' },
    glacierFlexible: {
      storage: ['0.00405'],
      put: '0.000036',
      get: '0.00000043',
      retrieval: '0.012',
    },
    glacierDeepArchive: { storage: ['0.0018'], put: '0.00006', retrieval: '0.024' },
  },
  'eu-central-2': {
    standard: { storage: ['0.02695', '0.02585', '0.02475'], put: '0.0000054', get: '0.00000043' },
    intelligentTiering: {
      storage: ['0.02695', '0.02585', '0.02475'],
      put: '0.0000054',
      get: '0.00000043',
    },
    standardIa: { storage: ['0.01485'], put: '0.00001', get: '0.000001', retrieval: '0.01' },
    oneZoneIa: { storage: ['0.01188'], put: '0.00001', get: '0.000001', retrieval: '0.01' },
    glacierInstant: { storage: ['0.0055'], put: '0.00002', get: '0.00001', retrieval: '0.03' },
    glacierFlexible: {
      storage: ['0.004455'],
      put: '0.000036',
      get: '0.00000043',
      retrieval: '0.012',
    },
    glacierDeepArchive: { storage: ['0.00198'], put: '0.00006', retrieval: '0.024' },
  },
  'eu-north-1': {
    standard: { storage: ['0.023', '0.022', '0.021'], put: '0.000005', get: '0.0000004' },
    intelligentTiering: { storage: ['0.023', '0.022', '0.021'], put: '0.000005', get: '0.0000004' },
    standardIa: { storage: ['0.0125'], put: '0.00001', get: '0.000001', retrieval: '0.01' },
    oneZoneIa: { storage: ['0.01'], put: '0.00001', get: '0.000001', retrieval: '0.01' },
    glacierInstant: { storage: ['0.004'], put: '0.00002', get: '0.00001', retrieval: '0.03' },
    glacierFlexible: { storage: ['0.0036'], put: '0.000033', get: '0.0000004', retrieval: '0.01' },
    glacierDeepArchive: { storage: ['0.00099'], put: '0.000055', retrieval: '0.02' },
  },
  'eu-south-1': {
    standard: { storage: ['0.024', '0.023', '0.022'], put: '0.0000053', get: '0.0000004' },
    intelligentTiering: {
      storage: ['0.024', '0.023', '0.022'],
      put: '0.0000053',
      get: '0.0000004',
    },
    standardIa: { storage: ['0.0131'], put: '0.00001', get: '0.000001', retrieval: '0.01' },
    oneZoneIa: { storage: ['0.0105'], put: '0.00001', get: '0.000001', retrieval: '0.01' },
    glacierInstant: { storage: ['0.005'], put: '0.00002', get: '0.00001', retrieval: '0.03' },
    glacierFlexible: {
      storage: ['0.00405'],
      put: '0.000036',
      get: '0.00000043',
      retrieval: '0.012',
    },
    glacierDeepArchive: { storage: ['0.0018'], put: '0.00006', retrieval: '0.024' },
  },
  'eu-south-2': {
    standard: { storage: ['0.023', '0.022', '0.021'], put: '0.0000053', get: '0.0000004' },
    intelligentTiering: {
      storage: ['0.023', '0.022', '0.021'],
      put: '0.0000053',
      get: '0.0000004',
    },
    standardIa: { storage: ['0.0125'], put: '0.00001', get: '0.000001', retrieval: '0.01' },
    oneZoneIa: { storage: ['0.01'], put: '0.00001', get: '0.000001', retrieval: '0.01' },
    glacierInstant: { storage: ['0.005'], put: '0.00002', get: '0.00001', retrieval: '0.03' },
    glacierFlexible: {
      storage: ['0.00405'],
      put: '0.000036',
      get: '0.00000043',
      retrieval: '0.012',
    },
    glacierDeepArchive: { storage: ['0.0018'], put: '0.00006', retrieval: '0.024' },
  },
  'eu-west-1': {
    standard: { storage: ['0.023', '0.022', '0.021'], put: '0.000005', get: '0.0000004' },
    intelligentTiering: { storage: ['0.023', '0.022', '0.021'], put: '0.000005', get: '0.0000004' },
    standardIa: { storage: ['0.0125'], put: '0.00001', get: '0.000001', retrieval: '0.01' },
    oneZoneIa: { storage: ['0.01'], put: '0.00001', get: '0.000001', retrieval: '0.01' },
    glacierInstant: { storage: ['0.004'], put: '0.00002', get: '0.00001', retrieval: '0.03' },
    glacierFlexible: { storage: ['0.0036'], put: '0.000033', get: '0.0000004', retrieval: '0.01' },
    glacierDeepArchive: { storage: ['0.00099'], put: '0.000055', retrieval: '0.02' },
  },
  'eu-west-2': {
    standard: { storage: ['0.024', '0.023', '0.022'], put: '0.0000053', get: '0.00000042' },
    intelligentTiering: {
      storage: ['0.024', '0.023', '0.022'],
      put: '0.0000053',
      get: '0.00000042',
    },
    standardIa: { storage: ['0.0131'], put: '0.00001', get: '0.000001', retrieval: '0.01' },
    oneZoneIa: { storage: ['0.01048'], put: '0.00001', get: '0.000001', retrieval: '0.01' },
    glacierInstant: { storage: ['0.005'], put: '0.00002', get: '0.00001', retrieval: '0.03' },
    glacierFlexible: {
      storage: ['0.00405'],
      put: '0.0000318',
      get: '0.00000042',
      retrieval: '0.0105',
    },
    glacierDeepArchive: { storage: ['0.0018'], put: '0.00006', retrieval: '0.021' },
  },
  'eu-west-3': {
    standard: { storage: ['0.024', '0.023', '0.022'], put: '0.0000053', get: '0.00000042' },
    intelligentTiering: {
      storage: ['0.024', '0.023', '0.022'],
      put: '0.0000053',
      get: '0.00000042',
    },
    standardIa: { storage: ['0.0131'], put: '0.00001', get: '0.000001', retrieval: '0.01' },
    oneZoneIa: { storage: ['0.01048'], put: '0.00001', get: '0.000001', retrieval: '0.01' },
    glacierInstant: { storage: ['0.005'], put: '0.00002', get: '0.00001', retrieval: '0.03' },
    glacierFlexible: {
      storage: ['0.00405'],
      put: '0.0000318',
      get: '0.00000042',
      retrieval: '0.0105',
    },
    glacierDeepArchive: { storage: ['0.0018'], put: '0.00006', retrieval: '0.021' },
  },
  'il-central-1': {
    standard: { storage: ['0.025', '0.024', '0.023'], put: '0.0000055', get: '0.00000044' },
    intelligentTiering: {
      storage: ['0.025', '0.024', '0.023'],
      put: '0.0000055',
      get: '0.00000044',
    },
    standardIa: { storage: ['0.0138'], put: '0.00001', get: '0.000001', retrieval: '0.01' },
    oneZoneIa: { storage: ['0.01104'], put: '0.00001', get: '0.000001', retrieval: '0.01' },
    glacierInstant: { storage: ['0.005'], put: '0.00002', get: '0.00001', retrieval: '0.03' },
    glacierFlexible: {
      storage: ['0.00405'],
      put: '0.0000363',
      get: '0.00000044',
      retrieval: '0.011',
    },
    glacierDeepArchive: { storage: ['0.0018'], put: '0.0000605', retrieval: '0.022' },
  },
  'me-central-1': {
    standard: { storage: ['0.025', '0.024', '0.023'], put: '0.0000055', get: '0.00000044' },
    intelligentTiering: {
      storage: ['0.025', '0.024', '0.023'],
      put: '0.0000055',
      get: '0.00000044',
    },
    standardIa: { storage: ['0.0138'], put: '0.00001', get: '0.000001', retrieval: '0.01' },
    oneZoneIa: { storage: ['0.01104'], put: '0.00001', get: '0.000001', retrieval: '0.01' },
    glacierInstant: { storage: ['0.005'], put: '0.00002', get: '0.00001', retrieval: '0.03' },
    glacierFlexible: {
      storage: ['0.00405'],
      put: '0.0000363',
      get: '0.00000044',
      retrieval: '0.011',
    },
    glacierDeepArchive: { storage: ['0.0018'], put: '0.0000605', retrieval: '0.022' },
  },
  'me-south-1': {
    standard: { storage: ['0.025', '0.024', '0.023'], put: '0.0000055', get: '0.00000044' },
    intelligentTiering: {
      storage: ['0.025', '0.024', '0.023'],
      put: '0.0000055',
      get: '0.00000044',
    },
    standardIa: { storage: ['0.0138'], put: '0.00001', get: '0.000001', retrieval: '0.01' },
    oneZoneIa: { storage: ['0.01104'], put: '0.00001', get: '0.000001', retrieval: '0.01' },
    glacierInstant: { storage: ['0.005'], put: '0.00002', get: '0.00001', retrieval: '0.03' },
    glacierFlexible: {
      storage: ['0.00405'],
      put: '0.0000363',
      get: '0.00000044',
      retrieval: '0.011',
    },
    glacierDeepArchive: { storage: ['0.0018'], put: '0.0000605', retrieval: '0.022' },
  },
  'sa-east-1': {
    standard: { storage: ['0.0405', '0.039', '0.037'], put: '0.000007', get: '0.00000056' },
    intelligentTiering: {
      storage: ['0.0405', '0.039', '0.037'],
      put: '0.000007',
      get: '0.00000056',
    },
    standardIa: { storage: ['0.0221'], put: '0.00001', get: '0.000001', retrieval: '0.01' },
    oneZoneIa: { storage: ['0.0177'], put: '0.00001', get: '0.000001', retrieval: '0.01' },
    glacierInstant: { storage: ['0.0083'], put: '0.00002', get: '0.00001', retrieval: '0.03' },
    glacierFlexible: {
      storage: ['0.00765'],
      put: '0.000042',
      get: '0.00000056',
      retrieval: '0.014',
    },
    glacierDeepArchive: { storage: ['0.0032'], put: '0.0001', retrieval: '0.028' },
  },
  'us-east-1': {
    standard: { storage: ['0.023', '0.022', '0.021'], put: '0.000005', get: '0.0000004' },
    intelligentTiering: { storage: ['0.023', '0.022', '0.021'], put: '0.000005', get: '0.0000004' },
    standardIa: { storage: ['0.0125'], put: '0.00001', get: '0.000001', retrieval: '0.01' },
    oneZoneIa: { storage: ['0.01'], put: '0.00001', get: '0.000001', retrieval: '0.01' },
    glacierInstant: { storage: ['0.004'], put: '0.00002', get: '0.00001', retrieval: '0.03' },
    glacierFlexible: { storage: ['0.0036'], put: '0.00003', get: '0.0000004', retrieval: '0.01' },
    glacierDeepArchive: { storage: ['0.00099'], put: '0.00005', retrieval: '0.02' },
  },
  'us-east-2': {
    standard: { storage: ['0.023', '0.022', '0.021'], put: '0.000005', get: '0.0000004' },
    intelligentTiering: { storage: ['0.023', '0.022', '0.021'], put: '0.000005', get: '0.0000004' },
    standardIa: { storage: ['0.0125'], put: '0.00001', get: '0.000001', retrieval: '0.01' },
    oneZoneIa: { storage: ['0.01'], put: '0.00001', get: '0.000001', retrieval: '0.01' },
    glacierInstant: { storage: ['0.004'], put: '0.00002', get: '0.00001', retrieval: '0.03' },
    glacierFlexible: { storage: ['0.0036'], put: '0.00003', get: '0.0000004', retrieval: '0.01' },
    glacierDeepArchive: { storage: ['0.00099'], put: '0.00005', retrieval: '0.02' },
  },
  'us-west-1': {
    standard: { storage: ['0.026', '0.025', '0.024'], put: '0.0000055', get: '0.00000044' },
    intelligentTiering: {
      storage: ['0.026', '0.025', '0.024'],
      put: '0.0000055',
      get: '0.00000044',
    },
    standardIa: { storage: ['0.0144'], put: '0.00001', get: '0.000001', retrieval: '0.01' },
    oneZoneIa: { storage: ['0.0115'], put: '0.00001', get: '0.000001', retrieval: '0.01' },
    glacierInstant: { storage: ['0.005'], put: '0.00002', get: '0.00001', retrieval: '0.03' },
    glacierFlexible: {
      storage: ['0.0045'],
      put: '0.000033',
      get: '0.00000044',
      retrieval: '0.011',
    },
    glacierDeepArchive: { storage: ['0.002'], put: '0.00006', retrieval: '0.022' },
  },
  'us-west-2': {
    standard: { storage: ['0.023', '0.022', '0.021'], put: '0.000005', get: '0.0000004' },
    intelligentTiering: { storage: ['0.023', '0.022', '0.021'], put: '0.000005', get: '0.0000004' },
    standardIa: { storage: ['0.0125'], put: '0.00001', get: '0.000001', retrieval: '0.01' },
    oneZoneIa: { storage: ['0.01'], put: '0.00001', get: '0.000001', retrieval: '0.01' },
    glacierInstant: { storage: ['0.004'], put: '0.00002', get: '0.00001', retrieval: '0.03' },
    glacierFlexible: { storage: ['0.0036'], put: '0.00003', get: '0.0000004', retrieval: '0.01' },
    glacierDeepArchive: { storage: ['0.00099'], put: '0.00005', retrieval: '0.02' },
  },
};
