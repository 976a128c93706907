import { requirementsSchema } from '../../../backend/routes/schemas/requirements';
import { PriceCatalog } from '../../../core/catalog/price-catalog';
import { Decimal } from '../../../core/money/decimal';
import { ON_DEMAND_MODEL } from '../../../core/requirements/pricing-model';
import type { RequirementItem } from '../../../core/requirements/requirement-items';
import { describeItem } from '../../../core/resources/registry';
import { ResourceInputError } from '../../../core/resources/resource-input-error';
import { parseServiceSpec } from '../../../core/specs/service-specs';
import { price } from '../catalog/embedded-price';

const SIX = [
  'ap-southeast-1',
  'us-east-1',
  'us-west-2',
  'eu-west-1',
  'ap-northeast-1',
  'ap-southeast-2',
];

function describe1(item: RequirementItem, region = 'us-east-1') {
  return describeItem(item, {
    region,
    hoursInMonth: Decimal.from(730),
    pricingModel: ON_DEMAND_MODEL,
    freeTier: false,
    catalog: new PriceCatalog({ version: 'empty', createdAt: '', shards: [] }),
  });
}

const s3 = (extra: Partial<RequirementItem & { service: 's3' }>): RequirementItem =>
  ({
    id: 'b',
    service: 's3',
    quantity: 1,
    storageClass: 'standard',
    storageGb: 10,
    ...extra,
  }) as RequirementItem;

describe('S3 features', () => {
  it.each(SIX)('are priced from the embedded catalog in %s (one record each)', (region) => {
    const items: RequirementItem[] = [
      s3({
        storageClass: 'intelligent-tiering',
        infrequentAccessGb: 100,
        archiveInstantAccessGb: 100,
        monitoredObjects: 1000,
        lifecycleTransitions: 1000,
        selectScannedGb: 1,
        selectReturnedGb: 1,
      }),
      s3({
        storageClass: 'glacier-flexible',
        retrievalTier: 'expedited',
        retrievalGb: 1,
        retrievalRequests: 10,
        lifecycleTransitions: 10,
      }),
      s3({
        storageClass: 'glacier-deep-archive',
        retrievalTier: 'bulk',
        retrievalGb: 1,
        retrievalRequests: 10,
        lifecycleTransitions: 10,
      }),
      s3({
        storageClass: 'glacier-deep-archive',
        retrievalTier: 'standard',
        retrievalGb: 1,
        retrievalRequests: 10,
      }),
      s3({ storageClass: 'glacier-flexible', retrievalTier: 'standard', retrievalRequests: 10 }),
      s3({
        storageClass: 'standard-ia',
        lifecycleTransitions: 1,
        selectScannedGb: 1,
        selectReturnedGb: 1,
      }),
      s3({
        storageClass: 'one-zone-ia',
        lifecycleTransitions: 1,
        selectScannedGb: 1,
        selectReturnedGb: 1,
      }),
      s3({
        storageClass: 'glacier-instant',
        lifecycleTransitions: 1,
        selectScannedGb: 1,
        selectReturnedGb: 1,
      }),
      s3({ selectScannedGb: 1, selectReturnedGb: 1 }),
    ];
    for (const item of items) {
      const line = price(region, item);
      const given = line.components.filter((c) => c.status !== 'no-usage');
      expect(given.map((c) => [c.name, c.status])).toEqual(given.map((c) => [c.name, 'priced']));
    }
  });

  it('prices Glacier Flexible Retrieval bulk restore requests at the $0.00 AWS publishes', () => {
    // s3.json feed (2025-10-22), US East (N. Virginia) row "Bulk Glacier Restore Requests":
    // 0.0000000000 per request (rateCode PGJ6CQV6AFUUNQTU.JRTCKXETXF.6YS6EN2CT7): 10 × 0 = 0.
    const line = price(
      'us-east-1',
      s3({ storageClass: 'glacier-flexible', retrievalTier: 'bulk', retrievalRequests: 10 }),
    );
    expect(line.components.at(-1)).toMatchObject({
      name: 'Restore requests (S3 Glacier Flexible Retrieval, bulk)',
      status: 'priced',
      cost: '0',
    });
  });

  it.each([
    [{ lifecycleTransitions: 1 }, 'lifecycleTransitions'],
    [{ infrequentAccessGb: 1 }, 'infrequentAccessGb'],
    [{ monitoredObjects: 1, storageClass: 'standard-ia' as const }, 'monitoredObjects'],
    [{ retrievalRequests: 1, storageClass: 'standard-ia' as const }, 'retrievalRequests'],
    [
      { retrievalTier: 'expedited' as const, storageClass: 'glacier-deep-archive' as const },
      'retrievalTier',
    ],
    [{ selectScannedGb: 1, storageClass: 'glacier-deep-archive' as const }, 'selectScannedGb'],
  ])('refuses %j naming the field', (extra, field) => {
    expect(() => describe1(s3(extra))).toThrow(ResourceInputError);
    expect(() => describe1(s3(extra))).toThrow(`Item 'b': ${field}`);
  });

  it('reads the features from a spec', () => {
    expect(
      parseServiceSpec(
        's3',
        'glacier-flexible 100gb tier=expedited restores=200 retrieval=50gb transitions=10k',
      ),
    ).toMatchObject({
      storageClass: 'glacier-flexible',
      retrievalTier: 'expedited',
      retrievalRequests: 200,
      retrievalGb: 50,
      lifecycleTransitions: 10_000,
    });
    expect(
      parseServiceSpec(
        's3',
        'intelligent-tiering 100gb ia=500gb archive-instant=1000gb objects=2m select-scanned=10gb select-returned=1gb',
      ),
    ).toMatchObject({
      infrequentAccessGb: 500,
      archiveInstantAccessGb: 1000,
      monitoredObjects: 2_000_000,
      selectScannedGb: 10,
      selectReturnedGb: 1,
    });
    expect(() => parseServiceSpec('s3', 'glacier-flexible 100gb tier=fast')).toThrow(
      'tier=fast is not a retrieval tier',
    );
  });
});

