import type { PriceRecord } from '../../core/catalog/price-record';
import { curated } from './curated-record';
import type { S3ClassKey } from './data/s3-feed-2024-09-25';
import { S3_FEED_2024_09_25 } from './data/s3-feed-2024-09-25';
import { plainDecimal, shiftDecimal } from './decimal';
import type { ReferenceFacts, Sourced } from './published';
import { repoSource } from './published';
import { regionUsageType } from './regions';

interface ClassRows {
  readonly key: S3ClassKey;
  /** Price List volumeType of the storage row. */
  readonly volumeType: string;
  /** usagetype suffixes, exactly as core/resources/s3-bucket.ts queries them. */
  readonly storage: string;
  readonly tier1: string;
  readonly tier2: string;
  readonly retrieval?: string;
  /** The feed's CSV export the class comes from. */
  readonly csv: string;
}

const CLASSES: readonly ClassRows[] = [
  {
    key: 'standard',
    volumeType: 'Standard',
    storage: 'TimedStorage-ByteHrs',
    tier1: 'Requests-Tier1',
    tier2: 'Requests-Tier2',
    csv: 's3-standard_2024-09-25T20_02_34',
  },
  {
    key: 'intelligentTiering',
    volumeType: 'Intelligent-Tiering Frequent Access',
    storage: 'TimedStorage-INT-FA-ByteHrs',
    tier1: 'Requests-INT-Tier1',
    tier2: 'Requests-INT-Tier2',
    csv: 's3-intelligent-tiering_2024-09-25T20_02_34',
  },
  {
    key: 'standardIa',
    volumeType: 'Standard - Infrequent Access',
    storage: 'TimedStorage-SIA-ByteHrs',
    tier1: 'Requests-SIA-Tier1',
    tier2: 'Requests-SIA-Tier2',
    retrieval: 'Retrieval-SIA',
    csv: 's3-standard-infrequent_2024-09-25T20_02_34',
  },
  {
    key: 'oneZoneIa',
    volumeType: 'One Zone - Infrequent Access',
    storage: 'TimedStorage-ZIA-ByteHrs',
    tier1: 'Requests-ZIA-Tier1',
    tier2: 'Requests-ZIA-Tier2',
    retrieval: 'Retrieval-ZIA',
    csv: 's3-onezone-infrequent_2024-09-25T20_02_35',
  },
  {
    key: 'glacierInstant',
    volumeType: 'Glacier Instant Retrieval',
    storage: 'TimedStorage-GIR-ByteHrs',
    tier1: 'Requests-GIR-Tier1',
    tier2: 'Requests-GIR-Tier2',
    retrieval: 'Retrieval-GIR',
    csv: 's3-glacier-instantretrieval_2024-09-25T20_02_34',
  },
  {
    key: 'glacierFlexible',
    volumeType: 'Amazon Glacier',
    storage: 'TimedStorage-GlacierByteHrs',
    tier1: 'Requests-GLACIER-Tier1',
    tier2: 'Requests-GLACIER-Tier2',
    retrieval: 'Retrieval-Glacier-Standard',
    csv: 's3-glacier-flexibleretrieval_2024-09-25T20_02_35',
  },
  {
    key: 'glacierDeepArchive',
    volumeType: 'Glacier Deep Archive',
    storage: 'TimedStorage-GDA-ByteHrs',
    tier1: 'Requests-GDA-Tier1',
    tier2: 'Requests-GDA-Tier2',
    retrieval: 'Retrieval-GDA-Standard',
    csv: 's3glacierdeeparchive_2024-09-25T20_02_35',
  },
];

/** Storage tiers by TB stored per month: first 50 TB, next 450 TB, over 500 TB (in GB). */
const TIERS = [
  ['0', '51200'],
  ['51200', '512000'],
  ['512000', 'Inf'],
] as const;

function feedSource(rows: ClassRows, column: string) {
  return repoSource(
    'StephenWetzel/aws_s3_pricing_scraper',
    '1466b74290e28057a8cf01e71d70db50c6acc975',
    `outputs/aws_s3_cost_${rows.csv}.csv`,
    '2024-09-25',
    `AWS S3 pricing-page feed (b0.p.awsstatic.com meteredUnitMaps/s3) as exported to CSV on 2024-09-25: ${column}`,
  );
}

/**
 * S3 in every commercial region of the 2024-09-25 feed export: storage per GB-month (Standard and
 * Intelligent-Tiering Frequent Access tiered), PUT-class and GET-class requests per request, and
 * retrievals per GB, for every storage class the engine prices. Newer rates win where a newer
 * source printed one: the 2026-07 Singapore Price List facts and the May 2025 invoice.
 */
