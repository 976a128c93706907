import type { RequirementItem } from '../../../core/requirements/requirement-items';
import { price } from './embedded-price';

/**
 * Lambda, DynamoDB and CloudWatch prices transcribed from AWS's pricing-page feeds lambda.json
 * (published 2025-10-30), dynamodb.json (2025-08-28) and cloudwatch.json (2025-09-23) as committed to
 * lamngockhuong/aws-price (scripts/snapshot/feed-sources-2025.ts). Every expected figure is worked
 * out by hand beside it from the feed row named there (region, row key, price per unit), read in the
 * committed feed file — not from the catalog. A month is 730 hours.
 */

type Line = ReturnType<typeof price>;

function cost(line: Line, prefix: string): string | null | undefined {
  return line.components.find((c) => c.name.startsWith(prefix))?.cost;
}

function priced(region: string, item: RequirementItem): Line {
  const line = price(region, item);
  expect({ region, incomplete: line.incomplete ?? false }).toEqual({ region, incomplete: false });
  return line;
}

describe('Lambda (lambda.json, 2025-10-30)', () => {
  const fn = (extra: object): RequirementItem =>
    ({ id: 'fn', service: 'lambda', quantity: 1, freeTier: false, ...extra }) as RequirementItem;

  it('prices x86 requests and first-tier duration in us-east-1', () => {
    // "Lambda Requests" $0.0000002, "Lambda Duration" $0.0000166667 (US East (N. Virginia)):
    // 10,000,000 × 200 ms × 1,024 MB ÷ 1,024 = 2,000,000 GB-s × 0.0000166667 = 33.3334;
    // 10,000,000 × 0.0000002 = 2.
    const line = priced(
      'us-east-1',
      fn({ requestsPerMonth: 1e7, durationMs: 200, memoryMb: 1024 }),
    );
    expect([cost(line, 'Requests'), cost(line, 'Duration'), line.monthly]).toEqual([
      '2',
      '33.3334',
      '35.3334',
    ]);
  });

  it('prices Arm after the free tier in eu-central-1', () => {
    // EU (Frankfurt) "Lambda Duration-ARM" $0.0000133334, "Lambda Requests-ARM" $0.0000002:
    // 5,000,000 × 1 s × 2 GB = 10,000,000 GB-s − 400,000 free = 9,600,000 × 0.0000133334 = 128.00064;
    // (5,000,000 − 1,000,000) × 0.0000002 = 0.8.
    const item = fn({
      requestsPerMonth: 5e6,
      durationMs: 1000,
      memoryMb: 2048,
      architecture: 'arm64',
      freeTier: true,
    });
    expect(priced('eu-central-1', item).monthly).toBe('128.80064');
  });

  it('splits x86 duration across the first two tiers in ap-northeast-1', () => {
    // Asia Pacific (Tokyo): 1,000,000,000 × 7 s × 1 GB = 7,000,000,000 GB-s: the first 6 billion at
    // "Lambda Duration" $0.0000166667 = 100,000.2, the next 1 billion at "Lambda Duration Tier2"
    // $0.000015 = 15,000; requests 1,000,000,000 × 0.0000002 = 200.
    const line = priced(
      'ap-northeast-1',
      fn({ requestsPerMonth: 1e9, durationMs: 7000, memoryMb: 1024 }),
    );
    expect(line.monthly).toBe('115200.2');
  });

  it('prices ephemeral storage above 512 MB in sa-east-1', () => {
    // South America (Sao Paulo) "Lambda Storage-Duration" $0.0000000586:
    // 1,000,000 × 1 s × (2,560 − 512) MB ÷ 1,024 = 2,000,000 GB-s × 0.0000000586 = 0.1172.
    const item = fn({
      requestsPerMonth: 1e6,
      durationMs: 1000,
      memoryMb: 1024,
      ephemeralStorageMb: 2560,
    });
    expect(cost(priced('sa-east-1', item), 'Ephemeral storage')).toBe('0.1172');
  });
});