describe('CloudFront features', () => {
  it('prices invalidations, dedicated-IP SSL, field-level encryption, real-time logs and Origin Shield from the embedded catalog', () => {
    const line = price('us-east-1', {
      id: 'cf',
      service: 'cloudfront',
      quantity: 1,
      edgeLocation: 'Europe',
      dataOutGb: 10,
      invalidationPaths: 1200,
      dedicatedIpCertificates: 2,
      fieldLevelEncryptionRequests: 10_000,
      realtimeLogLines: 1_000_000,
      originShieldRequests: 5,
    });
    const byName = Object.fromEntries(line.components.map((c) => [c.name, c]));
    // 200 paths × $0.005 = $1; 2 × $600 = $1,200; 10,000 × $0.000002 = $0.02; 1,000,000 × $0.00000001 = $0.01
    expect(byName['Invalidation paths (over the free 1,000 a month)']).toMatchObject({
      quantity: '200',
      cost: '1',
      status: 'priced',
    });
    expect(byName['Dedicated IP custom SSL certificates']).toMatchObject({
      cost: '1200',
      status: 'priced',
    });
    expect(byName['Field-level encryption requests']).toMatchObject({
      cost: '0.02',
      status: 'priced',
    });
    expect(byName['Real-time log lines']).toMatchObject({ cost: '0.01', status: 'priced' });
    // Origin Shield in the estimate's region: cloudfront.json (2025-07-01) "US East (N. Virginia)"
    // "CloudFront Request-Origin-Shield Origin Shield Requests" $0.00000075: 5 × 0.00000075.
    expect(byName['Origin Shield requests (us-east-1)']).toMatchObject({
      cost: '0.00000375',
      status: 'priced',
    });
  });

  it('reads the features from a spec', () => {
    expect(
      parseServiceSpec(
        'cloudfront',
        'europe 100gb invalidations=3000 dedicated-ip=1 fle=1m realtime-logs=5m origin-shield=2m shield-region=eu-central-1',
      ),
    ).toMatchObject({
      edgeLocation: 'Europe',
      invalidationPaths: 3000,
      dedicatedIpCertificates: 1,
      fieldLevelEncryptionRequests: 1_000_000,
      realtimeLogLines: 5_000_000,
      originShieldRequests: 2_000_000,
      originShieldRegion: 'eu-central-1',
    });
    expect(() => parseServiceSpec('cloudfront', 'europe 1gb shield-region=paris')).toThrow(
      'shield-region=paris is not a region code',
    );
  });
});