export function s3(facts: ReferenceFacts): PriceRecord[] {
  const newer = newerRates(facts);
  const records: PriceRecord[] = [];
  for (const [region, classes] of Object.entries(S3_FEED_2024_09_25)) {
    for (const rows of CLASSES) {
      const prices = classes[rows.key];
      const pick = (suffix: string, index: number, feedPrice: string, column: string): Sourced =>
        newer.get(`${region}|${suffix}|${index}`) ?? {
          price: feedPrice,
          source: feedSource(rows, column),
        };
      const rec = (
        family: string,
        suffix: string,
        unit: string,
        known: Sourced,
        what: string[],
        extra: Record<string, string> = {},
        range: readonly [string, string] = ['0', 'Inf'],
      ) =>
        curated({
          service: 'AmazonS3',
          region,
          productFamily: family,
          attributes: { ...extra, usagetype: regionUsageType(region, suffix, false) },
          unit,
          price: known.price,
          source: known.source,
          beginRange: range[0],
          endRange: range[1],
          what: [rows.key, ...what],
        });
      prices.storage.forEach((price, i) => {
        const range = prices.storage.length === 1 ? (['0', 'Inf'] as const) : TIERS[i];
        if (!range) throw new Error(`S3 ${region} ${rows.key}: more storage tiers than known.`);
        const known = pick(rows.storage, i, price, `storage ${range[0]}–${range[1]} GB`);
        records.push(
          rec(
            'Storage',
            rows.storage,
            'GB-Mo',
            known,
            ['storage', range[0]],
            {
              volumeType: rows.volumeType,
            },
            range,
          ),
        );
      });
      records.push(
        rec(
          'API Request',
          rows.tier1,
          'Requests',
          pick(rows.tier1, 0, prices.put, 'PUT, COPY, POST, LIST requests'),
          ['tier1'],
        ),
      );
      if (prices.get !== undefined)
        records.push(
          rec(
            'API Request',
            rows.tier2,
            'Requests',
            pick(rows.tier2, 0, prices.get, 'GET and all other requests'),
            ['tier2'],
          ),
        );
      if (rows.retrieval && prices.retrieval !== undefined)
        records.push(
          rec(
            'Fee',
            rows.retrieval,
            'GB',
            pick(rows.retrieval, 0, prices.retrieval, 'retrieval per GB'),
            ['retrieval'],
          ),
        );
    }
  }
  return records;
}

/** Rates of newer sources, keyed `region|usagetype suffix|tier index`, per Price List unit. */
function newerRates(facts: ReferenceFacts): Map<string, Sourced> {
  const rates = new Map<string, Sourced>();
  const perRequest = (
    known: { price: number; source: Sourced['source'] },
    per: number,
  ): Sourced => ({
    source: known.source,
    price: shiftDecimal(plainDecimal(known.price), -Math.round(Math.log10(per))),
  });
  const sg = (usageType: string, item?: RegExp) =>
    facts.fact('s3zip_2026_07', 'ap-southeast-1', { usageType, ...(item ? { item } : {}) });
  // Singapore, AWS Price List API 2026-07.
  [/first 50 TB/, /next 450 TB/, /over 500 TB/].forEach((item, i) =>
    rates.set(`ap-southeast-1|TimedStorage-ByteHrs|${i}`, sg('APS1-TimedStorage-ByteHrs', item)),
  );
  rates.set('ap-southeast-1|TimedStorage-SIA-ByteHrs|0', sg('APS1-TimedStorage-SIA-ByteHrs'));
  rates.set('ap-southeast-1|TimedStorage-GIR-ByteHrs|0', sg('APS1-TimedStorage-GIR-ByteHrs'));
  rates.set('ap-southeast-1|Requests-Tier1|0', perRequest(sg('APS1-Requests-Tier1'), 1000));
  rates.set('ap-southeast-1|Requests-Tier2|0', perRequest(sg('APS1-Requests-Tier2'), 10000));
  rates.set('ap-southeast-1|Requests-GIR-Tier1|0', perRequest(sg('APS1-Requests-GIR-Tier1'), 1000));
  // The May 2025 invoice (rates quoted per 1,000 / 10,000 requests).
  const bill = (region: string, text: RegExp) => facts.billRate(region, text);
  rates.set(
    'us-east-1|Requests-Tier1|0',
    perRequest(bill('us-east-1', /per 1,000 PUT, COPY/), 1000),
  );
  rates.set('us-east-1|Requests-Tier2|0', perRequest(bill('us-east-1', /per 10,000 GET/), 10000));
  rates.set('us-west-2|Requests-Tier2|0', perRequest(bill('us-west-2', /per 10,000 GET/), 10000));
  rates.set('us-west-2|TimedStorage-ByteHrs|0', bill('us-west-2', /first 50 TB/));
  rates.set('eu-central-1|TimedStorage-ByteHrs|0', bill('eu-central-1', /first 50 TB/));
  return rates;
}