describe('DynamoDB (dynamodb.json, 2025-08-28)', () => {
  const table = (extra: object): RequirementItem =>
    ({ id: 't', service: 'dynamodb', quantity: 1, ...extra }) as RequirementItem;

  it('prices an on-demand Standard table in us-east-1', () => {
    // "PayPerRequest Read Request Units" $0.000000125, "… Write Request Units" $0.000000625,
    // "Data Storage Indexed GB-Mo" $0.25: 100,000,000 × 0.000000125 = 12.5;
    // 20,000,000 × 0.000000625 = 12.5; 50 GB × 0.25 = 12.5.
    const item = table({
      capacityMode: 'on-demand',
      readRequestUnitsMillions: 100,
      writeRequestUnitsMillions: 20,
      storageGb: 50,
    });
    expect(priced('us-east-1', item).monthly).toBe('37.5');
  });

  it('prices a provisioned Standard table in eu-west-1', () => {
    // EU (Ireland) "Provisioned Read Units" $0.000147, "Provisioned Write Units" $0.000735,
    // storage $0.283: 100 × 730 × 0.000147 = 10.731; 50 × 730 × 0.000735 = 26.8275; 10 × 0.283 = 2.83.
    const item = table({
      capacityMode: 'provisioned',
      readCapacityUnits: 100,
      writeCapacityUnits: 50,
      storageGb: 10,
    });
    expect(priced('eu-west-1', item).monthly).toBe('40.3885');
  });

  it('prices a Standard-IA on-demand table with PITR in ap-northeast-1', () => {
    // Asia Pacific (Tokyo) "… Read Request Units IA" $0.000000178, "… Write Request Units IA"
    // $0.00000089, "Data Storage Indexed - IA GB-Mo" $0.114, "PITR Backup Storage GB-Mo" $0.228:
    // 10,000,000 × 0.000000178 = 1.78; 2,000,000 × 0.00000089 = 1.78; 100 × 0.114 = 11.4;
    // 100 × 0.228 = 22.8.
    const item = table({
      capacityMode: 'on-demand',
      tableClass: 'standard-ia',
      readRequestUnitsMillions: 10,
      writeRequestUnitsMillions: 2,
      storageGb: 100,
      pitrGb: 100,
    });
    expect(priced('ap-northeast-1', item).monthly).toBe('37.76');
  });
});

describe('CloudWatch (cloudwatch.json, 2025-09-23)', () => {
  it('prices metrics in two tiers, logs, alarms and dashboards in us-east-1', () => {
    // "Metric for the first 10000" $0.30, "… next 240000" $0.10: 10,000 × 0.30 + 10,000 × 0.10 =
    // 4,000; "Logs Collected Data Ingestion" $0.50 × 100 GB = 50; "Stored Data" $0.03 × 1,000 GB
    // = 30; "Alarm Standard" $0.10 × 20 = 2; "Dashboard Basic Dashboard" (location Any) $3 × 5 = 15.
    const line = priced('us-east-1', {
      id: 'cw',
      service: 'cloudwatch',
      quantity: 1,
      customMetrics: 20000,
      logsIngestedGb: 100,
      logsStoredGb: 1000,
      alarms: 20,
      dashboards: 5,
    });
    expect(line.monthly).toBe('4097');
  });

  it('prices Logs at Frankfurt rates', () => {
    // EU (Frankfurt) "Logs Collected Data Ingestion" $0.63 × 100 GB = 63; "Stored Data" $0.0324 ×
    // 1,000 GB = 32.4.
    const line = priced('eu-central-1', {
      id: 'cw',
      service: 'cloudwatch',
      quantity: 1,
      logsIngestedGb: 100,
      logsStoredGb: 1000,
    });
    expect([cost(line, 'Logs ingestion'), cost(line, 'Logs storage')]).toEqual(['63', '32.4']);
  });
});