describe('DynamoDB options, priced from the dynamodb.json feed (2025-08-28, lamngockhuong/aws-price)', () => {
  it('prices backups, PITR, restores, Streams and replicated writes in us-east-1', () => {
    const line = price('us-east-1', {
      id: 't',
      service: 'dynamodb',
      quantity: 2,
      capacityMode: 'on-demand',
      storageGb: 10,
      backupGb: 100,
      pitrGb: 10,
      restoreGb: 5,
      streamReadRequestsMillions: 3,
      replicatedWriteRequestUnitsMillions: 1.5,
    });
    // US East (N. Virginia) rows: "On-Demand Backup Storage GB-Month" $0.10 × 200 = 20;
    // "PITR Backup Storage GB-Mo" $0.20 × 20 = 4; "Restore Data Size" $0.15 × 10 = 1.5;
    // "Streams Read Requests" $0.0000002 × 6,000,000 = 1.2;
    // "PayPerRequest Replicated Write Request Units" $0.000000625 × 3,000,000 = 1.875.
    const options = line.components.slice(3).map((c) => [c.name, c.quantity, c.status, c.cost]);
    expect(options).toEqual([
      ['On-demand backup storage', '200', 'priced', '20'],
      ['Point-in-time recovery (continuous backups)', '20', 'priced', '4'],
      ['Restores from backup', '10', 'priced', '1.5'],
      ['Streams read requests', '6000000', 'priced', '1.2'],
      ['Replicated write request units (Standard)', '3000000', 'priced', '1.875'],
    ]);
    const provisioned = price('us-east-1', {
      id: 'p',
      service: 'dynamodb',
      quantity: 1,
      capacityMode: 'provisioned',
      storageGb: 1,
      replicatedWriteCapacityUnits: 10,
    });
    // "Provisioned Replicated Write Units" $0.00065: 10 rWCU × 730 h = 7,300 × 0.00065 = 4.745.
    expect(provisioned.components.at(-1)).toMatchObject({
      name: 'Replicated write capacity units (Standard)',
      quantity: '7300',
      status: 'priced',
      cost: '4.745',
    });
    expect(() =>
      describe1({
        id: 'x',
        service: 'dynamodb',
        quantity: 1,
        capacityMode: 'on-demand',
        storageGb: 1,
        replicatedWriteCapacityUnits: 1,
      }),
    ).toThrow(`Item 'x': replicatedWriteCapacityUnits`);
    expect(
      parseServiceSpec(
        'dynamodb',
        'on-demand 50gb backup=100gb pitr=50gb restore=10gb stream-reads=2m replicated-writes=5m',
      ),
    ).toMatchObject({
      backupGb: 100,
      pitrGb: 50,
      restoreGb: 10,
      streamReadRequestsMillions: 2,
      replicatedWriteRequestUnitsMillions: 5,
    });
  });
});

describe('the API schema', () => {
  const requirements = (item: Record<string, unknown>) => ({
    settings: { region: 'us-east-1', pricingModel: { kind: 'on-demand' } },
    items: [{ id: 'i', quantity: 1, ...item }],
  });
  it('accepts every new input', () => {
    for (const item of [
      {
        service: 's3',
        storageClass: 'glacier-flexible',
        storageGb: 1,
        retrievalTier: 'bulk',
        retrievalRequests: 1,
        lifecycleTransitions: 1,
        selectScannedGb: 1,
        selectReturnedGb: 1,
      },
      {
        service: 's3',
        storageClass: 'intelligent-tiering',
        storageGb: 1,
        infrequentAccessGb: 1,
        archiveInstantAccessGb: 1,
        monitoredObjects: 1,
      },
      {
        service: 'dynamodb',
        capacityMode: 'provisioned',
        storageGb: 1,
        backupGb: 1,
        pitrGb: 1,
        restoreGb: 1,
        streamReadRequestsMillions: 1,
        replicatedWriteCapacityUnits: 1,
      },
      {
        service: 'cloudfront',
        edgeLocation: 'Japan',
        dataOutGb: 1,
        originShieldRequests: 1,
        originShieldRegion: 'ap-northeast-1',
        invalidationPaths: 1,
        dedicatedIpCertificates: 1,
        fieldLevelEncryptionRequests: 1,
        realtimeLogLines: 1,
      },
      { service: 'route53', hostedZones: 1, latencyQueriesMillions: 1, geoQueriesMillions: 1 },
      {
        service: 'efs',
        storageClass: 'infrequent-access',
        storageGb: 1,
        iaReadGb: 1,
        iaWriteGb: 1,
      },
      { service: 'efs', storageClass: 'archive', storageGb: 1, iaReadGb: 1 },
      { service: 'load-balancer', type: 'gateway', capacityUnits: 1 },
    ])
      expect(requirementsSchema.safeParse(requirements(item)).success).toBe(true);
  });
  it('refuses an unknown retrieval tier and a fractional certificate count, at their path', () => {
    const tier = requirementsSchema.safeParse(
      requirements({
        service: 's3',
        storageClass: 'glacier-flexible',
        storageGb: 1,
        retrievalTier: 'fast',
      }),
    );
    expect(tier.success).toBe(false);
    expect(JSON.stringify(tier.error?.issues)).toContain('retrievalTier');
    const certs = requirementsSchema.safeParse(
      requirements({
        service: 'cloudfront',
        edgeLocation: 'Japan',
        dataOutGb: 1,
        dedicatedIpCertificates: 1.5,
      }),
    );
    expect(JSON.stringify(certs.error?.issues)).toContain('dedicatedIpCertificates');
  });
});
